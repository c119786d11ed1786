import type { Role } from '../../auth/roles.js';
import type { DatabaseKind } from '../../modules/health/health.enums.js';
import type { Direction } from '../../modules/indicators/indicator.enums.js';
import type { MissingReason } from '../../modules/indicators/indicator.enums.js';
import type { OrganiserType } from '../../modules/indicators/indicator.enums.js';
import type { OrganisationKind } from '../../modules/organisations/organisation.enums.js';
import type { Band } from '../../modules/results/results.enums.js';
import type { ResultMeasure } from '../../modules/results/results.enums.js';
import type { Arrow } from '../../modules/results/results.enums.js';
import type { PlanStatus } from '../../modules/plans/plan.enums.js';
import type { ItemStatus } from '../../modules/plans/plan.enums.js';
import type { TargetKind } from '../../modules/goals/goal.enums.js';
import type { Stance } from '../../modules/dialogue/comment.enums.js';
import type { CommentTargetType } from '../../modules/dialogue/comment.enums.js';
import type { EmailFrequency } from '../../modules/notifications/notification.enums.js';
import type { NotificationKind } from '../../modules/notifications/notification.enums.js';
import type { MailLanguage } from '../../modules/notifications/notification.enums.js';
import type { DeficiencySource } from '../../modules/deficiencies/deficiency.enums.js';
import type { DeficiencyArea } from '../../modules/deficiencies/deficiency.enums.js';
import type { Intervention as InterventionKind } from '../../modules/deficiencies/deficiency.enums.js';
import type { DeficiencyState } from '../../modules/deficiencies/deficiency.enums.js';
import type { ComplaintChannel } from '../../modules/deficiencies/deficiency.enums.js';
import type { ComplaintState } from '../../modules/deficiencies/deficiency.enums.js';
import type { SchoolForm } from '../../modules/annual-cycle/cycle.enums.js';
import type { CyclePhase } from '../../modules/annual-cycle/cycle.enums.js';
import type { StepOwnerRole } from '../../modules/annual-cycle/cycle.enums.js';
import type { ReportStatus as QualityReportStatus } from '../../modules/quality/quality.enums.js';
import type { ReportKind as QualityReportKind } from '../../modules/quality/quality.enums.js';
import type { TextSection as QualityTextSection } from '../../modules/quality/quality.enums.js';
import type { EvidenceKind } from '../../modules/quality/quality.enums.js';
import type { QualityTheme } from '../../modules/quality/quality.enums.js';
import type { CarriedOut } from '../../modules/quality/quality.enums.js';
import type { EffectAnswer } from '../../modules/quality/quality.enums.js';
import type { ContributorRight } from '../../modules/quality/quality.enums.js';
import type { QuestionKind as PollQuestionKind } from '../../modules/panel/panel.enums.js';
import type { PollState } from '../../modules/panel/panel.enums.js';
import type { PanelDimension } from '../../modules/panel/panel.enums.js';
import type { FigureState } from '../../modules/panel/panel.enums.js';
import type { CellState as CoachingFigureState } from '../../shared/suppression.js';
import type { DurationBand as CoachingDuration } from '../../modules/coaching/coaching.statistics.js';
import type { ChatHostRole } from '../../modules/chats/chat.enums.js';
import type { ChatState } from '../../modules/chats/chat.enums.js';
import type { ChatEventKind } from '../../modules/chats/chat.enums.js';
import type { ExampleSource } from '../../modules/examples/examples.enums.js';
import type { ConsentState } from '../../modules/examples/examples.enums.js';
import type { ReportReason } from '../../modules/moderation/moderation.enums.js';
import type { ReportedSource } from '../../modules/moderation/moderation.enums.js';
import type { ReportState } from '../../modules/moderation/moderation.enums.js';
import type { ModerationDecision } from '../../modules/moderation/moderation.enums.js';
import type { Addressee as QuestionAddressee } from '../../modules/questions/questions.enums.js';
import type { QuestionState } from '../../modules/questions/questions.enums.js';
import type { MeetingKind } from '../../modules/meetings/meetings.enums.js';
import type { MeetingGroupKind } from '../../modules/meetings/meetings.enums.js';
import type { CoachingSubject } from '../../modules/coaching/coaching.enums.js';
import type { CoachingRequestState } from '../../modules/coaching/coaching.enums.js';
import type { EngagementState } from '../../modules/coaching/coaching.enums.js';
import type { CoachingEntryKind } from '../../modules/coaching/coaching.enums.js';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OrganisationDoc } from '../../modules/organisations/organisation.model.js';
import type { PersonDoc, MembershipDoc } from '../../modules/people/person.model.js';
import type { LoginOutcome } from '../../modules/people/people.service.js';
import type { ActionPlanDoc, AreaDoc, ActionItemDoc, StatusUpdateDoc, LastUpdateDoc } from '../../modules/plans/plan.model.js';
import type { GoalDoc, TargetDoc } from '../../modules/goals/goal.model.js';
import type { CommentDoc } from '../../modules/dialogue/comment.model.js';
import type { AuditEventDoc } from '../../modules/audit/audit.model.js';
import type { VisibleNotice, Inbox, Preferences } from '../../modules/notifications/notification.service.js';
import type { IndicatorDoc } from '../../modules/indicators/indicator.model.js';
import type { MeasurementDoc } from '../../modules/indicators/measurement.model.js';
import type { DeficiencyDoc, MeasureDoc, EvidenceDoc, StateChangeDoc, ComplaintDoc } from '../../modules/deficiencies/deficiency.model.js';
import type { AnnualCycleDoc, CycleStepDoc, StepCompletionDoc } from '../../modules/annual-cycle/cycle.model.js';
import type { QualityReportDoc, DevelopmentAreasDoc, DevelopmentAreaDoc, CauseDoc, ParticipationDoc, FollowUpsDoc, FollowUpDoc, ReviewCommentDoc, ContributorDoc } from '../../modules/quality/quality.model.js';
import type { MeasureView, TextView, ResultView, ThemedAreaView, TemplateView, ItemFromMeasureView } from '../../modules/quality/quality.views.js';
import type { PanelMemberDoc, PollDoc, QuestionDoc, AudienceDoc } from '../../modules/panel/panel.model.js';
import type { PanelView, QuestionResultView } from '../../modules/panel/panel.views.js';
import type { GoodExampleDoc } from '../../modules/examples/examples.model.js';
import type { ContentReportDoc } from '../../modules/moderation/moderation.model.js';
import type { ReportedTextView, ModerationSettingsView } from '../../modules/moderation/moderation.service.js';
import type { ShownResults, ShownRow } from '../../modules/panel/panel.service.js';
import type { Cell } from '../../modules/panel/panel.suppression.js';
import type { CoachingFigureView, ShownStatistics, ShownStatisticsTable, ShownStatisticsRow } from '../../modules/coaching/coaching.statistics.js';
import type { CoachingRecordView } from '../../modules/coaching/coaching.records.js';
import type { CoachingSettingsView } from '../../modules/coaching/coaching.disposal.js';
import type { ChatDoc, ChatQuestionDoc } from '../../modules/chats/chat.model.js';
import type { ChatBoardView } from '../../modules/chats/chat.views.js';
import type { CommitmentCount } from '../../modules/chats/chat.terms.js';
import type { FeedEvent } from '../../modules/chats/chat.feed.js';
import type { TeacherQuestionDoc, QuestionAnswerDoc } from '../../modules/questions/questions.model.js';
import type { QuestionBoardView } from '../../modules/questions/questions.views.js';
import type { MeetingDoc, MeetingSignupDoc, MeetingGroupDoc, SuccessFactorDoc } from '../../modules/meetings/meetings.model.js';
import type { MeetingBoardView, MeetingSynthesisView, FactorThemeView, FocusGroupTermView } from '../../modules/meetings/meetings.views.js';
import type { CoachingRequestDoc, CoachingAgreementDoc } from '../../modules/coaching/coaching.model.js';
import type { EngagementView, ContentView, EntryView, CoachView, CoachingBoardView, UnitTeachersView } from '../../modules/coaching/coaching.views.js';
import type { GraphQLContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO 8601 instant, e.g. 2026-11-22T10:15:00.000Z. */
  DateTime: { input: string; output: Date | string; }
};

/** One thing the organiser will do. */
export type ActionItem = {
  __typename?: 'ActionItem';
  area: Area;
  /** Whether the viewer may record a status update. */
  canUpdate: Scalars['Boolean']['output'];
  comments: CommentConnection;
  description?: Maybe<Scalars['String']['output']>;
  dueDate?: Maybe<Scalars['DateTime']['output']>;
  /** The effect seen, recorded when the item was closed as done. */
  effect?: Maybe<Scalars['String']['output']>;
  goals: Array<Goal>;
  id: Scalars['ID']['output'];
  lastUpdate?: Maybe<LastUpdate>;
  plan: ActionPlan;
  progress: Scalars['Int']['output'];
  /** The quality-report measures the item came from, in reports the viewer may read. */
  qualityMeasures: Array<QualityMeasureLink>;
  responsible?: Maybe<Person>;
  status: ItemStatus;
  text: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Status updates, newest first. */
  updates: StatusUpdateConnection;
  version: Scalars['Int']['output'];
};


/** One thing the organiser will do. */
export type ActionItemCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One thing the organiser will do. */
export type ActionItemUpdatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ActionItemConnection = {
  __typename?: 'ActionItemConnection';
  nodes: Array<ActionItem>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An action plan (handlingsplan). */
export type ActionPlan = {
  __typename?: 'ActionPlan';
  areas: Array<Area>;
  /** Whether the viewer may edit the plan, its areas and items (its municipality's administration). */
  canEdit: Scalars['Boolean']['output'];
  comments: CommentConnection;
  createdAt: Scalars['DateTime']['output'];
  /** The goals stated for the plan. */
  goals: Array<Goal>;
  id: Scalars['ID']['output'];
  owner: Organisation;
  ownerTitle?: Maybe<Scalars['String']['output']>;
  period: SchoolYearPeriod;
  purpose: Scalars['String']['output'];
  responsible?: Maybe<Person>;
  responsibleTitle?: Maybe<Scalars['String']['output']>;
  /** School units taking part. */
  schools: Array<Organisation>;
  startingPoints: Array<Scalars['String']['output']>;
  status: PlanStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};


/** An action plan (handlingsplan). */
export type ActionPlanCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ActionPlanConnection = {
  __typename?: 'ActionPlanConnection';
  nodes: Array<ActionPlan>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AddCoachingEntryInput = {
  /** YYYY-MM-DD; required for meetings and lesson visits. */
  date?: InputMaybe<Scalars['String']['input']>;
  engagementId: Scalars['ID']['input'];
  kind: CoachingEntryKind;
  /** At most 8,000 characters. */
  text: Scalars['String']['input'];
};

export type AddCommentInput = {
  /** Reply to this top-level comment. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  stance?: InputMaybe<Stance>;
  /** A plan, area, action item or goal. */
  targetId: Scalars['ID']['input'];
  /** At most 5,000 characters. */
  text: Scalars['String']['input'];
};

export type AddCycleStepInput = {
  cycleId: Scalars['ID']['input'];
  step: CycleStepInput;
};

export type AddDeficiencyEvidenceInput = {
  date: Scalars['DateTime']['input'];
  deficiencyId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

export type AddDeficiencyMeasureInput = {
  deficiencyId: Scalars['ID']['input'];
  dueDate?: InputMaybe<Scalars['DateTime']['input']>;
  owner?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
};

export type AddMeetingGroupInput = {
  kind: MeetingGroupKind;
  meetingId: Scalars['ID']['input'];
  /** At most 100 characters. */
  name: Scalars['String']['input'];
};

export type AddSuccessFactorInput = {
  groupId: Scalars['ID']['input'];
  /** At most 500 characters. */
  text: Scalars['String']['input'];
};

export type AddTargetInput = {
  goalId: Scalars['ID']['input'];
  target: TargetInput;
};

/** An organiser's annual cycle (årshjul) of quality work for one school form and school year. */
export type AnnualCycle = {
  __typename?: 'AnnualCycle';
  /** Whether the viewer may change the cycle and its steps (the municipality's administration). */
  canEdit: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  municipality: Organisation;
  schoolForm: SchoolForm;
  /** The school year as written, e.g. 2026/27. */
  schoolYear: Scalars['String']['output'];
  /** The steps, by start date, then due date. */
  steps: Array<CycleStep>;
  /** The school units that mark per-unit steps done. */
  units: Array<Organisation>;
  version: Scalars['Int']['output'];
  /** The calendar year the school year ends in (2027 for 2026/27), as measurements count years. */
  year: Scalars['Int']['output'];
};

export type AnswerChatQuestionInput = {
  /** 1 to 4,000 characters. */
  answer: Scalars['String']['input'];
  questionId: Scalars['ID']['input'];
};

export type AnswerExampleInput = {
  /** GIVEN, DECLINED or WITHDRAWN (a consent given can be withdrawn; a declined one given later). */
  consent: ConsentState;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** With GIVEN: whether the public page may show the author's name. */
  named?: InputMaybe<Scalars['Boolean']['input']>;
};

export type AnswerQuestionInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** At most 8,000 characters. */
  text: Scalars['String']['input'];
};

export type ApproveQualityReportInput = {
  reportId: Scalars['ID']['input'];
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Archives an area (true) or brings it back (false); archiving needs every item cancelled or moved. */
export type ArchiveAreaInput = {
  archived: Scalars['Boolean']['input'];
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

/** A part of a plan (område). */
export type Area = {
  __typename?: 'Area';
  /** Archived: kept with its history; only an area whose items are all cancelled or moved away. */
  archived: Scalars['Boolean']['output'];
  comments: CommentConnection;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  items: ActionItemConnection;
  plan: ActionPlan;
  position: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};


/** A part of a plan (område). */
export type AreaCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A part of a plan (område). */
export type AreaItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type { Arrow };

export type AskInChatInput = {
  chatId: Scalars['ID']['input'];
  /** 1 to 1,000 characters; at most five questions a minute per person. */
  text: Scalars['String']['input'];
};

/** A recorded change: who, when, what, and the state before and after (JSON). */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  action: Scalars['String']['output'];
  actor?: Maybe<Person>;
  actorName: Scalars['String']['output'];
  /** JSON of the state after the change. */
  after?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  /** JSON of the state before the change, or null for a creation. */
  before?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  targetId: Scalars['ID']['output'];
  targetType: Scalars['String']['output'];
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  nodes: Array<AuditEvent>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type { Band };

export type CancelChatInput = {
  /** The version the canceller saw; CONFLICT with the current chat when it has changed since. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** 1 to 1,000 characters, shown on the chat's page and the board. */
  reason: Scalars['String']['input'];
};

export type CancelMeetingInput = {
  /** The version the organiser saw; CONFLICT with the current meeting otherwise. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** Why, shown on the meeting's page; at most 1,000 characters. */
  reason: Scalars['String']['input'];
};

export type { CarriedOut };

/** A cause of a result, citing its evidence. */
export type Cause = {
  __typename?: 'Cause';
  evidence: Scalars['String']['output'];
  evidenceKind: EvidenceKind;
  id: Scalars['ID']['output'];
  /** The indicator a measured cause cites. */
  indicator?: Maybe<Indicator>;
  text: Scalars['String']['output'];
};

export type CauseInput = {
  evidence: Scalars['String']['input'];
  evidenceKind: EvidenceKind;
  /** Left out for a new cause. */
  id?: InputMaybe<Scalars['ID']['input']>;
  indicatorKey?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
};

export type ChangeDeficiencyStateInput = {
  /** The day it happened. */
  date: Scalars['DateTime']['input'];
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** When REMAINING: the next reporting deadline. */
  reportDeadline?: InputMaybe<Scalars['DateTime']['input']>;
  /** REPORTED, REMEDIED (only with evidence recorded) or REMAINING. */
  state: DeficiencyState;
};

/** A scheduled chat session. */
export type Chat = {
  __typename?: 'Chat';
  /** Whether the viewer answers (the host, while live). */
  canAnswer: Scalars['Boolean']['output'];
  /** Whether the viewer may post questions now (a teacher of the municipality, before the end). */
  canAsk: Scalars['Boolean']['output'];
  /** Whether the viewer may reschedule or cancel it (the administration, before its end, unless cancelled). */
  canChange: Scalars['Boolean']['output'];
  /** Whether the viewer picks questions (a moderator, before the end). */
  canModerate: Scalars['Boolean']['output'];
  /** Why it was called off, shown on the chat's page and the board; null unless cancelled. */
  cancelReason?: Maybe<Scalars['String']['output']>;
  /** When the administration called the chat off; null unless cancelled. */
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  endsAt: Scalars['DateTime']['output'];
  hostName: Scalars['String']['output'];
  /** The host's person id (one of ChatBoard.hostCandidates when chosen there). */
  hostPersonId: Scalars['ID']['output'];
  hostRole: ChatHostRole;
  id: Scalars['ID']['output'];
  /** The number of the chat's last change: subscribe to chatEvents after it. */
  lastSeq: Scalars['Int']['output'];
  municipalityCode: Scalars['String']['output'];
  /**
   * The questions the viewer sees, in the order they were posted: the picked ones (with answers),
   * and the unpicked ones to their author and the moderators.
   */
  questions: Array<ChatQuestion>;
  startsAt: Scalars['DateTime']['output'];
  state: ChatState;
  title: Scalars['String']['output'];
  /** Bumped by every change of the chat: rescheduleChat and cancelChat take the version seen. */
  version: Scalars['Int']['output'];
};

/** A municipality's chats as the viewer sees them. */
export type ChatBoard = {
  __typename?: 'ChatBoard';
  canSchedule: Scalars['Boolean']['output'];
  chats: Array<Chat>;
  commitment: ChatCommitment;
  /** Who may be chosen as host (politicians and the administration); empty unless the viewer schedules. */
  hostCandidates: Array<ChatHostCandidate>;
  municipalityCode: Scalars['String']['output'];
};

/** This term's commitment: at least two chats with the commissioner and two with the directors. */
export type ChatCommitment = {
  __typename?: 'ChatCommitment';
  commissioner: ChatCommitmentPart;
  directors: ChatCommitmentPart;
  kept: Scalars['Boolean']['output'];
  required: Scalars['Int']['output'];
  /** VT 2026, HT 2026. */
  term: Scalars['String']['output'];
};

/** One half of the commitment: chats held (ended) and chats still to come or live this term. */
export type ChatCommitmentPart = {
  __typename?: 'ChatCommitmentPart';
  /** Chats of this term called off: counted neither as held nor as planned. */
  cancelled: Scalars['Int']['output'];
  held: Scalars['Int']['output'];
  planned: Scalars['Int']['output'];
};

/** One change of a chat, numbered in the order all server processes wrote them. */
export type ChatEvent = {
  __typename?: 'ChatEvent';
  /** The chat as it is now (after a reschedule or cancellation: its new times or its reason). */
  chat: Chat;
  kind: ChatEventKind;
  /** The question asked, picked or answered; null for a change of the chat itself. */
  question?: Maybe<ChatQuestion>;
  seq: Scalars['Int']['output'];
};

export type { ChatEventKind };

/** A person who may host a chat: a politician or the administration of the municipality. */
export type ChatHostCandidate = {
  __typename?: 'ChatHostCandidate';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type { ChatHostRole };

/** A teacher's question to a chat. Never deleted. */
export type ChatQuestion = {
  __typename?: 'ChatQuestion';
  answer?: Maybe<Scalars['String']['output']>;
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  authorName: Scalars['String']['output'];
  chatId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Whether the viewer wrote it. */
  mine: Scalars['Boolean']['output'];
  pickedAt?: Maybe<Scalars['DateTime']['output']>;
  text: Scalars['String']['output'];
};

export type { ChatState };

export type CloseEngagementInput = {
  engagementId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  /** The teacher's own summary (at most 8,000 characters). */
  summary: Scalars['String']['input'];
};

/** A coach of the coach service and their subjects. */
export type Coach = {
  __typename?: 'Coach';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  subjects: Array<CoachingSubject>;
};

export type CoachProfileInput = {
  municipalityCode: Scalars['String']['input'];
  subjects: Array<CoachingSubject>;
};

/** What the school leadership sees of an engagement besides that it exists, as teacher and coach agreed. */
export type CoachingAgreement = {
  __typename?: 'CoachingAgreement';
  agreedAt?: Maybe<Scalars['DateTime']['output']>;
  sharesDates: Scalars['Boolean']['output'];
  sharesStatus: Scalars['Boolean']['output'];
};

export type CoachingAgreementInput = {
  engagementId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  sharesDates: Scalars['Boolean']['input'];
  sharesStatus: Scalars['Boolean']['input'];
};

/** The coaching page of a municipality, as the viewer may see it. */
export type CoachingBoard = {
  __typename?: 'CoachingBoard';
  /** A teacher may ask their principal. */
  canAskPrincipal: Scalars['Boolean']['output'];
  /** The coach service's coaches, to assign by subject (coach service only; empty otherwise). */
  coaches: Array<Coach>;
  /** Engagements the viewer may know of, newest first: a party's own, or the facts for the principal of the unit, the administration and an admin. */
  engagements: Array<CoachingEngagement>;
  /** The municipality's code. */
  id: Scalars['ID']['output'];
  /** The viewer is a coach of the coach service: takes requests and sees its statistics. */
  isCoachService: Scalars['Boolean']['output'];
  /** The principal's units, for which they may ask on behalf of a teacher or a team. */
  principalUnits: Array<Organisation>;
  /** Requests the viewer may read, newest first. */
  requests: Array<CoachingRequest>;
  /** The school units where the viewer is a teacher: where they may ask their principal (the unitId of their request). */
  teacherUnits: Array<Organisation>;
  /** The teachers of each of the principal's units, to name in a request on their behalf (principals only). */
  unitTeachers: Array<UnitTeachers>;
};

/** A coach's own engagements, counted by state. */
export type CoachingCaseload = {
  __typename?: 'CoachingCaseload';
  active: Scalars['Int']['output'];
  closed: Scalars['Int']['output'];
  disposed: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** Inside an engagement: for its teacher(s) and coach only. */
export type CoachingContent = {
  __typename?: 'CoachingContent';
  /** Whether it can still be written in (active). */
  canWrite: Scalars['Boolean']['output'];
  /** Oldest first. */
  entries: Array<CoachingEntry>;
  /** The goal in the teacher's words. */
  goal?: Maybe<Scalars['String']['output']>;
  goalSetAt?: Maybe<Scalars['DateTime']['output']>;
  /** The teacher's own summary at the close. */
  summary?: Maybe<Scalars['String']['output']>;
  /** The viewer is one of its teachers: sets the goal, decides next steps, writes the summary and closes. */
  viewerIsTeacher: Scalars['Boolean']['output'];
};

export type { CoachingDuration };

/**
 * An engagement as the viewer may see it. Its facts for those who may know of it (null where the
 * agreement does not share them); its content only for its teacher(s) and coach.
 */
export type CoachingEngagement = {
  __typename?: 'CoachingEngagement';
  agreement: CoachingAgreement;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  coachName: Scalars['String']['output'];
  /** Everything written inside it: null for everyone but its teacher(s) and coach. */
  content?: Maybe<CoachingContent>;
  id: Scalars['ID']['output'];
  municipalityCode: Scalars['String']['output'];
  /** Null when the agreement does not share dates and the viewer is not a party. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Null when the agreement does not share the state and the viewer is not a party. */
  state?: Maybe<EngagementState>;
  subject: CoachingSubject;
  /** For its teachers, its coach and the principal of the unit; empty for others. */
  teacherNames: Array<Scalars['String']['output']>;
  teamName?: Maybe<Scalars['String']['output']>;
  /** For its teachers, its coach and the principal of the unit; null for others (with the subject it would name the teacher of a small school: the statistics show units). */
  unit?: Maybe<Organisation>;
  version: Scalars['Int']['output'];
  /** Whether the viewer is one of its teachers or its coach. */
  viewerIsParty: Scalars['Boolean']['output'];
};

export type CoachingEntry = {
  __typename?: 'CoachingEntry';
  authorName: Scalars['String']['output'];
  canEdit: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The day it happened or is due (YYYY-MM-DD). */
  date?: Maybe<Scalars['String']['output']>;
  /** An assignment's: done or not. */
  done: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: CoachingEntryKind;
  text: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type { CoachingEntryKind };

/**
 * One engagement exported for a case-by-case secrecy assessment (sekretessprövning) under
 * offentlighets- och sekretesslagen 39 kap. Its whole content, as stored, for the registrar to
 * download; the export is audited and its teachers are told that it was made.
 */
export type CoachingExport = {
  __typename?: 'CoachingExport';
  engagementId: Scalars['ID']['output'];
  exportedAt: Scalars['DateTime']['output'];
  exportedByName: Scalars['String']['output'];
  /** A file name for the download (ASCII, without spaces). */
  fileName: Scalars['String']['output'];
  /** The same material as JSON. */
  json: Scalars['String']['output'];
  /** The material as plain text, headed as material for a secrecy assessment. */
  text: Scalars['String']['output'];
};

/** One figure: its value only when SHOWN. */
export type CoachingFigure = {
  __typename?: 'CoachingFigure';
  state: CoachingFigureState;
  value?: Maybe<Scalars['Int']['output']>;
};

export type { CoachingFigureState };

export type CoachingGoalInput = {
  engagementId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  /** At most 2,000 characters. */
  goal: Scalars['String']['input'];
};

/** An engagement as the registrar lists it: facts only, never content or names. */
export type CoachingRecord = {
  __typename?: 'CoachingRecord';
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When its content was disposed of (gallrad). */
  disposedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  startedAt: Scalars['DateTime']['output'];
  state: EngagementState;
  subject: CoachingSubject;
  unit: Organisation;
};

/** A request for coaching. Read by the one who asked, its teachers, the principal of the unit, and (once forwarded) the coach service. */
export type CoachingRequest = {
  __typename?: 'CoachingRequest';
  /** The coach service may accept it (assigning a coach) or decline it. */
  canAccept: Scalars['Boolean']['output'];
  canDecline: Scalars['Boolean']['output'];
  /** The principal may forward it to the coach service (with time and room) or decline it. */
  canForward: Scalars['Boolean']['output'];
  /** The one who asked may withdraw it while it is not accepted. */
  canWithdraw: Scalars['Boolean']['output'];
  declineReason?: Maybe<Scalars['String']['output']>;
  /** The engagement it began, for those who may know of it. */
  engagement?: Maybe<CoachingEngagement>;
  id: Scalars['ID']['output'];
  municipalityCode: Scalars['String']['output'];
  /** What the coaching is for, in the words of the one who asked. */
  need: Scalars['String']['output'];
  requestedAt: Scalars['DateTime']['output'];
  requestedByName: Scalars['String']['output'];
  /** The school leadership's commitment: a room. */
  roomAgreed?: Maybe<Scalars['String']['output']>;
  state: CoachingRequestState;
  subject: CoachingSubject;
  teacherNames: Array<Scalars['String']['output']>;
  teamName?: Maybe<Scalars['String']['output']>;
  /** The school leadership's commitment: time for the conversations. */
  timeAgreed?: Maybe<Scalars['String']['output']>;
  unit: Organisation;
  version: Scalars['Int']['output'];
};

export type { CoachingRequestState };

/** A municipality's coaching settings. */
export type CoachingSettings = {
  __typename?: 'CoachingSettings';
  /** The administration (or an admin) may change the retention. */
  canEdit: Scalars['Boolean']['output'];
  /** The municipality's code. */
  id: Scalars['ID']['output'];
  /** True while the municipality has not set its own. */
  isDefault: Scalars['Boolean']['output'];
  maxMonths: Scalars['Int']['output'];
  minMonths: Scalars['Int']['output'];
  /** Content of a closed engagement is disposed of this many months after it closed. */
  retentionMonths: Scalars['Int']['output'];
};

/**
 * The municipality's coaching in figures: engagements of every state (disposed ones too; their facts
 * remain) by school unit and subject, and by school unit and duration.
 */
export type CoachingStatistics = {
  __typename?: 'CoachingStatistics';
  /** When the durations were worked out. */
  asOf: Scalars['DateTime']['output'];
  byDuration: CoachingStatisticsTable;
  bySubject: CoachingStatisticsTable;
  /** The columns of byDuration. */
  durations: Array<CoachingDuration>;
  /** The municipality's code. */
  id: Scalars['ID']['output'];
  /** The columns of bySubject. */
  subjects: Array<CoachingSubject>;
  /** Figures are shown from this many engagements. */
  threshold: Scalars['Int']['output'];
};

/** One row of a statistics table: the whole municipality, or one school unit. */
export type CoachingStatisticsRow = {
  __typename?: 'CoachingStatisticsRow';
  /** One figure per column of the table, in the order of its columns. */
  counts: Array<CoachingFigure>;
  /** The number of engagements of the row. */
  engagements: CoachingFigure;
  /** Null for the whole municipality. */
  unit?: Maybe<Organisation>;
};

/** Engagements by school unit (rows) and one other dimension (columns). */
export type CoachingStatisticsTable = {
  __typename?: 'CoachingStatisticsTable';
  /** The whole municipality; null for a principal, who sees their own units' rows only. */
  total?: Maybe<CoachingStatisticsRow>;
  /** School units with engagements, by name; for a principal only their own units. */
  units: Array<CoachingStatisticsRow>;
};

export type { CoachingSubject };

/** A teacher who can be named in a request. */
export type CoachingTeacher = {
  __typename?: 'CoachingTeacher';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** A comment on a plan, area, item or goal. A hidden one shows its reason; its text only to its author and moderators. */
export type Comment = ModeratedText & {
  __typename?: 'Comment';
  author?: Maybe<Person>;
  authorName: Scalars['String']['output'];
  /** Whether the viewer may lift it as a good example (a leader of its municipality; not a hidden one). */
  canLiftAsExample: Scalars['Boolean']['output'];
  /** Whether the viewer may report it (signed in, not their own, not hidden). */
  canReport: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  edited: Scalars['Boolean']['output'];
  /** The example made of it: published ones for everyone who reads the comment, others for its author and the administration. */
  goodExample?: Maybe<GoodExample>;
  hidden: Scalars['Boolean']['output'];
  hiddenAt?: Maybe<Scalars['DateTime']['output']>;
  hiddenReason?: Maybe<Scalars['String']['output']>;
  /** Earlier texts; shown to the author and moderators only. */
  history: Array<CommentRevision>;
  id: Scalars['ID']['output'];
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Replies, oldest first (one level). */
  replies: Array<Comment>;
  /** Whether the viewer has reported it. */
  reportedByViewer: Scalars['Boolean']['output'];
  stance?: Maybe<Stance>;
  targetId: Scalars['ID']['output'];
  targetType: CommentTargetType;
  /** Null when hidden and the viewer is neither the author nor a moderator. */
  text?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** When it was written (as createdAt). */
  writtenAt: Scalars['DateTime']['output'];
};

export type CommentConnection = {
  __typename?: 'CommentConnection';
  nodes: Array<Comment>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A comment's earlier text, kept when it is edited. */
export type CommentRevision = {
  __typename?: 'CommentRevision';
  editedAt: Scalars['DateTime']['output'];
  stance?: Maybe<Stance>;
  text: Scalars['String']['output'];
};

export type { CommentTargetType };

/**
 * A complaint about the education (skollagen 4 kap. 7–8 §§), read only by those who handle it (the
 * municipality's administration, the principal of the unit concerned) and by admins. The
 * complainant's name and contact are null for everyone but those who handle it.
 */
export type Complaint = {
  __typename?: 'Complaint';
  answer?: Maybe<Scalars['String']['output']>;
  /** The day the complainant was answered. */
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether the viewer may create a deficiency from it (the administration, while it has none). */
  canCreateDeficiency: Scalars['Boolean']['output'];
  /** Whether the viewer handles it (records its steps). */
  canEdit: Scalars['Boolean']['output'];
  channel: ComplaintChannel;
  /** Personal data: null unless the viewer handles the complaint. */
  complainantContact?: Maybe<Scalars['String']['output']>;
  /** Personal data: null unless the viewer handles the complaint. */
  complainantName?: Maybe<Scalars['String']['output']>;
  /** The day the receipt was confirmed to the complainant. */
  confirmedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The deficiency it revealed, if one was found. */
  deficiency?: Maybe<Deficiency>;
  findings?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The day the investigation was done. */
  investigatedAt?: Maybe<Scalars['DateTime']['output']>;
  investigator?: Maybe<Scalars['String']['output']>;
  owner: Organisation;
  /** Whether the viewer reads the complainant's personal data. */
  personalDataVisible: Scalars['Boolean']['output'];
  receivedAt: Scalars['DateTime']['output'];
  state: ComplaintState;
  /** What it concerns. */
  subject: Scalars['String']['output'];
  unit?: Maybe<Organisation>;
  version: Scalars['Int']['output'];
};

export type { ComplaintChannel };

export type ComplaintConnection = {
  __typename?: 'ComplaintConnection';
  nodes: Array<Complaint>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type { ComplaintState };

/** How many of a municipality's complaints are in one state (anonymised). */
export type ComplaintStateCount = {
  __typename?: 'ComplaintStateCount';
  count: Scalars['Int']['output'];
  state: ComplaintState;
};

export type { ConsentState };

/** The viewer's own report of a text. */
export type ContentReport = {
  __typename?: 'ContentReport';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  reason: ReportReason;
  state: ReportState;
};

export type { ContributorRight };

export type CreateActionItemInput = {
  areaId: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  dueDate?: InputMaybe<Scalars['DateTime']['input']>;
  goalIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  position?: InputMaybe<Scalars['Int']['input']>;
  responsibleId?: InputMaybe<Scalars['ID']['input']>;
  text: Scalars['String']['input'];
};

export type CreateActionPlanInput = {
  organisationId: Scalars['ID']['input'];
  ownerTitle?: InputMaybe<Scalars['String']['input']>;
  period: SchoolYearPeriodInput;
  purpose?: InputMaybe<Scalars['String']['input']>;
  responsibleId?: InputMaybe<Scalars['ID']['input']>;
  responsibleTitle?: InputMaybe<Scalars['String']['input']>;
  schoolIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  startingPoints?: InputMaybe<Array<Scalars['String']['input']>>;
  status?: InputMaybe<PlanStatus>;
  title: Scalars['String']['input'];
};

export type CreateAnnualCycleInput = {
  /** The municipality. */
  organisationId: Scalars['ID']['input'];
  schoolForm: SchoolForm;
  /** The school units of the municipality that take part; left out: every school unit of the municipality. */
  unitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The calendar year the school year ends in. */
  year: Scalars['Int']['input'];
};

export type CreateAreaInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  planId: Scalars['ID']['input'];
  position?: InputMaybe<Scalars['Int']['input']>;
  title: Scalars['String']['input'];
};

export type CreateComplaintInput = {
  channel: ComplaintChannel;
  complainantContact?: InputMaybe<Scalars['String']['input']>;
  complainantName?: InputMaybe<Scalars['String']['input']>;
  /** The municipality (or the school unit concerned). */
  organisationId: Scalars['ID']['input'];
  receivedAt: Scalars['DateTime']['input'];
  subject: Scalars['String']['input'];
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateDeficiencyInput = {
  area: DeficiencyArea;
  areaOther?: InputMaybe<Scalars['String']['input']>;
  decisionDate?: InputMaybe<Scalars['DateTime']['input']>;
  decisionReference?: InputMaybe<Scalars['String']['input']>;
  intervention: InterventionKind;
  /** The municipality (or one of its school units). */
  organisationId: Scalars['ID']['input'];
  reportDeadline?: InputMaybe<Scalars['DateTime']['input']>;
  requirement: Scalars['String']['input'];
  source: DeficiencySource;
  title: Scalars['String']['input'];
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateGoalInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  organisationId: Scalars['ID']['input'];
  period?: InputMaybe<GoalPeriodInput>;
  planId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<PlanStatus>;
  /** At most 20. */
  targets?: InputMaybe<Array<TargetInput>>;
  title: Scalars['String']['input'];
};

export type CreateMeetingInput = {
  /** 1–10,000; null for no cap. */
  cap?: InputMaybe<Scalars['Int']['input']>;
  /** YYYY-MM-DD. */
  date: Scalars['String']['input'];
  /** At most 4,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  kind: MeetingKind;
  municipalityCode: Scalars['String']['input'];
  /** At most 200 characters. */
  place: Scalars['String']['input'];
  /** At most 200 characters. */
  title: Scalars['String']['input'];
};

export type CreateOrganisationInput = {
  code: Scalars['String']['input'];
  kind: OrganisationKind;
  name: Scalars['String']['input'];
  parentId: Scalars['ID']['input'];
};

export type CreatePersonInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};

export type CreatePollInput = {
  municipalityCode: Scalars['String']['input'];
  poll: PollContentInput;
};

export type CreateQualityReportInput = {
  /** A school unit, or the municipality for the organiser's report. */
  organisationId: Scalars['ID']['input'];
  /** The calendar year the school year ends in. */
  year: Scalars['Int']['input'];
};

export type { CyclePhase };

/** One step of an annual cycle. */
export type CycleStep = {
  __typename?: 'CycleStep';
  /** Whether the viewer may mark the step done or not done (for their unit, or for the organiser). */
  canMarkDone: Scalars['Boolean']['output'];
  /** Who marked the step done, and when: one per unit, or one for the organiser. */
  completions: Array<StepCompletion>;
  cycle: AnnualCycle;
  description?: Maybe<Scalars['String']['output']>;
  /** For a per-unit step: how many of the cycle's units are done. */
  doneCount: Scalars['Int']['output'];
  /** A calendar date, YYYY-MM-DD, not before the start date. */
  dueDate: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  ownerRole: StepOwnerRole;
  /** For a per-unit step: the cycle's units that are not done. */
  pendingUnits: Array<Organisation>;
  /** Done by each school unit (true) or once for the organiser (false). */
  perUnit: Scalars['Boolean']['output'];
  phase: CyclePhase;
  /** A calendar date, YYYY-MM-DD. */
  startDate: Scalars['String']['output'];
  /** The step's status for the viewer. */
  status: StepStatus;
  title: Scalars['String']['output'];
  unitCount: Scalars['Int']['output'];
  version: Scalars['Int']['output'];
  /** The unit the status is for: the viewer's own unit in the cycle, for a principal of a per-unit step. */
  viewerUnit?: Maybe<Organisation>;
};

export type CycleStepInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD, not before startDate. */
  dueDate: Scalars['String']['input'];
  ownerRole: StepOwnerRole;
  perUnit: Scalars['Boolean']['input'];
  phase: CyclePhase;
  /** YYYY-MM-DD. */
  startDate: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type { DatabaseKind };

export type DecideCoachingRequestInput = {
  /** Accepting: the coach assigned (one of the coach service's). */
  coachId?: InputMaybe<Scalars['ID']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** Declining: the reason the one who asked reads (at most 1,000 characters). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** A deficiency (brist) of a municipality's schools, optionally on one school unit, with the decision's fields. */
export type Deficiency = {
  __typename?: 'Deficiency';
  area: DeficiencyArea;
  /** The area's name when area is OTHER. */
  areaOther?: Maybe<Scalars['String']['output']>;
  /** Whether the viewer may add measures and evidence (the administration, or the unit's principal). */
  canAddMeasures: Scalars['Boolean']['output'];
  /** Whether the viewer may edit the decision's fields and change the state (the municipality's administration). */
  canEdit: Scalars['Boolean']['output'];
  /** The complaint it was found through, when the viewer handles that complaint. */
  complaint?: Maybe<Complaint>;
  createdAt: Scalars['DateTime']['output'];
  decisionDate?: Maybe<Scalars['DateTime']['output']>;
  /** The decision's reference (diarienummer). */
  decisionReference?: Maybe<Scalars['String']['output']>;
  evidence: Array<DeficiencyEvidence>;
  /** Whether it came from a complaint (also for viewers who may not read the complaint). */
  fromComplaint: Scalars['Boolean']['output'];
  /** Every state change, oldest first, with who and when. */
  history: Array<DeficiencyStateChange>;
  id: Scalars['ID']['output'];
  intervention: InterventionKind;
  measures: Array<DeficiencyMeasure>;
  /** The states it may move to now (for the viewer who may change it; empty otherwise). */
  nextStates: Array<DeficiencyState>;
  /** Past the reporting deadline and not reported. */
  overdue: Scalars['Boolean']['output'];
  /** The municipality. */
  owner: Organisation;
  /** The day by which the measures are to be reported. */
  reportDeadline?: Maybe<Scalars['DateTime']['output']>;
  /** The day the measures were last reported to the School Inspectorate. */
  reportedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The requirement: the legal text the decision cites. */
  requirement: Scalars['String']['output'];
  source: DeficiencySource;
  state: DeficiencyState;
  title: Scalars['String']['output'];
  /** The school unit concerned, if one. */
  unit?: Maybe<Organisation>;
  version: Scalars['Int']['output'];
};

export type { DeficiencyArea };

export type DeficiencyConnection = {
  __typename?: 'DeficiencyConnection';
  nodes: Array<Deficiency>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A piece of evidence that the deficiency is remedied: an effect seen. */
export type DeficiencyEvidence = {
  __typename?: 'DeficiencyEvidence';
  addedAt: Scalars['DateTime']['output'];
  /** Who recorded it. */
  byName: Scalars['String']['output'];
  /** When the effect was seen. */
  date: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  text: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

export type DeficiencyFromComplaintInput = {
  area: DeficiencyArea;
  areaOther?: InputMaybe<Scalars['String']['input']>;
  complaintId: Scalars['ID']['input'];
  reportDeadline?: InputMaybe<Scalars['DateTime']['input']>;
  requirement: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

/** A measure taken against a deficiency. */
export type DeficiencyMeasure = {
  __typename?: 'DeficiencyMeasure';
  addedAt: Scalars['DateTime']['output'];
  addedByName: Scalars['String']['output'];
  done: Scalars['Boolean']['output'];
  doneAt?: Maybe<Scalars['DateTime']['output']>;
  dueDate?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** Who carries it out. */
  owner?: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
};

export type { DeficiencySource };

export type { DeficiencyState };

/** One state change of a deficiency. */
export type DeficiencyStateChange = {
  __typename?: 'DeficiencyStateChange';
  /** When it was recorded. */
  at: Scalars['DateTime']['output'];
  byName: Scalars['String']['output'];
  /** The day it happened (the report sent, the follow-up decision). */
  date?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  state: DeficiencyState;
};

/** A demo account for the sign-in screen (password lyfta-demo); listed only when the demo is loaded. */
export type DemoAccount = {
  __typename?: 'DemoAccount';
  email: Scalars['String']['output'];
  name: Scalars['String']['output'];
  organisationName: Scalars['String']['output'];
  role: Role;
};

export type DevelopmentArea = {
  __typename?: 'DevelopmentArea';
  causes: Array<Cause>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  theme: QualityTheme;
  title: Scalars['String']['output'];
};

export type DevelopmentAreaInput = {
  causes: Array<CauseInput>;
  description?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  theme: QualityTheme;
  title: Scalars['String']['input'];
};

export type DevelopmentAreas = QualitySection & {
  __typename?: 'DevelopmentAreas';
  areas: Array<DevelopmentArea>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  updatedByName?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type { Direction };

export type EditCommentInput = {
  id: Scalars['ID']['input'];
  stance?: InputMaybe<Stance>;
  text: Scalars['String']['input'];
};

/** What the organiser changes of a meeting; a field left out stays as it is. */
export type EditMeetingInput = {
  /** 1–10,000, and no fewer than have signed up; null removes the cap (left out: unchanged). */
  cap?: InputMaybe<Scalars['Int']['input']>;
  /** YYYY-MM-DD; not once the meeting's day has come, and not a day that has passed. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** At most 4,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The version the organiser saw; CONFLICT with the current meeting otherwise. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** At most 200 characters. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** At most 200 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type EditQuestionInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  text: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type EditSuccessFactorInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

export type { EffectAnswer };

export type { EmailFrequency };

export type { EngagementState };

export type { EvidenceKind };

export type { ExampleSource };

/** What one ranking factor alone, all else equal, would have to reach for the composite to reach the target rank's score. */
export type FactorDistance = {
  __typename?: 'FactorDistance';
  /** neededValue minus the value now; null when either is missing. */
  change?: Maybe<Scalars['Float']['output']>;
  /** False: the measure's value; true: its deviation from the model-calculated value. */
  deviation: Scalars['Boolean']['output'];
  measure: ResultMeasure;
  /** The factor rank that would be enough; null when no rank on this factor alone is. */
  neededRank?: Maybe<Scalars['Int']['output']>;
  /** The least value holding that rank that year (another municipality's); null when unreachable. */
  neededValue?: Maybe<Scalars['Float']['output']>;
  /** The factor's rank now. */
  rank: Scalars['Int']['output'];
};

/** Medians of the six factors for a group of municipalities. */
export type FactorMedian = {
  __typename?: 'FactorMedian';
  /** Municipalities with a value. */
  count: Scalars['Int']['output'];
  /** Factor key: ak9.allSubjects, ak9.allSubjects.deviation, ak9.meritValue… */
  factor: Scalars['String']['output'];
  median?: Maybe<Scalars['Float']['output']>;
};

/** One measure of one municipality: actual, model-calculated, deviation, and both ranks. */
export type FactorResult = {
  __typename?: 'FactorResult';
  actual: StatFigure;
  /**
   * The actual value is Skolverket's ~100: 1–4 pupils did not make it. The deviation and both ranks
   * are then derived from 100, and approximate.
   */
  approximate: Scalars['Boolean']['output'];
  band: Band;
  /** The value (~100 read as 100) minus the previous year's; null in the first year or when either is missing. */
  change?: Maybe<Scalars['Float']['output']>;
  /** SKL's arrow for the change since the previous year; null without a change. */
  changeArrow?: Maybe<Arrow>;
  /** Actual minus model-calculated value (~100 read as 100). */
  deviation?: Maybe<Scalars['Float']['output']>;
  /** SKL's arrow for the deviation; null without one. */
  deviationArrow?: Maybe<Arrow>;
  deviationBand: Band;
  /** Rank on the deviation. */
  deviationRank: Scalars['Int']['output'];
  deviationRankMissing: Scalars['Boolean']['output'];
  indicatorKey: Scalars['String']['output'];
  measure: ResultMeasure;
  /** Lyfta's model-calculated value (a regression on three background shares, see ResultsModel); null without background data. */
  modelValue?: Maybe<Scalars['Float']['output']>;
  /** Rank on the actual value; 1 is best; ties share the best rank. */
  rank: Scalars['Int']['output'];
  /** The value was missing and is ranked last. */
  rankMissing: Scalars['Boolean']['output'];
};

/** An earlier wording of a success factor. */
export type FactorRevision = {
  __typename?: 'FactorRevision';
  /** When it was replaced, and by whom. */
  editedAt: Scalars['DateTime']['output'];
  editorName: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

/** One theme and its factors, each with its group. */
export type FactorTheme = {
  __typename?: 'FactorTheme';
  factors: Array<SuccessFactor>;
  theme?: Maybe<Scalars['String']['output']>;
};

/** A field-level problem: the field's path and the reason in both languages. */
export type FieldError = {
  __typename?: 'FieldError';
  field: Scalars['String']['output'];
  message: LocalizedText;
};

export type { FigureState };

/** One term's focus groups: VT (January to June) or HT (August to December; July counts towards it). */
export type FocusGroupTerm = {
  __typename?: 'FocusGroupTerm';
  /** The focus groups committed to a term. */
  commitment: Scalars['Int']['output'];
  /** Held: their day has come. */
  held: Scalars['Int']['output'];
  kept: Scalars['Boolean']['output'];
  /** VT 2026, HT 2026. */
  label: Scalars['String']['output'];
  /** Still to come this term. */
  planned: Scalars['Int']['output'];
};

/** An earlier measure carried forward: carried out? had effect? (two answers, with evidence). */
export type FollowUp = {
  __typename?: 'FollowUp';
  actionItem?: Maybe<ActionItem>;
  carriedOut?: Maybe<CarriedOut>;
  carriedOutEvidence?: Maybe<Scalars['String']['output']>;
  effect?: Maybe<EffectAnswer>;
  effectEvidence?: Maybe<Scalars['String']['output']>;
  expectedEffect: Scalars['String']['output'];
  fromReportId: Scalars['ID']['output'];
  fromYear: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  indicator?: Maybe<Indicator>;
  measureId: Scalars['ID']['output'];
  ownerName: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type FollowUpInput = {
  carriedOut?: InputMaybe<CarriedOut>;
  carriedOutEvidence?: InputMaybe<Scalars['String']['input']>;
  effect?: InputMaybe<EffectAnswer>;
  effectEvidence?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};

export type FollowUps = QualitySection & {
  __typename?: 'FollowUps';
  followUps: Array<FollowUp>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  updatedByName?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type ForwardCoachingRequestInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  roomAgreed: Scalars['String']['input'];
  timeAgreed: Scalars['String']['input'];
};

/** A goal statement (mål) owned by an organisation. */
export type Goal = {
  __typename?: 'Goal';
  /** Action items that serve the goal. */
  actionItems: Array<ActionItem>;
  /** Whether the viewer may edit the goal, its targets and its links (its municipality's administration). */
  canEdit: Scalars['Boolean']['output'];
  comments: CommentConnection;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  owner: Organisation;
  /** The calendar years the goal runs over, when stated. */
  period?: Maybe<GoalPeriod>;
  plan?: Maybe<ActionPlan>;
  status: PlanStatus;
  targets: Array<Target>;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};


/** A goal statement (mål) owned by an organisation. */
export type GoalCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type GoalConnection = {
  __typename?: 'GoalConnection';
  nodes: Array<Goal>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GoalItemLinkInput = {
  goalId: Scalars['ID']['input'];
  itemId: Scalars['ID']['input'];
};

/** The calendar years a goal runs over, both included. */
export type GoalPeriod = {
  __typename?: 'GoalPeriod';
  from: Scalars['Int']['output'];
  to: Scalars['Int']['output'];
};

export type GoalPeriodInput = {
  from: Scalars['Int']['input'];
  /** Not before from. */
  to: Scalars['Int']['input'];
};

/** A text lifted as a good example: a copy of the words the author consents to. */
export type GoodExample = {
  __typename?: 'GoodExample';
  /** The author's name if they agreed to be named; always for the author and the administration; otherwise null. */
  authorName?: Maybe<Scalars['String']['output']>;
  /** Whether the viewer wrote the text and may answer. */
  canAnswer: Scalars['Boolean']['output'];
  consent: ConsentState;
  /** When the author last answered. */
  consentAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the text was written on: a plan's or goal's title, an area's, an action item's text. */
  context: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  liftedAt: Scalars['DateTime']['output'];
  liftedByName: Scalars['String']['output'];
  municipality: Organisation;
  named: Scalars['Boolean']['output'];
  /** Why the leader lifted it. */
  note: Scalars['String']['output'];
  source: ExampleSource;
  sourceId: Scalars['ID']['output'];
  text: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** A group to compare with. */
export type GroupMedians = {
  __typename?: 'GroupMedians';
  code?: Maybe<Scalars['String']['output']>;
  label: Scalars['String']['output'];
  medians: Array<FactorMedian>;
  municipalities: Scalars['Int']['output'];
  /** The group's name in Swedish and English (Riket / Sweden, or the county). */
  name: LocalizedText;
};

/** The service's own state. */
export type Health = {
  __typename?: 'Health';
  database: DatabaseKind;
  ok: Scalars['Boolean']['output'];
  version: Scalars['String']['output'];
};

export type HideCommentInput = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** A measured quantity (nyckeltal). */
export type Indicator = {
  __typename?: 'Indicator';
  decimals: Scalars['Int']['output'];
  description?: Maybe<LocalizedText>;
  direction: Direction;
  id: Scalars['ID']['output'];
  /** Stable key used by imports, seeds and goal targets, e.g. ak9.meritValue, oj.compositeRank. */
  key: Scalars['String']['output'];
  koladaKpiId?: Maybe<Scalars['String']['output']>;
  name: LocalizedText;
  /** Where the figures come from, e.g. 'Statistik från Skolverket'. */
  source: Scalars['String']['output'];
  /** percent, points, percentagePoints, rank, count… */
  unit: Scalars['String']['output'];
};

/** An indicator's measurements for several organisations. */
export type IndicatorSeries = {
  __typename?: 'IndicatorSeries';
  indicator: Indicator;
  organiserType: OrganiserType;
  series: Array<OrganisationSeries>;
};

export type { InterventionKind };

/** An invitation: the person and their first role. */
export type InvitePersonInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  organisationId: Scalars['ID']['input'];
  role: Role;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type ItemFromMeasureInput = {
  /** The plan area the new action item goes in. */
  areaId: Scalars['ID']['input'];
  measureId: Scalars['ID']['input'];
  reportId: Scalars['ID']['input'];
};

export type ItemFromMeasurePayload = {
  __typename?: 'ItemFromMeasurePayload';
  item: ActionItem;
  report: QualityReport;
};

export type { ItemStatus };

export type JoinPanelInput = {
  municipalityCode: Scalars['String']['input'];
  schoolForm: SchoolForm;
  subject: Scalars['String']['input'];
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** The latest update in short: what was said, by whom, when. */
export type LastUpdate = {
  __typename?: 'LastUpdate';
  at: Scalars['DateTime']['output'];
  authorName: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type LiftExampleInput = {
  /** Why it is a good example (at most 1,000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  source: ExampleSource;
  sourceId: Scalars['ID']['input'];
};

/** A text in both languages the product speaks. */
export type LocalizedText = {
  __typename?: 'LocalizedText';
  en: Scalars['String']['output'];
  sv: Scalars['String']['output'];
};

/** The result of signing in; the session itself travels in an HTTP-only cookie. */
export type LoginResult = {
  __typename?: 'LoginResult';
  expiresAt: Scalars['DateTime']['output'];
  person: Person;
};

export type { MailLanguage };

export type MarkNotificationsSeenInput = {
  /** The newest notification the viewer has seen; a later time counts as now. */
  until: Scalars['DateTime']['input'];
};

/** A least-squares fit of one measure on background variables. */
export type MeasureModel = {
  __typename?: 'MeasureModel';
  coefficients: Array<ModelCoefficient>;
  /** True for the fit on all background variables; false for a reduced fit used where some are missing. */
  full: Scalars['Boolean']['output'];
  indicatorKey: Scalars['String']['output'];
  intercept: Scalars['Float']['output'];
  measure: ResultMeasure;
  /** Municipalities the fit was estimated on. */
  n: Scalars['Int']['output'];
  r2: Scalars['Float']['output'];
  /** Municipalities whose model value comes from this fit. */
  usedBy: Scalars['Int']['output'];
  variables: Array<Scalars['String']['output']>;
};

/** One value of an indicator for one organisation and year (2025 = school year 2024/25). */
export type Measurement = {
  __typename?: 'Measurement';
  boys?: Maybe<Scalars['Float']['output']>;
  girls?: Maybe<Scalars['Float']['output']>;
  missingReason?: Maybe<MissingReason>;
  /** For a .deviation indicator: the model-calculated value the actual value was compared with. */
  modelValue?: Maybe<Scalars['Float']['output']>;
  organisationCode: Scalars['String']['output'];
  organiserType: OrganiserType;
  pupils?: Maybe<Scalars['Int']['output']>;
  /** The publisher's mark as published (.., ., ~100, *). */
  rawMark?: Maybe<Scalars['String']['output']>;
  /** Attribution, e.g. 'Statistik från Skolverket'. */
  source: Scalars['String']['output'];
  /** Null when missing; then missingReason says why (never shown as zero). */
  value?: Maybe<Scalars['Float']['output']>;
  year: Scalars['Int']['output'];
};

/** A meeting of the municipality. */
export type Meeting = {
  __typename?: 'Meeting';
  /** The organiser (the municipality's administration): adds groups, themes the factors. */
  canOrganise: Scalars['Boolean']['output'];
  /** Signs up, cancels and waits: false once the meeting is cancelled. */
  canSignUp: Scalars['Boolean']['output'];
  /** The organiser's reason for cancelling; null while it is on. */
  cancelReason?: Maybe<Scalars['String']['output']>;
  /** When the organiser cancelled it; null while it is on. A cancelled meeting stays readable. */
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** The most who may sign up; null for no cap. */
  cap?: Maybe<Scalars['Int']['output']>;
  /** The day, YYYY-MM-DD. */
  date: Scalars['String']['output'];
  description: Scalars['String']['output'];
  /** A dialogue meeting's groups, home groups and expert groups in their order. */
  groups: Array<MeetingGroup>;
  id: Scalars['ID']['output'];
  kind: MeetingKind;
  municipalityCode: Scalars['String']['output'];
  place: Scalars['String']['output'];
  /** The places still free; null without a cap. */
  seatsLeft?: Maybe<Scalars['Int']['output']>;
  signedUpCount: Scalars['Int']['output'];
  /** Who signed up, for the organiser; null for others. */
  signups?: Maybe<Array<MeetingSignup>>;
  /** Its day has come (in Sweden): the day can no longer be changed. */
  started: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  viewerSignedUp: Scalars['Boolean']['output'];
  /** The viewer's place in the waiting list (1 is next); null when not waiting. */
  viewerWaitingPosition?: Maybe<Scalars['Int']['output']>;
  /** How many wait for a place. */
  waitingCount: Scalars['Int']['output'];
  /** Who waits, first in line first, for the organiser; null for others. */
  waitingList?: Maybe<Array<MeetingSignup>>;
};

/** A municipality's meetings, with what the viewer may do there. */
export type MeetingBoard = {
  __typename?: 'MeetingBoard';
  canOrganise: Scalars['Boolean']['output'];
  /** Per term, the focus groups held against the commitment of one a term. */
  focusGroupTerms: Array<FocusGroupTerm>;
  /** The municipality's code (one board per municipality). */
  id: Scalars['ID']['output'];
  /** The latest date first. */
  meetings: Array<Meeting>;
};

/** A group of a dialogue meeting. */
export type MeetingGroup = {
  __typename?: 'MeetingGroup';
  /** False once the meeting is cancelled. */
  canJoin: Scalars['Boolean']['output'];
  /** Members and the organiser write a home group's factors (not once the meeting is cancelled). */
  canWriteFactors: Scalars['Boolean']['output'];
  /** The most factors a home group has (5). */
  factorLimit: Scalars['Int']['output'];
  /** The factors not withdrawn, oldest first. */
  factors: Array<SuccessFactor>;
  id: Scalars['ID']['output'];
  kind: MeetingGroupKind;
  memberCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  viewerIsMember: Scalars['Boolean']['output'];
  /** The withdrawn factors, oldest first, for the group's members and the organiser; null for others. */
  withdrawnFactors?: Maybe<Array<SuccessFactor>>;
};

export type { MeetingGroupKind };

export type { MeetingKind };

/** One person's sign-up. */
export type MeetingSignup = {
  __typename?: 'MeetingSignup';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** A dialogue meeting's factors grouped by theme across its home groups. */
export type MeetingSynthesis = {
  __typename?: 'MeetingSynthesis';
  /** The meeting's id. */
  id: Scalars['ID']['output'];
  meeting: Meeting;
  /** Themes in alphabetical order; the factors without a theme last (theme null). */
  themes: Array<FactorTheme>;
};

/** One role in one organisation. */
export type Membership = {
  __typename?: 'Membership';
  organisation: Organisation;
  role: Role;
};

export type MembershipInput = {
  organisationId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
  role: Role;
};

export type { MissingReason };

/** One term of a fitted model. */
export type ModelCoefficient = {
  __typename?: 'ModelCoefficient';
  estimate: Scalars['Float']['output'];
  /** The background indicator, e.g. ak9.parentsPostSecondary. */
  variable: Scalars['String']['output'];
};

/** A text someone wrote that readers can report and moderators hide: a comment or a question. */
export type ModeratedText = {
  authorName: Scalars['String']['output'];
  hidden: Scalars['Boolean']['output'];
  hiddenReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Null when hidden and the viewer is neither the writer nor a moderator. */
  text?: Maybe<Scalars['String']['output']>;
  writtenAt: Scalars['DateTime']['output'];
};

export type { ModerationDecision };

/** A municipality's moderation settings, for its moderators. */
export type ModerationSettings = {
  __typename?: 'ModerationSettings';
  /** After how many readers' open reports a text is hidden until a moderator decides; 0: never by reports alone. */
  autoHideAfter: Scalars['Int']['output'];
  autoHideMax: Scalars['Int']['output'];
  /** The least and most reports it may be set to (besides 0). */
  autoHideMin: Scalars['Int']['output'];
  /** The municipality's code (one per municipality). */
  id: Scalars['ID']['output'];
};

export type ModerationSettingsInput = {
  /** 0 (off), or from 2 to 50. */
  autoHideAfter: Scalars['Int']['input'];
  municipalityCode: Scalars['String']['input'];
};

/** Moves an item to a new index in its area, or into another area of the same plan (areaId). */
export type MoveActionItemInput = {
  areaId?: InputMaybe<Scalars['ID']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  position: Scalars['Int']['input'];
};

/** Moves an area to a new index among its plan's areas (0 first; past the end: last). */
export type MoveAreaInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  position: Scalars['Int']['input'];
};

/** A municipality's code and name (SCB's register of the 290), for choosing peers. */
export type MunicipalityName = {
  __typename?: 'MunicipalityName';
  countyName?: Maybe<Scalars['String']['output']>;
  municipalityCode: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** One municipality's place in a ranking. */
export type MunicipalityRanking = {
  __typename?: 'MunicipalityRanking';
  /** Some factor is read from a ~100 value: the rank is approximate. */
  approximate: Scalars['Boolean']['output'];
  band: Band;
  countyName?: Maybe<Scalars['String']['output']>;
  factors: Array<FactorResult>;
  /** Some factor was missing and ranked last. */
  incomplete: Scalars['Boolean']['output'];
  municipalityCode: Scalars['String']['output'];
  name: Scalars['String']['output'];
  pupils?: Maybe<Scalars['Int']['output']>;
  /** Rank on the composite: the weighted mean of the six factor ranks. */
  rank: Scalars['Int']['output'];
  /** The weighted mean of the six factor ranks (lower is better). */
  score: Scalars['Float']['output'];
};

/** One municipality's history of the six factors and its composite rank, oldest year first. */
export type MunicipalityResults = {
  __typename?: 'MunicipalityResults';
  /** Who made these figures, in Swedish and English (source is the Swedish text). */
  attribution: LocalizedText;
  countyName?: Maybe<Scalars['String']['output']>;
  municipalityCode: Scalars['String']['output'];
  name: Scalars['String']['output'];
  organiserType: OrganiserType;
  source: Scalars['String']['output'];
  years: Array<MunicipalityYearResult>;
};

/** One year of one municipality's results. */
export type MunicipalityYearResult = {
  __typename?: 'MunicipalityYearResult';
  /** Some factor is read from a ~100 value: the rank is approximate. */
  approximate: Scalars['Boolean']['output'];
  band: Band;
  /** How far the composite is from rank 25 that year, factor by factor; null when the municipality was not ranked. */
  distanceToTop25?: Maybe<RankDistance>;
  factors: Array<FactorResult>;
  /** The year's model fits on all three background shares, one per measure (R², municipalities). */
  fits: Array<MeasureModel>;
  incomplete: Scalars['Boolean']['output'];
  /** The country's median of each of the six factors that year (across the ranked municipalities). */
  nationalMedians: Array<FactorMedian>;
  pupils?: Maybe<Scalars['Int']['output']>;
  rank: Scalars['Int']['output'];
  /** The weighted mean of the six factor ranks (lower is better): what the ranking calls Värde. */
  score: Scalars['Float']['output'];
  /** Municipalities ranked that year. */
  total: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** The coach service accepts a forwarded request, assigning a coach: the engagement begins. */
  acceptCoachingRequest: CoachingRequest;
  /** A party writes a meeting, lesson visit or assignment; a reflection and a next step only a teacher. */
  addCoachingEntry: CoachingEngagement;
  addComment: Comment;
  /** Adds a step (a cycle has at most 60). */
  addCycleStep: CycleStep;
  addDeficiencyEvidence: Deficiency;
  addDeficiencyMeasure: Deficiency;
  /** The organiser adds a home or expert group to a dialogue meeting. */
  addMeetingGroup: MeetingGroup;
  /** Gives a person a role in an organisation (admin). */
  addMembership: Person;
  /** A member or the organiser adds a home group's success factor (at most five). */
  addSuccessFactor: SuccessFactor;
  /** Adds a target (a goal has at most 20); applies to the goal's current version. */
  addTarget: Goal;
  /** The host answers a picked question while the chat is live. */
  answerChatQuestion: ChatQuestion;
  /** The author's answer: give (named or not), decline, or withdraw. */
  answerExample: GoodExample;
  /** The addressee answers publicly, or edits the answer. */
  answerQuestion: Question;
  approveQualityReport: QualityReport;
  /** Archives an area whose items are all cancelled or moved, or brings it back. */
  archiveArea: Area;
  /** A teacher of the municipality posts a question before or during the chat. */
  askInChat: ChatQuestion;
  /** Cancels an item: kept with its history, shown as cancelled, left out of the plan's progress. */
  cancelActionItem: ActionItem;
  /** The administration calls off a chat that has not ended, with a reason; nothing is deleted. */
  cancelChat: Chat;
  /** The organiser cancels a meeting with a reason; it stays readable, marked; those signed up are told. */
  cancelMeeting: Meeting;
  /** Cancels the viewer's sign-up (the place goes to the first in line) or takes them off the waiting list. */
  cancelMeetingSignUp: Meeting;
  changeDeficiencyState: Deficiency;
  /** Closes an active plan (ACTIVE → CLOSED). */
  closeActionPlan: ActionPlan;
  /** The teacher closes the engagement with their own summary. */
  closeCoachingEngagement: CoachingEngagement;
  closePoll: Poll;
  commentQualityReport: QualityReport;
  /** Copies a cycle into the next school year, every date a year on. */
  copyAnnualCycle: AnnualCycle;
  createActionItem: ActionItem;
  createActionPlan: ActionPlan;
  createAnnualCycle: AnnualCycle;
  createArea: Area;
  createComplaint: Complaint;
  createDeficiency: Deficiency;
  /** Creates the deficiency a complaint revealed (source COMPLAINT), linked both ways. */
  createDeficiencyFromComplaint: Deficiency;
  createGoal: Goal;
  /** Turns a measure into an action item of a plan, linked both ways (the administration). */
  createItemFromMeasure: ItemFromMeasurePayload;
  /** The administration creates a meeting. */
  createMeeting: Meeting;
  /** Adds an administration/district or school unit under an existing organisation (admin). */
  createOrganisation: Organisation;
  /** A new one-time set-password link for a person; earlier links stop working (admin). */
  createPasswordLink: PasswordLink;
  /** Creates a local account (admin). */
  createPerson: Person;
  createPoll: Poll;
  createQualityReport: QualityReport;
  /** The principal (while with them) or the coach service declines, with a reason. */
  declineCoachingRequest: CoachingRequest;
  /** Removes a cycle with its steps, against the version the editor saw. */
  deleteAnnualCycle: Scalars['Boolean']['output'];
  deleteCycleStep: Scalars['Boolean']['output'];
  deletePoll: Scalars['Boolean']['output'];
  /** The author edits their comment; the earlier text is kept. */
  editComment: Comment;
  /** The organiser changes a meeting on the version seen; a new day or place is told to those signed up. */
  editMeeting: Meeting;
  /** The asker rewords the question while it is unanswered. */
  editQuestion: Question;
  /** Rewords a factor on the version seen. */
  editSuccessFactor: SuccessFactor;
  /** The registrar exports one engagement for a secrecy assessment; NOT_FOUND as an unknown id for those who may not know of it. */
  exportCoachingEngagement: CoachingExport;
  /** The principal forwards a teacher's request to the coach service with time and room. */
  forwardCoachingRequest: CoachingRequest;
  /** Moderation: hides a comment with a reason; it is never deleted. */
  hideComment: Comment;
  /** Invites a person with their first role; returns their one-time set-password link (admin). */
  invitePerson: PasswordLink;
  inviteToQualityReport: QualityReport;
  /** The viewer joins a group (and leaves any other of its kind in the meeting). */
  joinMeetingGroup: MeetingGroup;
  /** Puts the viewer on a full meeting's waiting list (signs them up if a place is free). */
  joinMeetingWaitingList: Meeting;
  joinPanel: PanelMembership;
  /** The viewer leaves a group; the factors they wrote stay the group's. */
  leaveMeetingGroup: MeetingGroup;
  leavePanel: PanelMembership;
  /** Lifts a text as a good example and asks its author for consent; a second lift finds the first. */
  liftAsExample: GoodExample;
  /** Links an action item to a goal it serves. */
  linkGoalToItem: ActionItem;
  /** Signs in with email and password and sets the session cookie. A wrong email and a wrong password give the same error. */
  login: LoginResult;
  /** Ends the session on the server and clears the cookie. */
  logout: Scalars['Boolean']['output'];
  /** Marks the viewer's notifications up to `until` as seen; the mark never moves back. */
  markNotificationsSeen: NotificationInbox;
  /** Moves an item within its area or to another; answers the plan with its areas and items in their new order. */
  moveActionItem: ActionPlan;
  /** Moves an area; answers the plan with its areas in their new order. */
  moveArea: ActionPlan;
  openPoll: Poll;
  /** A moderator picks a question for the host, before the chat ends. */
  pickChatQuestion: ChatQuestion;
  /** The addressee says an answer is being prepared. */
  prepareQuestionAnswer: Question;
  /** Publishes a draft plan (DRAFT → ACTIVE). */
  publishActionPlan: ActionPlan;
  /** A teacher raises a question (at most 5 in 24 hours). */
  raiseQuestion: Question;
  /** Records status and progress; CONFLICT (extensions.current) when expectedVersion is stale. */
  recordStatusUpdate: ActionItem;
  /** Takes a role in an organisation away (admin). */
  removeMembership: Person;
  removeTarget: Goal;
  /** Reports a text the viewer can read (not their own): once per text, at most 20 a day. */
  reportContent: ContentReport;
  requestCoaching: CoachingRequest;
  /**
   * The administration changes a chat that has not ended: title, host, times (a live chat keeps its
   * start; its end may move within eight hours of it). Question authors are told of a new time.
   */
  rescheduleChat: Chat;
  /** Sends a handed-in report back with a comment (the administration). */
  returnQualityReport: QualityReport;
  /** A moderator's decision on a reported text; closes its open reports. */
  reviewReports: ModeratedText;
  saveDevelopmentAreas: QualityReport;
  saveFollowUps: QualityReport;
  saveParticipation: QualityReport;
  saveQualityMeasures: QualityReport;
  saveQualityTemplate: QualityTemplate;
  saveQualityText: QualityReport;
  /** The municipality's administration schedules a chat. */
  scheduleChat: Chat;
  /** A coach sets the subjects they coach in. */
  setCoachProfile: Coach;
  /** Teacher or coach: what the school leadership sees of the engagement. */
  setCoachingAgreement: CoachingEngagement;
  /** The teacher sets or rewords the goal. */
  setCoachingGoal: CoachingEngagement;
  /** The administration (or an admin) sets how many months after the close content is disposed of. */
  setCoachingRetention: CoachingSettings;
  /** Marks a step done or not done, for a unit or for the organiser; leaves the step's version alone. */
  setCycleStepDone: CycleStep;
  setDeficiencyMeasureDone: Deficiency;
  /** Sets after how many readers' reports a text is hidden pending review, for reports from now on. */
  setModerationSettings: ModerationSettings;
  setNotificationPreferences: NotificationPreferences;
  setPanelThreshold: Scalars['Int']['output'];
  /** Sets a password through a one-time link and signs in. Wrong, used and expired links give the same error. */
  setPassword: LoginResult;
  /** Deactivates a person (their sessions end, they can no longer sign in) or activates them again (admin). */
  setPersonActive: Person;
  /** Keeps the municipalities the signed-in person compares results with: at most 10 known municipality codes, no repeats (an empty list forgets them). */
  setResultPeers: Person;
  /** The organiser gives a factor its theme. */
  setSuccessFactorTheme: SuccessFactor;
  /** Signs the viewer up (again is a no-op); a full meeting is refused with a field error. */
  signUpForMeeting: Meeting;
  /** Answers a poll once; a second answer is a CONFLICT and nothing is stored twice. Returns true. */
  submitPollAnswer: Scalars['Boolean']['output'];
  /** Hands a unit report in (refused with the fields while the analysis lacks causes); the organiser's report is approved by its administration. */
  submitQualityReport: QualityReport;
  /** A teacher or principal supports the question (once; again is a no-op). */
  supportQuestion: Question;
  uninviteFromQualityReport: QualityReport;
  unlinkGoalFromItem: ActionItem;
  updateActionItem: ActionItem;
  updateActionPlan: ActionPlan;
  updateAnnualCycle: AnnualCycle;
  updateArea: Area;
  /** Its writer changes an entry; an assignment is marked done by a teacher or the coach. */
  updateCoachingEntry: CoachingEngagement;
  updateComplaint: Complaint;
  updateCycleStep: CycleStep;
  updateDeficiency: Deficiency;
  updateGoal: Goal;
  /** Renames, deactivates or reactivates an administration or school unit; never deletes (admin). */
  updateOrganisation: Organisation;
  updatePoll: Poll;
  /** Changes a target against the goal's version; the target keeps its id. */
  updateTarget: Goal;
  withdrawCoachingRequest: CoachingRequest;
  /** Withdraws the viewer's support. */
  withdrawQuestionSupport: Question;
  /** Withdraws a factor (kept, marked; frees the group's place). */
  withdrawSuccessFactor: SuccessFactor;
};


export type MutationAcceptCoachingRequestArgs = {
  input: DecideCoachingRequestInput;
};


export type MutationAddCoachingEntryArgs = {
  input: AddCoachingEntryInput;
};


export type MutationAddCommentArgs = {
  input: AddCommentInput;
};


export type MutationAddCycleStepArgs = {
  input: AddCycleStepInput;
};


export type MutationAddDeficiencyEvidenceArgs = {
  input: AddDeficiencyEvidenceInput;
};


export type MutationAddDeficiencyMeasureArgs = {
  input: AddDeficiencyMeasureInput;
};


export type MutationAddMeetingGroupArgs = {
  input: AddMeetingGroupInput;
};


export type MutationAddMembershipArgs = {
  input: MembershipInput;
};


export type MutationAddSuccessFactorArgs = {
  input: AddSuccessFactorInput;
};


export type MutationAddTargetArgs = {
  input: AddTargetInput;
};


export type MutationAnswerChatQuestionArgs = {
  input: AnswerChatQuestionInput;
};


export type MutationAnswerExampleArgs = {
  input: AnswerExampleInput;
};


export type MutationAnswerQuestionArgs = {
  input: AnswerQuestionInput;
};


export type MutationApproveQualityReportArgs = {
  input: ApproveQualityReportInput;
};


export type MutationArchiveAreaArgs = {
  input: ArchiveAreaInput;
};


export type MutationAskInChatArgs = {
  input: AskInChatInput;
};


export type MutationCancelActionItemArgs = {
  input: VersionedInput;
};


export type MutationCancelChatArgs = {
  input: CancelChatInput;
};


export type MutationCancelMeetingArgs = {
  input: CancelMeetingInput;
};


export type MutationCancelMeetingSignUpArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangeDeficiencyStateArgs = {
  input: ChangeDeficiencyStateInput;
};


export type MutationCloseActionPlanArgs = {
  input: VersionedInput;
};


export type MutationCloseCoachingEngagementArgs = {
  input: CloseEngagementInput;
};


export type MutationClosePollArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationCommentQualityReportArgs = {
  input: QualityCommentInput;
};


export type MutationCopyAnnualCycleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateActionItemArgs = {
  input: CreateActionItemInput;
};


export type MutationCreateActionPlanArgs = {
  input: CreateActionPlanInput;
};


export type MutationCreateAnnualCycleArgs = {
  input: CreateAnnualCycleInput;
};


export type MutationCreateAreaArgs = {
  input: CreateAreaInput;
};


export type MutationCreateComplaintArgs = {
  input: CreateComplaintInput;
};


export type MutationCreateDeficiencyArgs = {
  input: CreateDeficiencyInput;
};


export type MutationCreateDeficiencyFromComplaintArgs = {
  input: DeficiencyFromComplaintInput;
};


export type MutationCreateGoalArgs = {
  input: CreateGoalInput;
};


export type MutationCreateItemFromMeasureArgs = {
  input: ItemFromMeasureInput;
};


export type MutationCreateMeetingArgs = {
  input: CreateMeetingInput;
};


export type MutationCreateOrganisationArgs = {
  input: CreateOrganisationInput;
};


export type MutationCreatePasswordLinkArgs = {
  personId: Scalars['ID']['input'];
};


export type MutationCreatePersonArgs = {
  input: CreatePersonInput;
};


export type MutationCreatePollArgs = {
  input: CreatePollInput;
};


export type MutationCreateQualityReportArgs = {
  input: CreateQualityReportInput;
};


export type MutationDeclineCoachingRequestArgs = {
  input: DecideCoachingRequestInput;
};


export type MutationDeleteAnnualCycleArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationDeleteCycleStepArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationDeletePollArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationEditCommentArgs = {
  input: EditCommentInput;
};


export type MutationEditMeetingArgs = {
  input: EditMeetingInput;
};


export type MutationEditQuestionArgs = {
  input: EditQuestionInput;
};


export type MutationEditSuccessFactorArgs = {
  input: EditSuccessFactorInput;
};


export type MutationExportCoachingEngagementArgs = {
  id: Scalars['ID']['input'];
};


export type MutationForwardCoachingRequestArgs = {
  input: ForwardCoachingRequestInput;
};


export type MutationHideCommentArgs = {
  input: HideCommentInput;
};


export type MutationInvitePersonArgs = {
  input: InvitePersonInput;
};


export type MutationInviteToQualityReportArgs = {
  input: QualityInviteInput;
};


export type MutationJoinMeetingGroupArgs = {
  id: Scalars['ID']['input'];
};


export type MutationJoinMeetingWaitingListArgs = {
  id: Scalars['ID']['input'];
};


export type MutationJoinPanelArgs = {
  input: JoinPanelInput;
};


export type MutationLeaveMeetingGroupArgs = {
  id: Scalars['ID']['input'];
};


export type MutationLeavePanelArgs = {
  municipalityCode: Scalars['String']['input'];
};


export type MutationLiftAsExampleArgs = {
  input: LiftExampleInput;
};


export type MutationLinkGoalToItemArgs = {
  input: GoalItemLinkInput;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationMarkNotificationsSeenArgs = {
  input: MarkNotificationsSeenInput;
};


export type MutationMoveActionItemArgs = {
  input: MoveActionItemInput;
};


export type MutationMoveAreaArgs = {
  input: MoveAreaInput;
};


export type MutationOpenPollArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationPickChatQuestionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPrepareQuestionAnswerArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationPublishActionPlanArgs = {
  input: VersionedInput;
};


export type MutationRaiseQuestionArgs = {
  input: RaiseQuestionInput;
};


export type MutationRecordStatusUpdateArgs = {
  input: RecordStatusUpdateInput;
};


export type MutationRemoveMembershipArgs = {
  input: MembershipInput;
};


export type MutationRemoveTargetArgs = {
  goalId: Scalars['ID']['input'];
  targetId: Scalars['ID']['input'];
};


export type MutationReportContentArgs = {
  input: ReportContentInput;
};


export type MutationRequestCoachingArgs = {
  input: RequestCoachingInput;
};


export type MutationRescheduleChatArgs = {
  input: RescheduleChatInput;
};


export type MutationReturnQualityReportArgs = {
  input: QualityCommentInput;
};


export type MutationReviewReportsArgs = {
  input: ReviewReportsInput;
};


export type MutationSaveDevelopmentAreasArgs = {
  input: SaveDevelopmentAreasInput;
};


export type MutationSaveFollowUpsArgs = {
  input: SaveFollowUpsInput;
};


export type MutationSaveParticipationArgs = {
  input: SaveParticipationInput;
};


export type MutationSaveQualityMeasuresArgs = {
  input: SaveQualityMeasuresInput;
};


export type MutationSaveQualityTemplateArgs = {
  input: SaveQualityTemplateInput;
};


export type MutationSaveQualityTextArgs = {
  input: SaveQualityTextInput;
};


export type MutationScheduleChatArgs = {
  input: ScheduleChatInput;
};


export type MutationSetCoachProfileArgs = {
  input: CoachProfileInput;
};


export type MutationSetCoachingAgreementArgs = {
  input: CoachingAgreementInput;
};


export type MutationSetCoachingGoalArgs = {
  input: CoachingGoalInput;
};


export type MutationSetCoachingRetentionArgs = {
  input: SetCoachingRetentionInput;
};


export type MutationSetCycleStepDoneArgs = {
  input: SetCycleStepDoneInput;
};


export type MutationSetDeficiencyMeasureDoneArgs = {
  input: SetDeficiencyMeasureDoneInput;
};


export type MutationSetModerationSettingsArgs = {
  input: ModerationSettingsInput;
};


export type MutationSetNotificationPreferencesArgs = {
  input: NotificationPreferencesInput;
};


export type MutationSetPanelThresholdArgs = {
  input: SetPanelThresholdInput;
};


export type MutationSetPasswordArgs = {
  input: SetPasswordInput;
};


export type MutationSetPersonActiveArgs = {
  input: PersonActiveInput;
};


export type MutationSetResultPeersArgs = {
  codes: Array<Scalars['String']['input']>;
};


export type MutationSetSuccessFactorThemeArgs = {
  input: SuccessFactorThemeInput;
};


export type MutationSignUpForMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSubmitPollAnswerArgs = {
  input: SubmitPollAnswerInput;
};


export type MutationSubmitQualityReportArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSupportQuestionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUninviteFromQualityReportArgs = {
  input: QualityInviteInput;
};


export type MutationUnlinkGoalFromItemArgs = {
  input: GoalItemLinkInput;
};


export type MutationUpdateActionItemArgs = {
  input: UpdateActionItemInput;
};


export type MutationUpdateActionPlanArgs = {
  input: UpdateActionPlanInput;
};


export type MutationUpdateAnnualCycleArgs = {
  input: UpdateAnnualCycleInput;
};


export type MutationUpdateAreaArgs = {
  input: UpdateAreaInput;
};


export type MutationUpdateCoachingEntryArgs = {
  input: UpdateCoachingEntryInput;
};


export type MutationUpdateComplaintArgs = {
  input: UpdateComplaintInput;
};


export type MutationUpdateCycleStepArgs = {
  input: UpdateCycleStepInput;
};


export type MutationUpdateDeficiencyArgs = {
  input: UpdateDeficiencyInput;
};


export type MutationUpdateGoalArgs = {
  input: UpdateGoalInput;
};


export type MutationUpdateOrganisationArgs = {
  input: UpdateOrganisationInput;
};


export type MutationUpdatePollArgs = {
  input: UpdatePollInput;
};


export type MutationUpdateTargetArgs = {
  input: UpdateTargetInput;
};


export type MutationWithdrawCoachingRequestArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationWithdrawQuestionSupportArgs = {
  id: Scalars['ID']['input'];
};


export type MutationWithdrawSuccessFactorArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

/**
 * A new comment or reply on a plan, area or item the viewer is responsible for, a reply to their
 * comment, or the answer to a question they raised or support. The comment shows as the viewer may
 * see it now (a hidden one as hidden).
 */
export type Notification = {
  __typename?: 'Notification';
  /** The chat as it is now, for a chat's notice; null otherwise (and when the viewer may no longer read it). */
  chat?: Maybe<Chat>;
  /** For a rescheduled chat, the end it was moved to; null otherwise. */
  chatEndsAt?: Maybe<Scalars['DateTime']['output']>;
  /** For a rescheduled chat, the start it was moved to; null otherwise. */
  chatStartsAt?: Maybe<Scalars['DateTime']['output']>;
  /** For a coaching export's notice: the engagement exported (for its teachers); null otherwise. */
  coachingEngagementId?: Maybe<Scalars['ID']['output']>;
  /** For a coaching export's notice, the registrar who made it (a name, never content); null otherwise. */
  coachingExportedByName?: Maybe<Scalars['String']['output']>;
  /** The comment, the plan's title, area's title or item's text, and the plan; null for an answer. */
  comment?: Maybe<RecentComment>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  /** The meeting, for a meeting's notice; null otherwise. */
  meeting?: Maybe<Meeting>;
  /** The question answered, for an answer; null otherwise. */
  question?: Maybe<Question>;
};

/** The viewer's notifications: when they last looked and what came since. */
export type NotificationInbox = {
  __typename?: 'NotificationInbox';
  /** The viewer's person id. */
  id: Scalars['ID']['output'];
  /** When the viewer last marked their notifications seen; null if never. */
  lastSeenAt?: Maybe<Scalars['DateTime']['output']>;
  /** Newest first, at most `first` (default 10, at most 50); only those after lastSeenAt when `unreadOnly`. */
  notifications: Array<Notification>;
  preferences: NotificationPreferences;
  /** How many came after lastSeenAt that the viewer may read (at most 100). */
  unreadCount: Scalars['Int']['output'];
};


/** The viewer's notifications: when they last looked and what came since. */
export type NotificationInboxNotificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

export type { NotificationKind };

/** What the viewer is told by e-mail; in-app notifications always come. */
export type NotificationPreferences = {
  __typename?: 'NotificationPreferences';
  /** Whether this Lyfta sends e-mail at all (SMTP configured). */
  emailAvailable: Scalars['Boolean']['output'];
  emailComments: EmailFrequency;
  /** The viewer's person id. */
  id: Scalars['ID']['output'];
  language: MailLanguage;
};

export type NotificationPreferencesInput = {
  emailComments: EmailFrequency;
  /** Kept as it was when left out (Swedish at first). */
  language?: InputMaybe<MailLanguage>;
};

/** A municipality, an administration or district, or a school unit. Names and codes are public registry data. */
export type Organisation = {
  __typename?: 'Organisation';
  /** False once deactivated: kept with its history, left out of pickers. */
  active: Scalars['Boolean']['output'];
  /** Organisations directly under this one, by name. */
  children: OrganisationConnection;
  /** Municipality code (4 digits), school unit code (8 digits), or an administration's own code. */
  code: Scalars['String']['output'];
  countyCode?: Maybe<Scalars['String']['output']>;
  countyName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: OrganisationKind;
  municipalityCode: Scalars['String']['output'];
  name: Scalars['String']['output'];
  parent?: Maybe<Organisation>;
  /** Bumped by every change; a change names the version it was made on. */
  version: Scalars['Int']['output'];
};


/** A municipality, an administration or district, or a school unit. Names and codes are public registry data. */
export type OrganisationChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  nodes: Array<Organisation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type { OrganisationKind };

/** One organisation's measurements of one indicator, oldest year first. */
export type OrganisationSeries = {
  __typename?: 'OrganisationSeries';
  measurements: Array<Measurement>;
  organisationCode: Scalars['String']['output'];
  /** The organisation id, when the series was asked for by id. */
  organisationId?: Maybe<Scalars['ID']['output']>;
};

export type { OrganiserType };

/** Where a paginated list continues. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type { PanelDimension };

/** A teacher's membership of a municipality's panel (the viewer's own). */
export type PanelMembership = {
  __typename?: 'PanelMembership';
  /** False once the teacher has left; their answers stay, anonymous and counted. */
  active: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  municipalityCode: Scalars['String']['output'];
  schoolForm: SchoolForm;
  subject: Scalars['String']['output'];
  unit?: Maybe<Organisation>;
};

export type Participation = QualitySection & {
  __typename?: 'Participation';
  guardiansDate?: Maybe<Scalars['DateTime']['output']>;
  guardiansHow?: Maybe<Scalars['String']['output']>;
  guardiansOffered?: Maybe<Scalars['Boolean']['output']>;
  pupils?: Maybe<Scalars['Boolean']['output']>;
  pupilsHow?: Maybe<Scalars['String']['output']>;
  staff?: Maybe<Scalars['Boolean']['output']>;
  staffHow?: Maybe<Scalars['String']['output']>;
  teachers?: Maybe<Scalars['Boolean']['output']>;
  teachersHow?: Maybe<Scalars['String']['output']>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  updatedByName?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

/** A one-time link to set a password, made for an invitation or a forgotten password; shown once, to be passed on. */
export type PasswordLink = {
  __typename?: 'PasswordLink';
  expiresAt: Scalars['DateTime']['output'];
  /** The set-password page with its token, e.g. /satt-losenord?token=…; only its hash is stored. */
  path: Scalars['String']['output'];
  person: Person;
};

/** A municipality against the national median, its county and chosen peers. */
export type PeerComparison = {
  __typename?: 'PeerComparison';
  /** Who made these figures, in Swedish and English (source is the Swedish text). */
  attribution: LocalizedText;
  county: GroupMedians;
  municipality: PeerRow;
  national: GroupMedians;
  organiserType: OrganiserType;
  peers: Array<PeerRow>;
  source: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** One municipality in a comparison. */
export type PeerRow = {
  __typename?: 'PeerRow';
  countyCode?: Maybe<Scalars['String']['output']>;
  countyName?: Maybe<Scalars['String']['output']>;
  factors: Array<FactorResult>;
  municipalityCode: Scalars['String']['output'];
  name: Scalars['String']['output'];
  pupils?: Maybe<Scalars['Int']['output']>;
  rank?: Maybe<Scalars['Int']['output']>;
  /** Fewer than 15 pupils (or unknown): the figures are unreliable. */
  unreliable: Scalars['Boolean']['output'];
};

/** A person. Email, memberships and the invitation state are shown to the person themself and to admins only. */
export type Person = {
  __typename?: 'Person';
  /** False once deactivated: no sign-in; what they wrote stays, attributed by name. */
  active: Scalars['Boolean']['output'];
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** True while an invited person has not yet set a password (null to others). */
  invitationPending?: Maybe<Scalars['Boolean']['output']>;
  memberships: Array<Membership>;
  name: Scalars['String']['output'];
  /** Municipality codes the person compares results with, in their order (shown to the person themself only; null to others). */
  resultPeers?: Maybe<Array<Scalars['String']['output']>>;
  /** A role title, e.g. Skolchef. */
  title?: Maybe<Scalars['String']['output']>;
};

export type PersonActiveInput = {
  active: Scalars['Boolean']['input'];
  personId: Scalars['ID']['input'];
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  nodes: Array<Person>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type { PlanStatus };

export type Poll = {
  __typename?: 'Poll';
  audience: PollAudience;
  /** The breakdowns declared before the poll opened; results are shown by these only. */
  breakdowns: Array<PanelDimension>;
  /** Whether the viewer is in the poll's audience and may answer now (has not yet). */
  canAnswer: Scalars['Boolean']['output'];
  canEdit: Scalars['Boolean']['output'];
  /** The last day for answers, YYYY-MM-DD in Sweden. */
  closesOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  intro: Scalars['String']['output'];
  municipalityCode: Scalars['String']['output'];
  questions: Array<PollQuestion>;
  responses: PollResponses;
  /** The results once closed; null while a draft or open. */
  results?: Maybe<PollResults>;
  /** The state today: an open poll past its closing day is closed. */
  state: PollState;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  /** Whether the viewer has answered (their own record only). */
  viewerHasAnswered: Scalars['Boolean']['output'];
};

export type PollAnswerInput = {
  /** Option indexes from 0 (single choice: exactly one). */
  choices?: InputMaybe<Array<Scalars['Int']['input']>>;
  questionId: Scalars['String']['input'];
  /** 1 to 5. */
  scale?: InputMaybe<Scalars['Int']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type PollAudience = {
  __typename?: 'PollAudience';
  schoolForms: Array<SchoolForm>;
  subjects: Array<Scalars['String']['output']>;
  units: Array<Organisation>;
};

export type PollAudienceInput = {
  schoolForms?: InputMaybe<Array<SchoolForm>>;
  subjects?: InputMaybe<Array<Scalars['String']['input']>>;
  unitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type PollBreakdown = {
  __typename?: 'PollBreakdown';
  dimension: PanelDimension;
  rows: Array<PollResultRow>;
};

export type PollContentInput = {
  audience?: InputMaybe<PollAudienceInput>;
  breakdowns?: InputMaybe<Array<PanelDimension>>;
  closesOn: Scalars['String']['input'];
  intro?: InputMaybe<Scalars['String']['input']>;
  questions: Array<PollQuestionInput>;
  title: Scalars['String']['input'];
};

export type PollFigure = {
  __typename?: 'PollFigure';
  state: FigureState;
  value?: Maybe<Scalars['Int']['output']>;
};

export type PollQuestion = {
  __typename?: 'PollQuestion';
  id: Scalars['String']['output'];
  kind: PollQuestionKind;
  options: Array<Scalars['String']['output']>;
  text: Scalars['String']['output'];
};

export type PollQuestionInput = {
  id?: InputMaybe<Scalars['String']['input']>;
  kind: PollQuestionKind;
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  text: Scalars['String']['input'];
};

export type { PollQuestionKind };

export type PollQuestionResult = {
  __typename?: 'PollQuestionResult';
  breakdowns: Array<PollBreakdown>;
  options: Array<Scalars['String']['output']>;
  question: PollQuestion;
  textState?: Maybe<FigureState>;
  /** A free-text question's texts, sorted by their text (not as they came), when there are at least 8 (and k). */
  texts?: Maybe<Array<Scalars['String']['output']>>;
  total: PollResultRow;
};

/** How many have answered: rounded down to a step of k while open (and after), never the exact count. */
export type PollResponses = {
  __typename?: 'PollResponses';
  answeredAtLeast: Scalars['Int']['output'];
  audienceSize: Scalars['Int']['output'];
  step: Scalars['Int']['output'];
};

export type PollResultRow = {
  __typename?: 'PollResultRow';
  /** The number of answers in the group. */
  answers: PollFigure;
  /** Per option, how many chose it (a scale: 1 to 5). */
  counts: Array<PollFigure>;
  /** The group (a school form's stored name, a subject, a unit id; empty for answers without one); null for the whole panel. */
  key?: Maybe<Scalars['String']['output']>;
  label: Scalars['String']['output'];
};

export type PollResults = {
  __typename?: 'PollResults';
  answers: PollFigure;
  questions: Array<PollQuestionResult>;
  threshold: Scalars['Int']['output'];
};

export type { PollState };

export type ProgressStatus =
  | 'AT_RISK'
  | 'NO_DATA'
  | 'OFF_TRACK'
  | 'ON_TRACK';

export type QualityComment = {
  __typename?: 'QualityComment';
  at: Scalars['DateTime']['output'];
  authorName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The report's status when it was written: RETURNED for the reason a report was sent back. */
  status: QualityReportStatus;
  text: Scalars['String']['output'];
};

export type QualityCommentInput = {
  reportId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

export type QualityContributor = {
  __typename?: 'QualityContributor';
  person: Person;
  right: ContributorRight;
};

export type QualityFigure = {
  __typename?: 'QualityFigure';
  missingReason?: Maybe<MissingReason>;
  rawMark?: Maybe<Scalars['String']['output']>;
  /** Attribution, e.g. 'Statistik från Skolverket'; null when there is no figure. */
  source?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['Float']['output']>;
  year: Scalars['Int']['output'];
};

export type QualityGuidance = {
  __typename?: 'QualityGuidance';
  section: QualityTextSection;
  text?: Maybe<Scalars['String']['output']>;
};

export type QualityGuidanceInput = {
  analysis?: InputMaybe<Scalars['String']['input']>;
  conditions?: InputMaybe<Scalars['String']['input']>;
  implementation?: InputMaybe<Scalars['String']['input']>;
  results?: InputMaybe<Scalars['String']['input']>;
};

export type QualityInviteInput = {
  personId: Scalars['ID']['input'];
  reportId: Scalars['ID']['input'];
  right?: InputMaybe<ContributorRight>;
};

/** A decided measure. */
export type QualityMeasure = {
  __typename?: 'QualityMeasure';
  /** The action item it became, when the viewer may see it. */
  actionItem?: Maybe<ActionItem>;
  /** The cause it targets (null if that cause has been removed since). */
  cause?: Maybe<Cause>;
  causeId?: Maybe<Scalars['ID']['output']>;
  dueDate?: Maybe<Scalars['DateTime']['output']>;
  expectedEffect: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The indicator it should move. */
  indicator?: Maybe<Indicator>;
  ownerName: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type QualityMeasureInput = {
  causeId?: InputMaybe<Scalars['ID']['input']>;
  dueDate?: InputMaybe<Scalars['DateTime']['input']>;
  expectedEffect: Scalars['String']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
  indicatorKey?: InputMaybe<Scalars['String']['input']>;
  ownerName: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

/** A measure as an action item shows it: the report and measure it came from. */
export type QualityMeasureLink = {
  __typename?: 'QualityMeasureLink';
  measure: QualityMeasure;
  report: QualityReport;
};

export type QualityMeasures = QualitySection & {
  __typename?: 'QualityMeasures';
  measures: Array<QualityMeasure>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  updatedByName?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

/** One school unit's or the organiser's quality report for one school year. */
export type QualityReport = {
  __typename?: 'QualityReport';
  canComment: Scalars['Boolean']['output'];
  canInvite: Scalars['Boolean']['output'];
  /** Whether the viewer may turn measures into action items (the municipality's administration). */
  canLinkItems: Scalars['Boolean']['output'];
  canReview: Scalars['Boolean']['output'];
  canSubmit: Scalars['Boolean']['output'];
  canWrite: Scalars['Boolean']['output'];
  comments: Array<QualityComment>;
  contributors: Array<QualityContributor>;
  createdAt: Scalars['DateTime']['output'];
  developmentAreas: DevelopmentAreas;
  /** The measures of the unit's earlier report, carried forward for their follow-up. */
  followUps: FollowUps;
  /** The optional headings this report has (from the template when it was started); ANALYSIS is always there. */
  headings: Array<QualityTextSection>;
  history: Array<QualityStatusChange>;
  id: Scalars['ID']['output'];
  kind: QualityReportKind;
  measures: QualityMeasures;
  organisation: Organisation;
  participation: Participation;
  /** The unit's (or municipality's) figures for the year and the two before, filled in from the measurements; missing values say why. */
  results: Array<QualityResult>;
  /** The school year as written, e.g. 2025/26. */
  schoolYear: Scalars['String']['output'];
  status: QualityReportStatus;
  /** Why the report cannot be handed in yet (empty when it can). */
  submitProblems: Array<FieldError>;
  texts: Array<QualityText>;
  /** For the organiser's report: the units' development areas of the year grouped by theme. */
  themes: Array<QualityThemeGroup>;
  /** For the organiser's report: the same year's unit reports the viewer may read. */
  unitReports: Array<QualityReport>;
  /** For the organiser's report: units whose report of the year is not handed in (no report, a draft or returned), among the units with a report this year or the year before. */
  unitsNotSubmitted: Array<Organisation>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  /** The calendar year the school year ends in (2026 = 2025/26). */
  year: Scalars['Int']['output'];
};

export type { QualityReportKind };

export type { QualityReportStatus };

/** One indicator's figures for the report's organisation. */
export type QualityResult = {
  __typename?: 'QualityResult';
  /** The years asked for, oldest first; a year without a figure has NO_DATA. */
  figures: Array<QualityFigure>;
  indicator: Indicator;
};

/** Who last saved a section, and its own version (sections are saved one at a time). */
export type QualitySection = {
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  updatedByName?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type QualityStatusChange = {
  __typename?: 'QualityStatusChange';
  at: Scalars['DateTime']['output'];
  byName: Scalars['String']['output'];
  status: QualityReportStatus;
};

/** The organiser's template for its units' reports. */
export type QualityTemplate = {
  __typename?: 'QualityTemplate';
  guidance: Array<QualityGuidance>;
  headings: Array<QualityTextSection>;
  /** 0 before the municipality has saved one (then every optional heading is included). */
  version: Scalars['Int']['output'];
};

export type QualityText = QualitySection & {
  __typename?: 'QualityText';
  /** The organiser's guidance for the heading, if any. */
  guidance?: Maybe<Scalars['String']['output']>;
  section: QualityTextSection;
  text: Scalars['String']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  updatedByName?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type { QualityTextSection };

export type { QualityTheme };

export type QualityThemeGroup = {
  __typename?: 'QualityThemeGroup';
  areas: Array<ThemedArea>;
  theme: QualityTheme;
};

export type Query = {
  __typename?: 'Query';
  actionItem?: Maybe<ActionItem>;
  actionPlan?: Maybe<ActionPlan>;
  /** An organisation's action plans, newest first. */
  actionPlans: ActionPlanConnection;
  annualCycle: AnnualCycle;
  /** A municipality's annual cycles, for one school year when given; newest year first, then by school form. */
  annualCycles: Array<AnnualCycle>;
  /** People of the organisation's municipality a plan or item may be assigned to, by name (its administration); at most 200. */
  assignablePeople: Array<Person>;
  /** The changes to a plan, area, item, goal, comment or person, newest first: an admin sees all, a municipality's administration those recorded in its municipality (none for an id outside it or unknown: an id does not tell what exists); FORBIDDEN for anyone else. */
  auditLog: AuditEventConnection;
  /** One chat; NOT_FOUND for another municipality's exactly as for an unknown id. */
  chat: Chat;
  /** The municipality's chats and this term's commitment; NOT_FOUND for a viewer who does not read it. */
  chatBoard: ChatBoard;
  /** A municipality's coaching page; NOT_FOUND for a municipality the viewer holds no role in. */
  coachingBoard: CoachingBoard;
  /** The viewer's own engagements as a coach of the municipality, counted by state. */
  coachingCaseload: CoachingCaseload;
  /** One engagement; NOT_FOUND for anyone who may not know of it, exactly as an unknown id. */
  coachingEngagement: CoachingEngagement;
  /** The registrar: the municipality's engagements as facts, newest first, to pick one to export. */
  coachingRecords: Array<CoachingRecord>;
  /** One request; NOT_FOUND for anyone who may not read it, exactly as an unknown id. */
  coachingRequest: CoachingRequest;
  /** Everyone with a role in the municipality, and an admin. */
  coachingSettings: CoachingSettings;
  /** The coach service, the administration and an admin; a principal their own units' rows. */
  coachingStatistics: CoachingStatistics;
  /** Top-level comments on a target, oldest first, with their replies. */
  comments: CommentConnection;
  complaint?: Maybe<Complaint>;
  /** How many of the municipality's complaints are in each state: anonymised, for every reading role there. */
  complaintCounts: Array<ComplaintStateCount>;
  /** A municipality's complaints the viewer handles (an admin: all, without personal data), newest received first. */
  complaints: ComplaintConnection;
  /** A municipality's deficiencies (or one school unit's), newest first. */
  deficiencies: DeficiencyConnection;
  deficiency?: Maybe<Deficiency>;
  /** The demo accounts, when the demo data is loaded; otherwise empty. */
  demoAccounts: Array<DemoAccount>;
  goal?: Maybe<Goal>;
  /** An organisation's goals, oldest first. */
  goals: GoalConnection;
  /** A municipality's published good examples, newest first (at most 50); open to everyone, signed in or not. */
  goodExamples: Array<GoodExample>;
  /** The service's state; needs no sign-in. */
  health: Health;
  /** One indicator by key (e.g. ak9.meritValue), or null. */
  indicator?: Maybe<Indicator>;
  /**
   * Measurements of one indicator (its id or its key) for organisations given by code (municipality
   * code, school unit code or SE) or by organisation id, in one query on the measurements. Series
   * come in the order asked; organisations without data get an empty series. At most 300.
   */
  indicatorSeries: IndicatorSeries;
  /** Every indicator, by key. Needs a signed-in viewer. */
  indicators: Array<Indicator>;
  /** Every example lifted in the municipality with its consent: its administration's. */
  liftedExamples: Array<GoodExample>;
  /** The signed-in person, or null. */
  me?: Maybe<Person>;
  /** One meeting; NOT_FOUND for another municipality's, as for an unknown id. */
  meeting: Meeting;
  /** A municipality's meetings; NOT_FOUND where the viewer reads nothing. */
  meetingBoard: MeetingBoard;
  /** A dialogue meeting's synthesis; NOT_FOUND as meeting. */
  meetingSynthesis: MeetingSynthesis;
  /** The municipality's reported texts with open reports, the longest waiting first: its moderators'. */
  moderationQueue: Array<ReportedText>;
  /** The municipality's moderation settings: its moderators'. */
  moderationSettings: ModerationSettings;
  /** The action items of a municipality's plans the viewer may read, plan by plan (newest plan first), each plan's in order; first at most 500 (default 200). For start pages. */
  municipalityItems: Array<ActionItem>;
  /** The 290 municipalities by name. Needs a signed-in viewer. */
  municipalityNames: Array<MunicipalityName>;
  /** One municipality's six factors and rank per year. Needs a signed-in viewer. */
  municipalityResults: MunicipalityResults;
  /** The viewer's own texts lifted as good examples, those waiting for an answer first. */
  myExampleRequests: Array<GoodExample>;
  notificationInbox: NotificationInbox;
  /** An organisation by its code (e.g. 1490 for Borås, or a school unit code). */
  organisation?: Maybe<Organisation>;
  /** Organisations, filtered by kind, municipality and a name search. */
  organisations: OrganisationConnection;
  /** The municipality's steps that are overdue for the viewer, oldest due date first (at most 50). */
  overdueCycleSteps: Array<CycleStep>;
  /** A municipality against the national median, its county and chosen municipalities. */
  peerComparison: PeerComparison;
  /** The people holding a role in a municipality, by name; search matches name or email (admin). */
  people: PersonConnection;
  /** One poll; NOT_FOUND for a draft outside the administration and for another municipality's, as for an unknown id. */
  poll: Poll;
  /** A closed poll's results (as Poll.results), read at the top so the client's document stays shallow; null while a draft or open. */
  pollResults?: Maybe<PollResults>;
  /** Colleagues the viewer may invite to the report (the unit's people; the municipality's for the organiser's report), by name or e-mail; at most 200. */
  qualityInvitees: Array<Person>;
  /** A report the viewer may read, else null (hidden and absent alike). */
  qualityReport?: Maybe<QualityReport>;
  /** A school unit's reports across the years, or for a municipality all its reports (newest year first); only those the viewer may read. */
  qualityReports: Array<QualityReport>;
  /** The reports waiting for the viewer in the municipality, oldest change first: for its administration the unit reports handed in for review; for a principal their unit's reports in draft or returned. Empty for everyone else. */
  qualityReportsToAttend: Array<QualityReport>;
  /** The municipality's template for its units' reports. */
  qualityTemplate: QualityTemplate;
  /** One question; NOT_FOUND for another municipality's, as for an unknown id. */
  question: Question;
  /** A municipality's questions; NOT_FOUND where the viewer reads nothing. */
  questionBoard: QuestionBoard;
  /** The questions waiting for the viewer's answer (as administration or politician), oldest first, at most 20. */
  questionsToAnswer: Array<Question>;
  /** Every municipality ranked for a year (see Ranking). Needs a signed-in viewer. */
  ranking: Ranking;
  /**
   * The newest comments and replies on the municipality's plans and items that the viewer may read,
   * newest first: at most `first` (default 10, at most 50). Empty when the viewer reads none of its plans.
   */
  recentComments: Array<RecentComment>;
  /** The populations with ranked results: ALL, MUNICIPAL and INDEPENDENT (by where pupils go to school) and HOME (by where they live, from Kolada) when imported. */
  resultPerspectives: Array<OrganiserType>;
  /** Years with year-9 results, newest first. */
  resultYears: Array<Scalars['Int']['output']>;
  /** The results model's coefficients and R² for a year (see ResultsModel). */
  resultsModel: ResultsModel;
  /** School units' year-9 results within a municipality (default: the latest year with school data). */
  schoolUnitResults: SchoolUnitResults;
  /**
   * The municipalities whose background shares that year are nearest to the given one's, nearest
   * first (first: 1–10, default 5); empty when it has no background shares that year. Needs a signed-in viewer.
   */
  similarMunicipalities: Array<SimilarMunicipality>;
  /** A municipality's teacher panel; NOT_FOUND for a municipality the viewer holds no role in. */
  teacherPanel: TeacherPanel;
};


export type QueryActionItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryActionPlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryActionPlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organisationId: Scalars['ID']['input'];
  status?: InputMaybe<PlanStatus>;
};


export type QueryAnnualCycleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAnnualCyclesArgs = {
  municipalityCode: Scalars['String']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAssignablePeopleArgs = {
  organisationId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  targetId: Scalars['ID']['input'];
};


export type QueryChatArgs = {
  id: Scalars['ID']['input'];
};


export type QueryChatBoardArgs = {
  municipalityCode: Scalars['String']['input'];
};


export type QueryCoachingBoardArgs = {
  municipalityCode: Scalars['String']['input'];
};


export type QueryCoachingCaseloadArgs = {
  municipalityCode: Scalars['String']['input'];
};


export type QueryCoachingEngagementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCoachingRecordsArgs = {
  municipalityCode: Scalars['String']['input'];
};


export type QueryCoachingRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCoachingSettingsArgs = {
  municipalityCode: Scalars['String']['input'];
};


export type QueryCoachingStatisticsArgs = {
  municipalityCode: Scalars['String']['input'];
};


export type QueryCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  targetId: Scalars['ID']['input'];
};


export type QueryComplaintArgs = {
  id: Scalars['ID']['input'];
};


export type QueryComplaintCountsArgs = {
  organisationId: Scalars['ID']['input'];
};


export type QueryComplaintsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organisationId: Scalars['ID']['input'];
  state?: InputMaybe<ComplaintState>;
};


export type QueryDeficienciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organisationId: Scalars['ID']['input'];
  state?: InputMaybe<DeficiencyState>;
};


export type QueryDeficiencyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGoalArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGoalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organisationId: Scalars['ID']['input'];
};


export type QueryGoodExamplesArgs = {
  municipalityCode: Scalars['String']['input'];
};


export type QueryIndicatorArgs = {
  key: Scalars['String']['input'];
};


export type QueryIndicatorSeriesArgs = {
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  indicatorId: Scalars['ID']['input'];
  organisationIds: Array<Scalars['String']['input']>;
  organiserType?: InputMaybe<OrganiserType>;
  toYear?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLiftedExamplesArgs = {
  municipalityCode: Scalars['String']['input'];
};


export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMeetingBoardArgs = {
  municipalityCode: Scalars['String']['input'];
};


export type QueryMeetingSynthesisArgs = {
  id: Scalars['ID']['input'];
};


export type QueryModerationQueueArgs = {
  municipalityCode: Scalars['String']['input'];
};


export type QueryModerationSettingsArgs = {
  municipalityCode: Scalars['String']['input'];
};


export type QueryMunicipalityItemsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  municipalityCode: Scalars['String']['input'];
};


export type QueryMunicipalityResultsArgs = {
  code: Scalars['String']['input'];
  organiserType?: InputMaybe<OrganiserType>;
};


export type QueryOrganisationArgs = {
  code: Scalars['String']['input'];
};


export type QueryOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<OrganisationKind>;
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOverdueCycleStepsArgs = {
  municipalityCode: Scalars['String']['input'];
};


export type QueryPeerComparisonArgs = {
  code: Scalars['String']['input'];
  organiserType?: InputMaybe<OrganiserType>;
  peers?: Array<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  municipalityCode: Scalars['String']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPollArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPollResultsArgs = {
  id: Scalars['ID']['input'];
};


export type QueryQualityInviteesArgs = {
  reportId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryQualityReportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryQualityReportsArgs = {
  organisationId: Scalars['ID']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryQualityReportsToAttendArgs = {
  municipalityCode: Scalars['String']['input'];
};


export type QueryQualityTemplateArgs = {
  organisationId: Scalars['ID']['input'];
};


export type QueryQuestionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryQuestionBoardArgs = {
  municipalityCode: Scalars['String']['input'];
};


export type QueryRankingArgs = {
  organiserType?: InputMaybe<OrganiserType>;
  weights?: InputMaybe<RankingWeights>;
  year: Scalars['Int']['input'];
};


export type QueryRecentCommentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  municipalityCode: Scalars['String']['input'];
};


export type QueryResultsModelArgs = {
  year: Scalars['Int']['input'];
};


export type QuerySchoolUnitResultsArgs = {
  municipalityCode: Scalars['String']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySimilarMunicipalitiesArgs = {
  code: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryTeacherPanelArgs = {
  municipalityCode: Scalars['String']['input'];
};

/** A question raised by a teacher of the municipality. */
export type Question = ModeratedText & {
  __typename?: 'Question';
  addressee: QuestionAddressee;
  answer?: Maybe<QuestionAnswer>;
  /** The example made of the answer: published ones for every reader, others for its writer and the administration. */
  answerExample?: Maybe<GoodExample>;
  /** When it was raised; how long it has waited is counted from here. */
  askedAt: Scalars['DateTime']['output'];
  askerName: Scalars['String']['output'];
  /** The asker's name (as askerName). */
  authorName: Scalars['String']['output'];
  canAnswer: Scalars['Boolean']['output'];
  canEdit: Scalars['Boolean']['output'];
  /** Whether the viewer may lift the answer as a good example (a leader of the municipality, once answered). */
  canLiftAnswerAsExample: Scalars['Boolean']['output'];
  /** Whether the viewer may report it (signed in, not their own, not hidden). */
  canReport: Scalars['Boolean']['output'];
  canSupport: Scalars['Boolean']['output'];
  /** When the asker last reworded it (earlier wordings are kept in the audit log); null if never. */
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether moderation hid it; its place and reason stay. */
  hidden: Scalars['Boolean']['output'];
  hiddenReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  municipalityCode: Scalars['String']['output'];
  /** Whether the viewer has reported it. */
  reportedByViewer: Scalars['Boolean']['output'];
  state: QuestionState;
  /** How many support the question (one each). */
  supportCount: Scalars['Int']['output'];
  /** Null when moderation hid it and the viewer is neither the asker nor a moderator. */
  text?: Maybe<Scalars['String']['output']>;
  /** Null when moderation hid it and the viewer is neither the asker nor a moderator. */
  title?: Maybe<Scalars['String']['output']>;
  /** Changes with every edit and state change; edits name the version they started from. */
  version: Scalars['Int']['output'];
  viewerIsAsker: Scalars['Boolean']['output'];
  viewerSupports: Scalars['Boolean']['output'];
  /** When it was raised (as askedAt). */
  writtenAt: Scalars['DateTime']['output'];
};

export type { QuestionAddressee };

/** The addressee's public answer. */
export type QuestionAnswer = {
  __typename?: 'QuestionAnswer';
  answeredAt: Scalars['DateTime']['output'];
  answererName: Scalars['String']['output'];
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  text: Scalars['String']['output'];
};

/** A municipality's questions, with what the viewer may do there. */
export type QuestionBoard = {
  __typename?: 'QuestionBoard';
  /** The addressees the viewer answers for here. */
  answersFor: Array<QuestionAddressee>;
  canRaise: Scalars['Boolean']['output'];
  /** The municipality's code (one board per municipality). */
  id: Scalars['ID']['output'];
  /** Newest first. */
  questions: Array<Question>;
};

export type { QuestionState };

export type RaiseQuestionInput = {
  addressee: QuestionAddressee;
  municipalityCode: Scalars['String']['input'];
  /** At most 4,000 characters. */
  text: Scalars['String']['input'];
  /** At most 200 characters. */
  title: Scalars['String']['input'];
};

/** A municipality's distance to a target rank (25) in one year's ranking with equal weights. */
export type RankDistance = {
  __typename?: 'RankDistance';
  factors: Array<FactorDistance>;
  /** The municipality's score minus the target score; zero or below when within. */
  scoreGap: Scalars['Float']['output'];
  targetRank: Scalars['Int']['output'];
  /** The worst composite score still within the target rank that year. */
  targetScore: Scalars['Float']['output'];
  within: Scalars['Boolean']['output'];
};

/**
 * Lyfta's own computation of the Öppna jämförelser ranking: every municipality ranked on the six
 * factors (three result measures and their deviations from the model-calculated value), then on
 * the weighted mean of those ranks. Statistik från Skolverket; ranking computed by Lyfta.
 */
export type Ranking = {
  __typename?: 'Ranking';
  /** Who made these figures, in Swedish and English (source is the Swedish text). */
  attribution: LocalizedText;
  method: Scalars['String']['output'];
  municipalities: Array<MunicipalityRanking>;
  organiserType: OrganiserType;
  source: Scalars['String']['output'];
  total: Scalars['Int']['output'];
  /** Weights in factor order: allSubjects, its deviation, meritValue, its deviation, vocationalEligible, its deviation. */
  weights: Array<Scalars['Float']['output']>;
  year: Scalars['Int']['output'];
};

/** Weights of the six factors in the composite (default 1 each). */
export type RankingWeights = {
  allSubjects?: InputMaybe<Scalars['Float']['input']>;
  allSubjectsDeviation?: InputMaybe<Scalars['Float']['input']>;
  meritValue?: InputMaybe<Scalars['Float']['input']>;
  meritValueDeviation?: InputMaybe<Scalars['Float']['input']>;
  vocationalEligible?: InputMaybe<Scalars['Float']['input']>;
  vocationalEligibleDeviation?: InputMaybe<Scalars['Float']['input']>;
};

/** A comment or reply on one of a municipality's plans or items, with where it was written. */
export type RecentComment = {
  __typename?: 'RecentComment';
  comment: Comment;
  /** The plan that the commented plan or item belongs to. */
  planId: Scalars['ID']['output'];
  /** The plan's title, or the item's text. */
  targetTitle: Scalars['String']['output'];
};

export type RecordStatusUpdateInput = {
  /** The effect seen; required when the status is DONE. */
  effect?: InputMaybe<Scalars['String']['input']>;
  /** An http or https link to evidence. */
  evidenceUrl?: InputMaybe<Scalars['String']['input']>;
  /** The item's version the update was written against; a stale one gives CONFLICT with the current item. */
  expectedVersion: Scalars['Int']['input'];
  itemId: Scalars['ID']['input'];
  progress: Scalars['Int']['input'];
  status: ItemStatus;
  /** At most 2,000 characters. */
  text: Scalars['String']['input'];
};

export type ReportContentInput = {
  /** At most 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  reason: ReportReason;
  source: ReportedSource;
  sourceId: Scalars['ID']['input'];
};

export type { ReportReason };

export type ReportReasonCount = {
  __typename?: 'ReportReasonCount';
  count: Scalars['Int']['output'];
  reason: ReportReason;
};

export type { ReportState };

export type { ReportedSource };

/** A reported text in the moderators' queue; the reporters are not named. */
export type ReportedText = {
  __typename?: 'ReportedText';
  /** The reported comment, when the text is one. */
  comment?: Maybe<Comment>;
  /** The reported text. */
  content: ModeratedText;
  firstReportedAt: Scalars['DateTime']['output'];
  /** Whether the reports hid it, waiting for the moderator's decision. */
  hiddenByReports: Scalars['Boolean']['output'];
  /** The reporters' notes, where they wrote one. */
  notes: Array<Scalars['String']['output']>;
  reasons: Array<ReportReasonCount>;
  reportCount: Scalars['Int']['output'];
  source: ReportedSource;
  sourceId: Scalars['ID']['output'];
};

export type RequestCoachingInput = {
  municipalityCode: Scalars['String']['input'];
  /** What the coaching is for (at most 2,000 characters). */
  need: Scalars['String']['input'];
  roomAgreed?: InputMaybe<Scalars['String']['input']>;
  subject: CoachingSubject;
  /** A principal names the teacher(s) of the unit (at most 12); a teacher asks for themself (leave empty). */
  teacherIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** For a team: its name (at most 120 characters). */
  teamName?: InputMaybe<Scalars['String']['input']>;
  /** A principal's request carries the agreement on time and room (at most 500 characters each). */
  timeAgreed?: InputMaybe<Scalars['String']['input']>;
  /** The school unit: the teacher's own, or one where the viewer is principal. */
  unitId: Scalars['ID']['input'];
};

export type RescheduleChatInput = {
  /** After the start, at most eight hours later; for a live chat not in the past. */
  endsAt: Scalars['DateTime']['input'];
  /** The version the editor saw; CONFLICT with the current chat when it has changed since. */
  expectedVersion: Scalars['Int']['input'];
  /** A person of the municipality with a reading role. */
  hostPersonId: Scalars['ID']['input'];
  hostRole: ChatHostRole;
  id: Scalars['ID']['input'];
  /** In the future for a chat not yet started; unchanged for a live one. */
  startsAt: Scalars['DateTime']['input'];
  /** At most 200 characters. */
  title: Scalars['String']['input'];
};

export type { ResultMeasure };

/**
 * Lyfta's model-calculated values, in the manner of SKL's Öppna jämförelser: for each year and
 * measure, an ordinary least-squares regression across all municipalities (all organisers) on the
 * three background shares Skolverket publishes per municipality: pupils with a parent with
 * post-secondary education, with foreign background, boys. It is neither SKL's model (whose values
 * came from SCB) nor Skolverket's SALSA (a school-unit model on register data).
 */
export type ResultsModel = {
  __typename?: 'ResultsModel';
  /** Who made these figures, in Swedish and English (source is the Swedish text). */
  attribution: LocalizedText;
  fits: Array<MeasureModel>;
  method: Scalars['String']['output'];
  source: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type ReviewReportsInput = {
  decision: ModerationDecision;
  /** Needed to hide: the reason readers see (at most 500 characters). */
  reason?: InputMaybe<Scalars['String']['input']>;
  source: ReportedSource;
  sourceId: Scalars['ID']['input'];
};

export type { Role };

export type SaveDevelopmentAreasInput = {
  areas: Array<DevelopmentAreaInput>;
  expectedVersion: Scalars['Int']['input'];
  reportId: Scalars['ID']['input'];
};

export type SaveFollowUpsInput = {
  expectedVersion: Scalars['Int']['input'];
  followUps: Array<FollowUpInput>;
  reportId: Scalars['ID']['input'];
};

export type SaveParticipationInput = {
  expectedVersion: Scalars['Int']['input'];
  guardiansDate?: InputMaybe<Scalars['DateTime']['input']>;
  guardiansHow?: InputMaybe<Scalars['String']['input']>;
  guardiansOffered?: InputMaybe<Scalars['Boolean']['input']>;
  pupils?: InputMaybe<Scalars['Boolean']['input']>;
  pupilsHow?: InputMaybe<Scalars['String']['input']>;
  reportId: Scalars['ID']['input'];
  staff?: InputMaybe<Scalars['Boolean']['input']>;
  staffHow?: InputMaybe<Scalars['String']['input']>;
  teachers?: InputMaybe<Scalars['Boolean']['input']>;
  teachersHow?: InputMaybe<Scalars['String']['input']>;
};

export type SaveQualityMeasuresInput = {
  expectedVersion: Scalars['Int']['input'];
  measures: Array<QualityMeasureInput>;
  reportId: Scalars['ID']['input'];
};

export type SaveQualityTemplateInput = {
  /** The version seen; 0 when the municipality has none yet. */
  expectedVersion: Scalars['Int']['input'];
  guidance?: InputMaybe<QualityGuidanceInput>;
  headings: Array<QualityTextSection>;
  /** The municipality. */
  organisationId: Scalars['ID']['input'];
};

export type SaveQualityTextInput = {
  expectedVersion: Scalars['Int']['input'];
  reportId: Scalars['ID']['input'];
  section: QualityTextSection;
  text: Scalars['String']['input'];
};

export type ScheduleChatInput = {
  /** After the start, at most eight hours later. */
  endsAt: Scalars['DateTime']['input'];
  /** A person of the municipality with a reading role (politician, administration, principal, teacher). */
  hostPersonId: Scalars['ID']['input'];
  hostRole: ChatHostRole;
  municipalityCode: Scalars['String']['input'];
  startsAt: Scalars['DateTime']['input'];
  /** At most 200 characters. */
  title: Scalars['String']['input'];
};

export type { SchoolForm };

/** One school unit's year-9 results. */
export type SchoolUnitResult = {
  __typename?: 'SchoolUnitResult';
  allSubjects: StatFigure;
  meritValue: StatFigure;
  name: Scalars['String']['output'];
  organiserName?: Maybe<Scalars['String']['output']>;
  organiserType: OrganiserType;
  pupils?: Maybe<Scalars['Int']['output']>;
  schoolUnitCode: Scalars['String']['output'];
  /** Fewer than 15 pupils (or unknown): the figures are unreliable. */
  unreliable: Scalars['Boolean']['output'];
  vocationalEligible: StatFigure;
};

/** The school units' results within one municipality. */
export type SchoolUnitResults = {
  __typename?: 'SchoolUnitResults';
  /** Who made these figures, in Swedish and English (source is the Swedish text). */
  attribution: LocalizedText;
  municipalityCode: Scalars['String']['output'];
  source: Scalars['String']['output'];
  units: Array<SchoolUnitResult>;
  year?: Maybe<Scalars['Int']['output']>;
};

/** A span of school years, e.g. 2013/14 to 2014/15. */
export type SchoolYearPeriod = {
  __typename?: 'SchoolYearPeriod';
  from: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

export type SchoolYearPeriodInput = {
  /** e.g. 2013/14 */
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

export type SetCoachingRetentionInput = {
  /** A whole number of months from 1 to 120. */
  months: Scalars['Int']['input'];
  municipalityCode: Scalars['String']['input'];
};

export type SetCycleStepDoneInput = {
  done: Scalars['Boolean']['input'];
  stepId: Scalars['ID']['input'];
  /** The unit marked; left out: the viewer's own unit in the cycle (per-unit steps) or the organiser. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type SetDeficiencyMeasureDoneInput = {
  deficiencyId: Scalars['ID']['input'];
  done: Scalars['Boolean']['input'];
  measureId: Scalars['ID']['input'];
};

export type SetPanelThresholdInput = {
  k: Scalars['Int']['input'];
  municipalityCode: Scalars['String']['input'];
};

export type SetPasswordInput = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

/** A municipality near another one by the results model's three background shares. */
export type SimilarMunicipality = {
  __typename?: 'SimilarMunicipality';
  /**
   * Euclidean distance on the three shares (parents with post-secondary education, foreign
   * background, boys), each standardised across that year's municipalities; 0 is the same background.
   */
  distance: Scalars['Float']['output'];
  municipalityCode: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type { Stance };

/** A published figure: the value, or why it is missing. */
export type StatFigure = {
  __typename?: 'StatFigure';
  /** Skolverket's mark as published (.., ., ~100, *). */
  mark?: Maybe<Scalars['String']['output']>;
  missingReason?: Maybe<MissingReason>;
  value?: Maybe<Scalars['Float']['output']>;
};

/** A dated report on an item's status and progress. */
export type StatusUpdate = {
  __typename?: 'StatusUpdate';
  at: Scalars['DateTime']['output'];
  author?: Maybe<Person>;
  authorName: Scalars['String']['output'];
  effect?: Maybe<Scalars['String']['output']>;
  evidenceUrl?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  progress: Scalars['Int']['output'];
  status: ItemStatus;
  text: Scalars['String']['output'];
};

export type StatusUpdateConnection = {
  __typename?: 'StatusUpdateConnection';
  nodes: Array<StatusUpdate>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A step marked done: for a unit, or for the organiser (no unit). */
export type StepCompletion = {
  __typename?: 'StepCompletion';
  at: Scalars['DateTime']['output'];
  personName: Scalars['String']['output'];
  unit?: Maybe<Organisation>;
};

export type { StepOwnerRole };

/** Where a step stands for the viewer (their unit for a principal, the organiser for everyone else), by today's date in Sweden. */
export type StepStatus =
  | 'DONE'
  /** From the start date to the due date, the due date included. */
  | 'DUE'
  /** Before the start date. */
  | 'NOT_DUE'
  /** After the due date and not done. */
  | 'OVERDUE';

export type SubmitPollAnswerInput = {
  answers: Array<PollAnswerInput>;
  pollId: Scalars['ID']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * The chat's changes with a number above `after` (0 when absent): those stored first, then live
   * ones, each once and in order. A client keeps the last number it saw and subscribes again with it.
   */
  chatEvents: ChatEvent;
};


export type SubscriptionChatEventsArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
  chatId: Scalars['ID']['input'];
};

/** A success factor a home group agreed on. */
export type SuccessFactor = {
  __typename?: 'SuccessFactor';
  authorName: Scalars['String']['output'];
  canEdit: Scalars['Boolean']['output'];
  /** Whether the viewer may lift it as a good example (a leader of its municipality; not a withdrawn one). */
  canLiftAsExample: Scalars['Boolean']['output'];
  canSetTheme: Scalars['Boolean']['output'];
  /** When it was last reworded; null if never. */
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The example made of it: published ones for every reader, others for its writer and the administration. */
  goodExample?: Maybe<GoodExample>;
  group: MeetingGroup;
  /** Every earlier wording, oldest first. */
  history: Array<FactorRevision>;
  id: Scalars['ID']['output'];
  text: Scalars['String']['output'];
  /** The organiser's theme for the synthesis; null when none is given. */
  theme?: Maybe<Scalars['String']['output']>;
  /** Changes with every edit of the text; setting the theme leaves it. */
  version: Scalars['Int']['output'];
  /** Withdrawn by the group: kept, marked, no longer counted among its five. */
  withdrawn: Scalars['Boolean']['output'];
};

export type SuccessFactorThemeInput = {
  id: Scalars['ID']['input'];
  /** At most 100 characters; empty clears the theme. */
  theme: Scalars['String']['input'];
};

/** A measurable target (målvärde) on an indicator. */
export type Target = {
  __typename?: 'Target';
  id: Scalars['ID']['output'];
  indicator: Indicator;
  kind: TargetKind;
  progress: TargetProgress;
  /** The organisation whose measurements count. */
  scope: Organisation;
  targetRank?: Maybe<Scalars['Int']['output']>;
  targetValue?: Maybe<Scalars['Float']['output']>;
  targetYear: Scalars['Int']['output'];
};

export type TargetInput = {
  /** The indicator's key, e.g. oj.compositeRank. */
  indicatorKey: Scalars['String']['input'];
  kind: TargetKind;
  scopeOrganisationId: Scalars['ID']['input'];
  targetRank?: InputMaybe<Scalars['Int']['input']>;
  targetValue?: InputMaybe<Scalars['Float']['input']>;
  targetYear: Scalars['Int']['input'];
};

export type { TargetKind };

/** How a target is going, computed from the latest measurements. */
export type TargetProgress = {
  __typename?: 'TargetProgress';
  /** Change per year over the trend, signed as measured (for ranks, negative is better). */
  changePerYear?: Maybe<Scalars['Float']['output']>;
  latestValue?: Maybe<Scalars['Float']['output']>;
  latestYear?: Maybe<Scalars['Int']['output']>;
  reason: LocalizedText;
  status: ProgressStatus;
  trend: Array<TrendPoint>;
};

/** A municipality's teacher panel as the viewer sees it. */
export type TeacherPanel = {
  __typename?: 'TeacherPanel';
  canJoin: Scalars['Boolean']['output'];
  canManage: Scalars['Boolean']['output'];
  /** The viewer's membership, or null when they have never joined. */
  membership?: Maybe<PanelMembership>;
  municipality: Organisation;
  /** The polls the viewer may read: drafts for the administration, open and closed ones for every reading role; newest closing day first. */
  polls: Array<Poll>;
  /** How many teachers are members now. */
  size: Scalars['Int']['output'];
  /** The threshold k: results are shown only for groups of at least this many answers. */
  threshold: Scalars['Int']['output'];
};

/** A unit's development area under a theme, with its measures. */
export type ThemedArea = {
  __typename?: 'ThemedArea';
  area: DevelopmentArea;
  measures: Array<QualityMeasure>;
  organisation: Organisation;
  reportId: Scalars['ID']['output'];
};

/** One year's value in a trend; null when missing. */
export type TrendPoint = {
  __typename?: 'TrendPoint';
  value?: Maybe<Scalars['Float']['output']>;
  year: Scalars['Int']['output'];
};

/** A principal's school unit and its teachers. */
export type UnitTeachers = {
  __typename?: 'UnitTeachers';
  teachers: Array<CoachingTeacher>;
  unit: Organisation;
};

export type UpdateActionItemInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  dueDate?: InputMaybe<Scalars['DateTime']['input']>;
  expectedVersion: Scalars['Int']['input'];
  goalIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  id: Scalars['ID']['input'];
  position?: InputMaybe<Scalars['Int']['input']>;
  responsibleId?: InputMaybe<Scalars['ID']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateActionPlanInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  ownerTitle?: InputMaybe<Scalars['String']['input']>;
  period?: InputMaybe<SchoolYearPeriodInput>;
  purpose?: InputMaybe<Scalars['String']['input']>;
  responsibleId?: InputMaybe<Scalars['ID']['input']>;
  responsibleTitle?: InputMaybe<Scalars['String']['input']>;
  schoolIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  startingPoints?: InputMaybe<Array<Scalars['String']['input']>>;
  status?: InputMaybe<PlanStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateAnnualCycleInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  unitIds: Array<Scalars['ID']['input']>;
};

export type UpdateAreaInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  position?: InputMaybe<Scalars['Int']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateCoachingEntryInput = {
  date?: InputMaybe<Scalars['String']['input']>;
  done?: InputMaybe<Scalars['Boolean']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

/** Left out: unchanged; null: cleared (the optional fields). */
export type UpdateComplaintInput = {
  answer?: InputMaybe<Scalars['String']['input']>;
  answeredAt?: InputMaybe<Scalars['DateTime']['input']>;
  channel?: InputMaybe<ComplaintChannel>;
  complainantContact?: InputMaybe<Scalars['String']['input']>;
  complainantName?: InputMaybe<Scalars['String']['input']>;
  confirmedAt?: InputMaybe<Scalars['DateTime']['input']>;
  expectedVersion: Scalars['Int']['input'];
  findings?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  investigatedAt?: InputMaybe<Scalars['DateTime']['input']>;
  investigator?: InputMaybe<Scalars['String']['input']>;
  receivedAt?: InputMaybe<Scalars['DateTime']['input']>;
  subject?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateCycleStepInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  step: CycleStepInput;
};

/** Left out: unchanged; null: cleared (the optional fields). */
export type UpdateDeficiencyInput = {
  area?: InputMaybe<DeficiencyArea>;
  areaOther?: InputMaybe<Scalars['String']['input']>;
  decisionDate?: InputMaybe<Scalars['DateTime']['input']>;
  decisionReference?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  intervention?: InputMaybe<InterventionKind>;
  reportDeadline?: InputMaybe<Scalars['DateTime']['input']>;
  requirement?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<DeficiencySource>;
  title?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateGoalInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  /** Left out: unchanged; null: no period. */
  period?: InputMaybe<GoalPeriodInput>;
  status?: InputMaybe<PlanStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A rename and/or (de)activation of an administration or school unit, made on the version read. */
export type UpdateOrganisationInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdatePollInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  poll: PollContentInput;
};

export type UpdateTargetInput = {
  /** The goal's version the editor saw. */
  expectedVersion: Scalars['Int']['input'];
  goalId: Scalars['ID']['input'];
  target: TargetInput;
  targetId: Scalars['ID']['input'];
};

/** Acts on one plan, area or item against the version the user saw. */
export type VersionedInput = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  ModeratedText:
    | ( CommentDoc )
    | ( TeacherQuestionDoc )
  ;
  QualitySection:
    | ( DevelopmentAreasDoc )
    | ( FollowUpsDoc )
    | ( ParticipationDoc )
    | ( QualityReportDoc )
    | ( TextView )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActionItem: ResolverTypeWrapper<ActionItemDoc>;
  ActionItemConnection: ResolverTypeWrapper<Omit<ActionItemConnection, 'nodes'> & { nodes: Array<ResolversTypes['ActionItem']> }>;
  ActionPlan: ResolverTypeWrapper<ActionPlanDoc>;
  ActionPlanConnection: ResolverTypeWrapper<Omit<ActionPlanConnection, 'nodes'> & { nodes: Array<ResolversTypes['ActionPlan']> }>;
  AddCoachingEntryInput: AddCoachingEntryInput;
  AddCommentInput: AddCommentInput;
  AddCycleStepInput: AddCycleStepInput;
  AddDeficiencyEvidenceInput: AddDeficiencyEvidenceInput;
  AddDeficiencyMeasureInput: AddDeficiencyMeasureInput;
  AddMeetingGroupInput: AddMeetingGroupInput;
  AddSuccessFactorInput: AddSuccessFactorInput;
  AddTargetInput: AddTargetInput;
  AnnualCycle: ResolverTypeWrapper<AnnualCycleDoc>;
  AnswerChatQuestionInput: AnswerChatQuestionInput;
  AnswerExampleInput: AnswerExampleInput;
  AnswerQuestionInput: AnswerQuestionInput;
  ApproveQualityReportInput: ApproveQualityReportInput;
  ArchiveAreaInput: ArchiveAreaInput;
  Area: ResolverTypeWrapper<AreaDoc>;
  Arrow: Arrow;
  AskInChatInput: AskInChatInput;
  AuditEvent: ResolverTypeWrapper<AuditEventDoc>;
  AuditEventConnection: ResolverTypeWrapper<Omit<AuditEventConnection, 'nodes'> & { nodes: Array<ResolversTypes['AuditEvent']> }>;
  Band: Band;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CancelChatInput: CancelChatInput;
  CancelMeetingInput: CancelMeetingInput;
  CarriedOut: CarriedOut;
  Cause: ResolverTypeWrapper<CauseDoc>;
  CauseInput: CauseInput;
  ChangeDeficiencyStateInput: ChangeDeficiencyStateInput;
  Chat: ResolverTypeWrapper<ChatDoc>;
  ChatBoard: ResolverTypeWrapper<ChatBoardView>;
  ChatCommitment: ResolverTypeWrapper<CommitmentCount>;
  ChatCommitmentPart: ResolverTypeWrapper<ChatCommitmentPart>;
  ChatEvent: ResolverTypeWrapper<FeedEvent>;
  ChatEventKind: ChatEventKind;
  ChatHostCandidate: ResolverTypeWrapper<ChatHostCandidate>;
  ChatHostRole: ChatHostRole;
  ChatQuestion: ResolverTypeWrapper<ChatQuestionDoc>;
  ChatState: ChatState;
  CloseEngagementInput: CloseEngagementInput;
  Coach: ResolverTypeWrapper<CoachView>;
  CoachProfileInput: CoachProfileInput;
  CoachingAgreement: ResolverTypeWrapper<CoachingAgreementDoc>;
  CoachingAgreementInput: CoachingAgreementInput;
  CoachingBoard: ResolverTypeWrapper<CoachingBoardView>;
  CoachingCaseload: ResolverTypeWrapper<CoachingCaseload>;
  CoachingContent: ResolverTypeWrapper<ContentView>;
  CoachingDuration: CoachingDuration;
  CoachingEngagement: ResolverTypeWrapper<EngagementView>;
  CoachingEntry: ResolverTypeWrapper<EntryView>;
  CoachingEntryKind: CoachingEntryKind;
  CoachingExport: ResolverTypeWrapper<CoachingExport>;
  CoachingFigure: ResolverTypeWrapper<CoachingFigureView>;
  CoachingFigureState: CoachingFigureState;
  CoachingGoalInput: CoachingGoalInput;
  CoachingRecord: ResolverTypeWrapper<CoachingRecordView>;
  CoachingRequest: ResolverTypeWrapper<CoachingRequestDoc>;
  CoachingRequestState: CoachingRequestState;
  CoachingSettings: ResolverTypeWrapper<CoachingSettingsView>;
  CoachingStatistics: ResolverTypeWrapper<ShownStatistics>;
  CoachingStatisticsRow: ResolverTypeWrapper<ShownStatisticsRow>;
  CoachingStatisticsTable: ResolverTypeWrapper<ShownStatisticsTable>;
  CoachingSubject: CoachingSubject;
  CoachingTeacher: ResolverTypeWrapper<CoachingTeacher>;
  Comment: ResolverTypeWrapper<CommentDoc>;
  CommentConnection: ResolverTypeWrapper<Omit<CommentConnection, 'nodes'> & { nodes: Array<ResolversTypes['Comment']> }>;
  CommentRevision: ResolverTypeWrapper<CommentRevision>;
  CommentTargetType: CommentTargetType;
  Complaint: ResolverTypeWrapper<ComplaintDoc>;
  ComplaintChannel: ComplaintChannel;
  ComplaintConnection: ResolverTypeWrapper<Omit<ComplaintConnection, 'nodes'> & { nodes: Array<ResolversTypes['Complaint']> }>;
  ComplaintState: ComplaintState;
  ComplaintStateCount: ResolverTypeWrapper<ComplaintStateCount>;
  ConsentState: ConsentState;
  ContentReport: ResolverTypeWrapper<ContentReportDoc>;
  ContributorRight: ContributorRight;
  CreateActionItemInput: CreateActionItemInput;
  CreateActionPlanInput: CreateActionPlanInput;
  CreateAnnualCycleInput: CreateAnnualCycleInput;
  CreateAreaInput: CreateAreaInput;
  CreateComplaintInput: CreateComplaintInput;
  CreateDeficiencyInput: CreateDeficiencyInput;
  CreateGoalInput: CreateGoalInput;
  CreateMeetingInput: CreateMeetingInput;
  CreateOrganisationInput: CreateOrganisationInput;
  CreatePersonInput: CreatePersonInput;
  CreatePollInput: CreatePollInput;
  CreateQualityReportInput: CreateQualityReportInput;
  CyclePhase: CyclePhase;
  CycleStep: ResolverTypeWrapper<CycleStepDoc>;
  CycleStepInput: CycleStepInput;
  DatabaseKind: DatabaseKind;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecideCoachingRequestInput: DecideCoachingRequestInput;
  Deficiency: ResolverTypeWrapper<DeficiencyDoc>;
  DeficiencyArea: DeficiencyArea;
  DeficiencyConnection: ResolverTypeWrapper<Omit<DeficiencyConnection, 'nodes'> & { nodes: Array<ResolversTypes['Deficiency']> }>;
  DeficiencyEvidence: ResolverTypeWrapper<EvidenceDoc>;
  DeficiencyFromComplaintInput: DeficiencyFromComplaintInput;
  DeficiencyMeasure: ResolverTypeWrapper<MeasureDoc>;
  DeficiencySource: DeficiencySource;
  DeficiencyState: DeficiencyState;
  DeficiencyStateChange: ResolverTypeWrapper<StateChangeDoc>;
  DemoAccount: ResolverTypeWrapper<DemoAccount>;
  DevelopmentArea: ResolverTypeWrapper<DevelopmentAreaDoc>;
  DevelopmentAreaInput: DevelopmentAreaInput;
  DevelopmentAreas: ResolverTypeWrapper<DevelopmentAreasDoc>;
  Direction: Direction;
  EditCommentInput: EditCommentInput;
  EditMeetingInput: EditMeetingInput;
  EditQuestionInput: EditQuestionInput;
  EditSuccessFactorInput: EditSuccessFactorInput;
  EffectAnswer: EffectAnswer;
  EmailFrequency: EmailFrequency;
  EngagementState: EngagementState;
  EvidenceKind: EvidenceKind;
  ExampleSource: ExampleSource;
  FactorDistance: ResolverTypeWrapper<FactorDistance>;
  FactorMedian: ResolverTypeWrapper<FactorMedian>;
  FactorResult: ResolverTypeWrapper<FactorResult>;
  FactorRevision: ResolverTypeWrapper<FactorRevision>;
  FactorTheme: ResolverTypeWrapper<FactorThemeView>;
  FieldError: ResolverTypeWrapper<FieldError>;
  FigureState: FigureState;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FocusGroupTerm: ResolverTypeWrapper<FocusGroupTermView>;
  FollowUp: ResolverTypeWrapper<FollowUpDoc>;
  FollowUpInput: FollowUpInput;
  FollowUps: ResolverTypeWrapper<FollowUpsDoc>;
  ForwardCoachingRequestInput: ForwardCoachingRequestInput;
  Goal: ResolverTypeWrapper<GoalDoc>;
  GoalConnection: ResolverTypeWrapper<Omit<GoalConnection, 'nodes'> & { nodes: Array<ResolversTypes['Goal']> }>;
  GoalItemLinkInput: GoalItemLinkInput;
  GoalPeriod: ResolverTypeWrapper<GoalPeriod>;
  GoalPeriodInput: GoalPeriodInput;
  GoodExample: ResolverTypeWrapper<GoodExampleDoc>;
  GroupMedians: ResolverTypeWrapper<GroupMedians>;
  Health: ResolverTypeWrapper<Health>;
  HideCommentInput: HideCommentInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Indicator: ResolverTypeWrapper<IndicatorDoc>;
  IndicatorSeries: ResolverTypeWrapper<Omit<IndicatorSeries, 'indicator' | 'series'> & { indicator: ResolversTypes['Indicator'], series: Array<ResolversTypes['OrganisationSeries']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InterventionKind: InterventionKind;
  InvitePersonInput: InvitePersonInput;
  ItemFromMeasureInput: ItemFromMeasureInput;
  ItemFromMeasurePayload: ResolverTypeWrapper<ItemFromMeasureView>;
  ItemStatus: ItemStatus;
  JoinPanelInput: JoinPanelInput;
  LastUpdate: ResolverTypeWrapper<LastUpdateDoc>;
  LiftExampleInput: LiftExampleInput;
  LocalizedText: ResolverTypeWrapper<LocalizedText>;
  LoginResult: ResolverTypeWrapper<LoginOutcome>;
  MailLanguage: MailLanguage;
  MarkNotificationsSeenInput: MarkNotificationsSeenInput;
  MeasureModel: ResolverTypeWrapper<MeasureModel>;
  Measurement: ResolverTypeWrapper<MeasurementDoc>;
  Meeting: ResolverTypeWrapper<MeetingDoc>;
  MeetingBoard: ResolverTypeWrapper<MeetingBoardView>;
  MeetingGroup: ResolverTypeWrapper<MeetingGroupDoc>;
  MeetingGroupKind: MeetingGroupKind;
  MeetingKind: MeetingKind;
  MeetingSignup: ResolverTypeWrapper<MeetingSignupDoc>;
  MeetingSynthesis: ResolverTypeWrapper<MeetingSynthesisView>;
  Membership: ResolverTypeWrapper<MembershipDoc>;
  MembershipInput: MembershipInput;
  MissingReason: MissingReason;
  ModelCoefficient: ResolverTypeWrapper<ModelCoefficient>;
  ModeratedText: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['ModeratedText']>;
  ModerationDecision: ModerationDecision;
  ModerationSettings: ResolverTypeWrapper<ModerationSettingsView>;
  ModerationSettingsInput: ModerationSettingsInput;
  MoveActionItemInput: MoveActionItemInput;
  MoveAreaInput: MoveAreaInput;
  MunicipalityName: ResolverTypeWrapper<MunicipalityName>;
  MunicipalityRanking: ResolverTypeWrapper<MunicipalityRanking>;
  MunicipalityResults: ResolverTypeWrapper<MunicipalityResults>;
  MunicipalityYearResult: ResolverTypeWrapper<MunicipalityYearResult>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Notification: ResolverTypeWrapper<VisibleNotice>;
  NotificationInbox: ResolverTypeWrapper<Inbox>;
  NotificationKind: NotificationKind;
  NotificationPreferences: ResolverTypeWrapper<Preferences>;
  NotificationPreferencesInput: NotificationPreferencesInput;
  Organisation: ResolverTypeWrapper<OrganisationDoc>;
  OrganisationConnection: ResolverTypeWrapper<Omit<OrganisationConnection, 'nodes'> & { nodes: Array<ResolversTypes['Organisation']> }>;
  OrganisationKind: OrganisationKind;
  OrganisationSeries: ResolverTypeWrapper<Omit<OrganisationSeries, 'measurements'> & { measurements: Array<ResolversTypes['Measurement']> }>;
  OrganiserType: OrganiserType;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PanelDimension: PanelDimension;
  PanelMembership: ResolverTypeWrapper<PanelMemberDoc>;
  Participation: ResolverTypeWrapper<ParticipationDoc>;
  PasswordLink: ResolverTypeWrapper<Omit<PasswordLink, 'person'> & { person: ResolversTypes['Person'] }>;
  PeerComparison: ResolverTypeWrapper<PeerComparison>;
  PeerRow: ResolverTypeWrapper<PeerRow>;
  Person: ResolverTypeWrapper<PersonDoc>;
  PersonActiveInput: PersonActiveInput;
  PersonConnection: ResolverTypeWrapper<Omit<PersonConnection, 'nodes'> & { nodes: Array<ResolversTypes['Person']> }>;
  PlanStatus: PlanStatus;
  Poll: ResolverTypeWrapper<PollDoc>;
  PollAnswerInput: PollAnswerInput;
  PollAudience: ResolverTypeWrapper<AudienceDoc>;
  PollAudienceInput: PollAudienceInput;
  PollBreakdown: ResolverTypeWrapper<Omit<PollBreakdown, 'rows'> & { rows: Array<ResolversTypes['PollResultRow']> }>;
  PollContentInput: PollContentInput;
  PollFigure: ResolverTypeWrapper<Cell>;
  PollQuestion: ResolverTypeWrapper<QuestionDoc>;
  PollQuestionInput: PollQuestionInput;
  PollQuestionKind: PollQuestionKind;
  PollQuestionResult: ResolverTypeWrapper<QuestionResultView>;
  PollResponses: ResolverTypeWrapper<PollResponses>;
  PollResultRow: ResolverTypeWrapper<ShownRow>;
  PollResults: ResolverTypeWrapper<ShownResults>;
  PollState: PollState;
  ProgressStatus: ProgressStatus;
  QualityComment: ResolverTypeWrapper<ReviewCommentDoc>;
  QualityCommentInput: QualityCommentInput;
  QualityContributor: ResolverTypeWrapper<ContributorDoc>;
  QualityFigure: ResolverTypeWrapper<QualityFigure>;
  QualityGuidance: ResolverTypeWrapper<QualityGuidance>;
  QualityGuidanceInput: QualityGuidanceInput;
  QualityInviteInput: QualityInviteInput;
  QualityMeasure: ResolverTypeWrapper<MeasureView>;
  QualityMeasureInput: QualityMeasureInput;
  QualityMeasureLink: ResolverTypeWrapper<MeasureView>;
  QualityMeasures: ResolverTypeWrapper<QualityReportDoc>;
  QualityReport: ResolverTypeWrapper<QualityReportDoc>;
  QualityReportKind: QualityReportKind;
  QualityReportStatus: QualityReportStatus;
  QualityResult: ResolverTypeWrapper<ResultView>;
  QualitySection: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['QualitySection']>;
  QualityStatusChange: ResolverTypeWrapper<QualityStatusChange>;
  QualityTemplate: ResolverTypeWrapper<TemplateView>;
  QualityText: ResolverTypeWrapper<TextView>;
  QualityTextSection: QualityTextSection;
  QualityTheme: QualityTheme;
  QualityThemeGroup: ResolverTypeWrapper<Omit<QualityThemeGroup, 'areas'> & { areas: Array<ResolversTypes['ThemedArea']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Question: ResolverTypeWrapper<TeacherQuestionDoc>;
  QuestionAddressee: QuestionAddressee;
  QuestionAnswer: ResolverTypeWrapper<QuestionAnswerDoc>;
  QuestionBoard: ResolverTypeWrapper<QuestionBoardView>;
  QuestionState: QuestionState;
  RaiseQuestionInput: RaiseQuestionInput;
  RankDistance: ResolverTypeWrapper<RankDistance>;
  Ranking: ResolverTypeWrapper<Ranking>;
  RankingWeights: RankingWeights;
  RecentComment: ResolverTypeWrapper<Omit<RecentComment, 'comment'> & { comment: ResolversTypes['Comment'] }>;
  RecordStatusUpdateInput: RecordStatusUpdateInput;
  ReportContentInput: ReportContentInput;
  ReportReason: ReportReason;
  ReportReasonCount: ResolverTypeWrapper<ReportReasonCount>;
  ReportState: ReportState;
  ReportedSource: ReportedSource;
  ReportedText: ResolverTypeWrapper<ReportedTextView>;
  RequestCoachingInput: RequestCoachingInput;
  RescheduleChatInput: RescheduleChatInput;
  ResultMeasure: ResultMeasure;
  ResultsModel: ResolverTypeWrapper<ResultsModel>;
  ReviewReportsInput: ReviewReportsInput;
  Role: Role;
  SaveDevelopmentAreasInput: SaveDevelopmentAreasInput;
  SaveFollowUpsInput: SaveFollowUpsInput;
  SaveParticipationInput: SaveParticipationInput;
  SaveQualityMeasuresInput: SaveQualityMeasuresInput;
  SaveQualityTemplateInput: SaveQualityTemplateInput;
  SaveQualityTextInput: SaveQualityTextInput;
  ScheduleChatInput: ScheduleChatInput;
  SchoolForm: SchoolForm;
  SchoolUnitResult: ResolverTypeWrapper<SchoolUnitResult>;
  SchoolUnitResults: ResolverTypeWrapper<SchoolUnitResults>;
  SchoolYearPeriod: ResolverTypeWrapper<SchoolYearPeriod>;
  SchoolYearPeriodInput: SchoolYearPeriodInput;
  SetCoachingRetentionInput: SetCoachingRetentionInput;
  SetCycleStepDoneInput: SetCycleStepDoneInput;
  SetDeficiencyMeasureDoneInput: SetDeficiencyMeasureDoneInput;
  SetPanelThresholdInput: SetPanelThresholdInput;
  SetPasswordInput: SetPasswordInput;
  SimilarMunicipality: ResolverTypeWrapper<SimilarMunicipality>;
  Stance: Stance;
  StatFigure: ResolverTypeWrapper<StatFigure>;
  StatusUpdate: ResolverTypeWrapper<StatusUpdateDoc>;
  StatusUpdateConnection: ResolverTypeWrapper<Omit<StatusUpdateConnection, 'nodes'> & { nodes: Array<ResolversTypes['StatusUpdate']> }>;
  StepCompletion: ResolverTypeWrapper<StepCompletionDoc>;
  StepOwnerRole: StepOwnerRole;
  StepStatus: StepStatus;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubmitPollAnswerInput: SubmitPollAnswerInput;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SuccessFactor: ResolverTypeWrapper<SuccessFactorDoc>;
  SuccessFactorThemeInput: SuccessFactorThemeInput;
  Target: ResolverTypeWrapper<TargetDoc>;
  TargetInput: TargetInput;
  TargetKind: TargetKind;
  TargetProgress: ResolverTypeWrapper<TargetProgress>;
  TeacherPanel: ResolverTypeWrapper<PanelView>;
  ThemedArea: ResolverTypeWrapper<ThemedAreaView>;
  TrendPoint: ResolverTypeWrapper<TrendPoint>;
  UnitTeachers: ResolverTypeWrapper<UnitTeachersView>;
  UpdateActionItemInput: UpdateActionItemInput;
  UpdateActionPlanInput: UpdateActionPlanInput;
  UpdateAnnualCycleInput: UpdateAnnualCycleInput;
  UpdateAreaInput: UpdateAreaInput;
  UpdateCoachingEntryInput: UpdateCoachingEntryInput;
  UpdateComplaintInput: UpdateComplaintInput;
  UpdateCycleStepInput: UpdateCycleStepInput;
  UpdateDeficiencyInput: UpdateDeficiencyInput;
  UpdateGoalInput: UpdateGoalInput;
  UpdateOrganisationInput: UpdateOrganisationInput;
  UpdatePollInput: UpdatePollInput;
  UpdateTargetInput: UpdateTargetInput;
  VersionedInput: VersionedInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActionItem: ActionItemDoc;
  ActionItemConnection: Omit<ActionItemConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['ActionItem']> };
  ActionPlan: ActionPlanDoc;
  ActionPlanConnection: Omit<ActionPlanConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['ActionPlan']> };
  AddCoachingEntryInput: AddCoachingEntryInput;
  AddCommentInput: AddCommentInput;
  AddCycleStepInput: AddCycleStepInput;
  AddDeficiencyEvidenceInput: AddDeficiencyEvidenceInput;
  AddDeficiencyMeasureInput: AddDeficiencyMeasureInput;
  AddMeetingGroupInput: AddMeetingGroupInput;
  AddSuccessFactorInput: AddSuccessFactorInput;
  AddTargetInput: AddTargetInput;
  AnnualCycle: AnnualCycleDoc;
  AnswerChatQuestionInput: AnswerChatQuestionInput;
  AnswerExampleInput: AnswerExampleInput;
  AnswerQuestionInput: AnswerQuestionInput;
  ApproveQualityReportInput: ApproveQualityReportInput;
  ArchiveAreaInput: ArchiveAreaInput;
  Area: AreaDoc;
  AskInChatInput: AskInChatInput;
  AuditEvent: AuditEventDoc;
  AuditEventConnection: Omit<AuditEventConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['AuditEvent']> };
  Boolean: Scalars['Boolean']['output'];
  CancelChatInput: CancelChatInput;
  CancelMeetingInput: CancelMeetingInput;
  Cause: CauseDoc;
  CauseInput: CauseInput;
  ChangeDeficiencyStateInput: ChangeDeficiencyStateInput;
  Chat: ChatDoc;
  ChatBoard: ChatBoardView;
  ChatCommitment: CommitmentCount;
  ChatCommitmentPart: ChatCommitmentPart;
  ChatEvent: FeedEvent;
  ChatHostCandidate: ChatHostCandidate;
  ChatQuestion: ChatQuestionDoc;
  CloseEngagementInput: CloseEngagementInput;
  Coach: CoachView;
  CoachProfileInput: CoachProfileInput;
  CoachingAgreement: CoachingAgreementDoc;
  CoachingAgreementInput: CoachingAgreementInput;
  CoachingBoard: CoachingBoardView;
  CoachingCaseload: CoachingCaseload;
  CoachingContent: ContentView;
  CoachingEngagement: EngagementView;
  CoachingEntry: EntryView;
  CoachingExport: CoachingExport;
  CoachingFigure: CoachingFigureView;
  CoachingGoalInput: CoachingGoalInput;
  CoachingRecord: CoachingRecordView;
  CoachingRequest: CoachingRequestDoc;
  CoachingSettings: CoachingSettingsView;
  CoachingStatistics: ShownStatistics;
  CoachingStatisticsRow: ShownStatisticsRow;
  CoachingStatisticsTable: ShownStatisticsTable;
  CoachingTeacher: CoachingTeacher;
  Comment: CommentDoc;
  CommentConnection: Omit<CommentConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Comment']> };
  CommentRevision: CommentRevision;
  Complaint: ComplaintDoc;
  ComplaintConnection: Omit<ComplaintConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Complaint']> };
  ComplaintStateCount: ComplaintStateCount;
  ContentReport: ContentReportDoc;
  CreateActionItemInput: CreateActionItemInput;
  CreateActionPlanInput: CreateActionPlanInput;
  CreateAnnualCycleInput: CreateAnnualCycleInput;
  CreateAreaInput: CreateAreaInput;
  CreateComplaintInput: CreateComplaintInput;
  CreateDeficiencyInput: CreateDeficiencyInput;
  CreateGoalInput: CreateGoalInput;
  CreateMeetingInput: CreateMeetingInput;
  CreateOrganisationInput: CreateOrganisationInput;
  CreatePersonInput: CreatePersonInput;
  CreatePollInput: CreatePollInput;
  CreateQualityReportInput: CreateQualityReportInput;
  CycleStep: CycleStepDoc;
  CycleStepInput: CycleStepInput;
  DateTime: Scalars['DateTime']['output'];
  DecideCoachingRequestInput: DecideCoachingRequestInput;
  Deficiency: DeficiencyDoc;
  DeficiencyConnection: Omit<DeficiencyConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Deficiency']> };
  DeficiencyEvidence: EvidenceDoc;
  DeficiencyFromComplaintInput: DeficiencyFromComplaintInput;
  DeficiencyMeasure: MeasureDoc;
  DeficiencyStateChange: StateChangeDoc;
  DemoAccount: DemoAccount;
  DevelopmentArea: DevelopmentAreaDoc;
  DevelopmentAreaInput: DevelopmentAreaInput;
  DevelopmentAreas: DevelopmentAreasDoc;
  EditCommentInput: EditCommentInput;
  EditMeetingInput: EditMeetingInput;
  EditQuestionInput: EditQuestionInput;
  EditSuccessFactorInput: EditSuccessFactorInput;
  FactorDistance: FactorDistance;
  FactorMedian: FactorMedian;
  FactorResult: FactorResult;
  FactorRevision: FactorRevision;
  FactorTheme: FactorThemeView;
  FieldError: FieldError;
  Float: Scalars['Float']['output'];
  FocusGroupTerm: FocusGroupTermView;
  FollowUp: FollowUpDoc;
  FollowUpInput: FollowUpInput;
  FollowUps: FollowUpsDoc;
  ForwardCoachingRequestInput: ForwardCoachingRequestInput;
  Goal: GoalDoc;
  GoalConnection: Omit<GoalConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Goal']> };
  GoalItemLinkInput: GoalItemLinkInput;
  GoalPeriod: GoalPeriod;
  GoalPeriodInput: GoalPeriodInput;
  GoodExample: GoodExampleDoc;
  GroupMedians: GroupMedians;
  Health: Health;
  HideCommentInput: HideCommentInput;
  ID: Scalars['ID']['output'];
  Indicator: IndicatorDoc;
  IndicatorSeries: Omit<IndicatorSeries, 'indicator' | 'series'> & { indicator: ResolversParentTypes['Indicator'], series: Array<ResolversParentTypes['OrganisationSeries']> };
  Int: Scalars['Int']['output'];
  InvitePersonInput: InvitePersonInput;
  ItemFromMeasureInput: ItemFromMeasureInput;
  ItemFromMeasurePayload: ItemFromMeasureView;
  JoinPanelInput: JoinPanelInput;
  LastUpdate: LastUpdateDoc;
  LiftExampleInput: LiftExampleInput;
  LocalizedText: LocalizedText;
  LoginResult: LoginOutcome;
  MarkNotificationsSeenInput: MarkNotificationsSeenInput;
  MeasureModel: MeasureModel;
  Measurement: MeasurementDoc;
  Meeting: MeetingDoc;
  MeetingBoard: MeetingBoardView;
  MeetingGroup: MeetingGroupDoc;
  MeetingSignup: MeetingSignupDoc;
  MeetingSynthesis: MeetingSynthesisView;
  Membership: MembershipDoc;
  MembershipInput: MembershipInput;
  ModelCoefficient: ModelCoefficient;
  ModeratedText: ResolversInterfaceTypes<ResolversParentTypes>['ModeratedText'];
  ModerationSettings: ModerationSettingsView;
  ModerationSettingsInput: ModerationSettingsInput;
  MoveActionItemInput: MoveActionItemInput;
  MoveAreaInput: MoveAreaInput;
  MunicipalityName: MunicipalityName;
  MunicipalityRanking: MunicipalityRanking;
  MunicipalityResults: MunicipalityResults;
  MunicipalityYearResult: MunicipalityYearResult;
  Mutation: Record<PropertyKey, never>;
  Notification: VisibleNotice;
  NotificationInbox: Inbox;
  NotificationPreferences: Preferences;
  NotificationPreferencesInput: NotificationPreferencesInput;
  Organisation: OrganisationDoc;
  OrganisationConnection: Omit<OrganisationConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Organisation']> };
  OrganisationSeries: Omit<OrganisationSeries, 'measurements'> & { measurements: Array<ResolversParentTypes['Measurement']> };
  PageInfo: PageInfo;
  PanelMembership: PanelMemberDoc;
  Participation: ParticipationDoc;
  PasswordLink: Omit<PasswordLink, 'person'> & { person: ResolversParentTypes['Person'] };
  PeerComparison: PeerComparison;
  PeerRow: PeerRow;
  Person: PersonDoc;
  PersonActiveInput: PersonActiveInput;
  PersonConnection: Omit<PersonConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Person']> };
  Poll: PollDoc;
  PollAnswerInput: PollAnswerInput;
  PollAudience: AudienceDoc;
  PollAudienceInput: PollAudienceInput;
  PollBreakdown: Omit<PollBreakdown, 'rows'> & { rows: Array<ResolversParentTypes['PollResultRow']> };
  PollContentInput: PollContentInput;
  PollFigure: Cell;
  PollQuestion: QuestionDoc;
  PollQuestionInput: PollQuestionInput;
  PollQuestionResult: QuestionResultView;
  PollResponses: PollResponses;
  PollResultRow: ShownRow;
  PollResults: ShownResults;
  QualityComment: ReviewCommentDoc;
  QualityCommentInput: QualityCommentInput;
  QualityContributor: ContributorDoc;
  QualityFigure: QualityFigure;
  QualityGuidance: QualityGuidance;
  QualityGuidanceInput: QualityGuidanceInput;
  QualityInviteInput: QualityInviteInput;
  QualityMeasure: MeasureView;
  QualityMeasureInput: QualityMeasureInput;
  QualityMeasureLink: MeasureView;
  QualityMeasures: QualityReportDoc;
  QualityReport: QualityReportDoc;
  QualityResult: ResultView;
  QualitySection: ResolversInterfaceTypes<ResolversParentTypes>['QualitySection'];
  QualityStatusChange: QualityStatusChange;
  QualityTemplate: TemplateView;
  QualityText: TextView;
  QualityThemeGroup: Omit<QualityThemeGroup, 'areas'> & { areas: Array<ResolversParentTypes['ThemedArea']> };
  Query: Record<PropertyKey, never>;
  Question: TeacherQuestionDoc;
  QuestionAnswer: QuestionAnswerDoc;
  QuestionBoard: QuestionBoardView;
  RaiseQuestionInput: RaiseQuestionInput;
  RankDistance: RankDistance;
  Ranking: Ranking;
  RankingWeights: RankingWeights;
  RecentComment: Omit<RecentComment, 'comment'> & { comment: ResolversParentTypes['Comment'] };
  RecordStatusUpdateInput: RecordStatusUpdateInput;
  ReportContentInput: ReportContentInput;
  ReportReasonCount: ReportReasonCount;
  ReportedText: ReportedTextView;
  RequestCoachingInput: RequestCoachingInput;
  RescheduleChatInput: RescheduleChatInput;
  ResultsModel: ResultsModel;
  ReviewReportsInput: ReviewReportsInput;
  SaveDevelopmentAreasInput: SaveDevelopmentAreasInput;
  SaveFollowUpsInput: SaveFollowUpsInput;
  SaveParticipationInput: SaveParticipationInput;
  SaveQualityMeasuresInput: SaveQualityMeasuresInput;
  SaveQualityTemplateInput: SaveQualityTemplateInput;
  SaveQualityTextInput: SaveQualityTextInput;
  ScheduleChatInput: ScheduleChatInput;
  SchoolUnitResult: SchoolUnitResult;
  SchoolUnitResults: SchoolUnitResults;
  SchoolYearPeriod: SchoolYearPeriod;
  SchoolYearPeriodInput: SchoolYearPeriodInput;
  SetCoachingRetentionInput: SetCoachingRetentionInput;
  SetCycleStepDoneInput: SetCycleStepDoneInput;
  SetDeficiencyMeasureDoneInput: SetDeficiencyMeasureDoneInput;
  SetPanelThresholdInput: SetPanelThresholdInput;
  SetPasswordInput: SetPasswordInput;
  SimilarMunicipality: SimilarMunicipality;
  StatFigure: StatFigure;
  StatusUpdate: StatusUpdateDoc;
  StatusUpdateConnection: Omit<StatusUpdateConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['StatusUpdate']> };
  StepCompletion: StepCompletionDoc;
  String: Scalars['String']['output'];
  SubmitPollAnswerInput: SubmitPollAnswerInput;
  Subscription: Record<PropertyKey, never>;
  SuccessFactor: SuccessFactorDoc;
  SuccessFactorThemeInput: SuccessFactorThemeInput;
  Target: TargetDoc;
  TargetInput: TargetInput;
  TargetProgress: TargetProgress;
  TeacherPanel: PanelView;
  ThemedArea: ThemedAreaView;
  TrendPoint: TrendPoint;
  UnitTeachers: UnitTeachersView;
  UpdateActionItemInput: UpdateActionItemInput;
  UpdateActionPlanInput: UpdateActionPlanInput;
  UpdateAnnualCycleInput: UpdateAnnualCycleInput;
  UpdateAreaInput: UpdateAreaInput;
  UpdateCoachingEntryInput: UpdateCoachingEntryInput;
  UpdateComplaintInput: UpdateComplaintInput;
  UpdateCycleStepInput: UpdateCycleStepInput;
  UpdateDeficiencyInput: UpdateDeficiencyInput;
  UpdateGoalInput: UpdateGoalInput;
  UpdateOrganisationInput: UpdateOrganisationInput;
  UpdatePollInput: UpdatePollInput;
  UpdateTargetInput: UpdateTargetInput;
  VersionedInput: VersionedInput;
};

export type ListSizeDirectiveArgs = {
  max: Scalars['Int']['input'];
};

export type ListSizeDirectiveResolver<Result, Parent, ContextType = GraphQLContext, Args = ListSizeDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActionItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActionItem'] = ResolversParentTypes['ActionItem']> = {
  area?: Resolver<ResolversTypes['Area'], ParentType, ContextType>;
  canUpdate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  comments?: Resolver<ResolversTypes['CommentConnection'], ParentType, ContextType, Partial<ActionItemCommentsArgs>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  effect?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUpdate?: Resolver<Maybe<ResolversTypes['LastUpdate']>, ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['ActionPlan'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  qualityMeasures?: Resolver<Array<ResolversTypes['QualityMeasureLink']>, ParentType, ContextType>;
  responsible?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ItemStatus'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updates?: Resolver<ResolversTypes['StatusUpdateConnection'], ParentType, ContextType, Partial<ActionItemUpdatesArgs>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActionItemConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActionItemConnection'] = ResolversParentTypes['ActionItemConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['ActionItem']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActionPlanResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActionPlan'] = ResolversParentTypes['ActionPlan']> = {
  areas?: Resolver<Array<ResolversTypes['Area']>, ParentType, ContextType>;
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  comments?: Resolver<ResolversTypes['CommentConnection'], ParentType, ContextType, Partial<ActionPlanCommentsArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  goals?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  ownerTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['SchoolYearPeriod'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  responsible?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  responsibleTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  schools?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  startingPoints?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PlanStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActionPlanConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActionPlanConnection'] = ResolversParentTypes['ActionPlanConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['ActionPlan']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AnnualCycleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AnnualCycle'] = ResolversParentTypes['AnnualCycle']> = {
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  schoolForm?: Resolver<ResolversTypes['SchoolForm'], ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['CycleStep']>, ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AreaResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Area'] = ResolversParentTypes['Area']> = {
  archived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  comments?: Resolver<ResolversTypes['CommentConnection'], ParentType, ContextType, Partial<AreaCommentsArgs>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<ResolversTypes['ActionItemConnection'], ParentType, ContextType, Partial<AreaItemsArgs>>;
  plan?: Resolver<ResolversTypes['ActionPlan'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArrowResolvers = EnumResolverSignature<{ DOWN?: any, STEADY?: any, STRONG_DOWN?: any, STRONG_UP?: any, UP?: any }, ResolversTypes['Arrow']>;

export type AuditEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  actorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEventConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BandResolvers = EnumResolverSignature<{ BOTTOM_QUARTER?: any, MIDDLE_HALF?: any, TOP_QUARTER?: any }, ResolversTypes['Band']>;

export type CarriedOutResolvers = EnumResolverSignature<{ NO?: any, PARTLY?: any, YES?: any }, ResolversTypes['CarriedOut']>;

export type CauseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Cause'] = ResolversParentTypes['Cause']> = {
  evidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidenceKind?: Resolver<ResolversTypes['EvidenceKind'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChatResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Chat'] = ResolversParentTypes['Chat']> = {
  canAnswer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canAsk?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canChange?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canModerate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  cancelReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  hostName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hostPersonId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  hostRole?: Resolver<ResolversTypes['ChatHostRole'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  municipalityCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['ChatQuestion']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ChatState'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChatBoardResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChatBoard'] = ResolversParentTypes['ChatBoard']> = {
  canSchedule?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  chats?: Resolver<Array<ResolversTypes['Chat']>, ParentType, ContextType>;
  commitment?: Resolver<ResolversTypes['ChatCommitment'], ParentType, ContextType>;
  hostCandidates?: Resolver<Array<ResolversTypes['ChatHostCandidate']>, ParentType, ContextType>;
  municipalityCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChatCommitmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChatCommitment'] = ResolversParentTypes['ChatCommitment']> = {
  commissioner?: Resolver<ResolversTypes['ChatCommitmentPart'], ParentType, ContextType>;
  directors?: Resolver<ResolversTypes['ChatCommitmentPart'], ParentType, ContextType>;
  kept?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  term?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChatCommitmentPartResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChatCommitmentPart'] = ResolversParentTypes['ChatCommitmentPart']> = {
  cancelled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  held?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  planned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChatEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChatEvent'] = ResolversParentTypes['ChatEvent']> = {
  chat?: Resolver<ResolversTypes['Chat'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChatEventKind'], ParentType, ContextType>;
  question?: Resolver<Maybe<ResolversTypes['ChatQuestion']>, ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChatEventKindResolvers = EnumResolverSignature<{ ANSWERED?: any, ASKED?: any, CANCELLED?: any, PICKED?: any, RESCHEDULED?: any }, ResolversTypes['ChatEventKind']>;

export type ChatHostCandidateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChatHostCandidate'] = ResolversParentTypes['ChatHostCandidate']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChatHostRoleResolvers = EnumResolverSignature<{ COMPULSORY_DIRECTOR?: any, EDUCATION_DIRECTOR?: any, SCHOOL_COMMISSIONER?: any, UPPER_SECONDARY_DIRECTOR?: any }, ResolversTypes['ChatHostRole']>;

export type ChatQuestionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChatQuestion'] = ResolversParentTypes['ChatQuestion']> = {
  answer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  authorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  chatId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mine?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pickedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChatStateResolvers = EnumResolverSignature<{ CANCELLED?: any, ENDED?: any, LIVE?: any, SCHEDULED?: any }, ResolversTypes['ChatState']>;

export type CoachResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Coach'] = ResolversParentTypes['Coach']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['CoachingSubject']>, ParentType, ContextType>;
};

export type CoachingAgreementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoachingAgreement'] = ResolversParentTypes['CoachingAgreement']> = {
  agreedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sharesDates?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sharesStatus?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CoachingBoardResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoachingBoard'] = ResolversParentTypes['CoachingBoard']> = {
  canAskPrincipal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  coaches?: Resolver<Array<ResolversTypes['Coach']>, ParentType, ContextType>;
  engagements?: Resolver<Array<ResolversTypes['CoachingEngagement']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isCoachService?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  principalUnits?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  requests?: Resolver<Array<ResolversTypes['CoachingRequest']>, ParentType, ContextType>;
  teacherUnits?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  unitTeachers?: Resolver<Array<ResolversTypes['UnitTeachers']>, ParentType, ContextType>;
};

export type CoachingCaseloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoachingCaseload'] = ResolversParentTypes['CoachingCaseload']> = {
  active?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  disposed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoachingContentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoachingContent'] = ResolversParentTypes['CoachingContent']> = {
  canWrite?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['CoachingEntry']>, ParentType, ContextType>;
  goal?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  goalSetAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  viewerIsTeacher?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CoachingDurationResolvers = EnumResolverSignature<{ FROM_3_TO_6_MONTHS?: any, FROM_6_TO_12_MONTHS?: any, OVER_12_MONTHS?: any, UNDER_3_MONTHS?: any }, ResolversTypes['CoachingDuration']>;

export type CoachingEngagementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoachingEngagement'] = ResolversParentTypes['CoachingEngagement']> = {
  agreement?: Resolver<ResolversTypes['CoachingAgreement'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  coachName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  content?: Resolver<Maybe<ResolversTypes['CoachingContent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipalityCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['EngagementState']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['CoachingSubject'], ParentType, ContextType>;
  teacherNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  teamName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerIsParty?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CoachingEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoachingEntry'] = ResolversParentTypes['CoachingEntry']> = {
  authorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CoachingEntryKind'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoachingEntryKindResolvers = EnumResolverSignature<{ ASSIGNMENT?: any, LESSON_VISIT?: any, MEETING?: any, NEXT_STEP?: any, REFLECTION?: any }, ResolversTypes['CoachingEntryKind']>;

export type CoachingExportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoachingExport'] = ResolversParentTypes['CoachingExport']> = {
  engagementId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  exportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  exportedByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  json?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CoachingFigureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoachingFigure'] = ResolversParentTypes['CoachingFigure']> = {
  state?: Resolver<ResolversTypes['CoachingFigureState'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CoachingFigureStateResolvers = EnumResolverSignature<{ NONE?: any, SHOWN?: any, TOO_FEW?: any }, ResolversTypes['CoachingFigureState']>;

export type CoachingRecordResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoachingRecord'] = ResolversParentTypes['CoachingRecord']> = {
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  disposedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['EngagementState'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['CoachingSubject'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
};

export type CoachingRequestResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoachingRequest'] = ResolversParentTypes['CoachingRequest']> = {
  canAccept?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canDecline?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canForward?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canWithdraw?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  engagement?: Resolver<Maybe<ResolversTypes['CoachingEngagement']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipalityCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  need?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestedByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roomAgreed?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['CoachingRequestState'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['CoachingSubject'], ParentType, ContextType>;
  teacherNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  teamName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timeAgreed?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoachingRequestStateResolvers = EnumResolverSignature<{ ACCEPTED?: any, DECLINED?: any, WITHDRAWN?: any, WITH_COACHES?: any, WITH_PRINCIPAL?: any }, ResolversTypes['CoachingRequestState']>;

export type CoachingSettingsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoachingSettings'] = ResolversParentTypes['CoachingSettings']> = {
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  maxMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  retentionMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoachingStatisticsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoachingStatistics'] = ResolversParentTypes['CoachingStatistics']> = {
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  byDuration?: Resolver<ResolversTypes['CoachingStatisticsTable'], ParentType, ContextType>;
  bySubject?: Resolver<ResolversTypes['CoachingStatisticsTable'], ParentType, ContextType>;
  durations?: Resolver<Array<ResolversTypes['CoachingDuration']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['CoachingSubject']>, ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoachingStatisticsRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoachingStatisticsRow'] = ResolversParentTypes['CoachingStatisticsRow']> = {
  counts?: Resolver<Array<ResolversTypes['CoachingFigure']>, ParentType, ContextType>;
  engagements?: Resolver<ResolversTypes['CoachingFigure'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
};

export type CoachingStatisticsTableResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoachingStatisticsTable'] = ResolversParentTypes['CoachingStatisticsTable']> = {
  total?: Resolver<Maybe<ResolversTypes['CoachingStatisticsRow']>, ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['CoachingStatisticsRow']>, ParentType, ContextType>;
};

export type CoachingSubjectResolvers = EnumResolverSignature<{ BILD?: any, MATEMATIK?: any, NO?: any, SO?: any, SVENSKA?: any, SVENSKA_SOM_ANDRASPRAK?: any }, ResolversTypes['CoachingSubject']>;

export type CoachingTeacherResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CoachingTeacher'] = ResolversParentTypes['CoachingTeacher']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CommentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Comment'] = ResolversParentTypes['Comment']> = {
  author?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  authorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  canLiftAsExample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canReport?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  edited?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  goodExample?: Resolver<Maybe<ResolversTypes['GoodExample']>, ParentType, ContextType>;
  hidden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hiddenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  hiddenReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['CommentRevision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  replies?: Resolver<Array<ResolversTypes['Comment']>, ParentType, ContextType>;
  reportedByViewer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  stance?: Resolver<Maybe<ResolversTypes['Stance']>, ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['CommentTargetType'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  writtenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CommentConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CommentConnection'] = ResolversParentTypes['CommentConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Comment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommentRevisionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CommentRevision'] = ResolversParentTypes['CommentRevision']> = {
  editedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  stance?: Resolver<Maybe<ResolversTypes['Stance']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CommentTargetTypeResolvers = EnumResolverSignature<{ ACTION_ITEM?: any, ACTION_PLAN?: any, AREA?: any, GOAL?: any }, ResolversTypes['CommentTargetType']>;

export type ComplaintResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Complaint'] = ResolversParentTypes['Complaint']> = {
  answer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  canCreateDeficiency?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['ComplaintChannel'], ParentType, ContextType>;
  complainantContact?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  complainantName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deficiency?: Resolver<Maybe<ResolversTypes['Deficiency']>, ParentType, ContextType>;
  findings?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  investigatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  investigator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  personalDataVisible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ComplaintState'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ComplaintChannelResolvers = EnumResolverSignature<{ EMAIL?: any, LETTER?: any, MEETING?: any, OTHER?: any, PHONE?: any, WEB_FORM?: any }, ResolversTypes['ComplaintChannel']>;

export type ComplaintConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ComplaintConnection'] = ResolversParentTypes['ComplaintConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Complaint']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ComplaintStateResolvers = EnumResolverSignature<{ ANSWERED?: any, CONFIRMED?: any, INVESTIGATED?: any, INVESTIGATING?: any, RECEIVED?: any }, ResolversTypes['ComplaintState']>;

export type ComplaintStateCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ComplaintStateCount'] = ResolversParentTypes['ComplaintStateCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ComplaintState'], ParentType, ContextType>;
};

export type ConsentStateResolvers = EnumResolverSignature<{ ASKED?: any, DECLINED?: any, GIVEN?: any, WITHDRAWN?: any }, ResolversTypes['ConsentState']>;

export type ContentReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ContentReport'] = ResolversParentTypes['ContentReport']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['ReportReason'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ReportState'], ParentType, ContextType>;
};

export type ContributorRightResolvers = EnumResolverSignature<{ COMMENT?: any, WRITE?: any }, ResolversTypes['ContributorRight']>;

export type CyclePhaseResolvers = EnumResolverSignature<{ ANALYSIS?: any, FOLLOW_UP?: any, IMPLEMENTATION?: any, PLANNING?: any }, ResolversTypes['CyclePhase']>;

export type CycleStepResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CycleStep'] = ResolversParentTypes['CycleStep']> = {
  canMarkDone?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  completions?: Resolver<Array<ResolversTypes['StepCompletion']>, ParentType, ContextType>;
  cycle?: Resolver<ResolversTypes['AnnualCycle'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  doneCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ownerRole?: Resolver<ResolversTypes['StepOwnerRole'], ParentType, ContextType>;
  pendingUnits?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  perUnit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['CyclePhase'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StepStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerUnit?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
};

export type DatabaseKindResolvers = EnumResolverSignature<{ EMBEDDED?: any, MONGODB?: any }, ResolversTypes['DatabaseKind']>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeficiencyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Deficiency'] = ResolversParentTypes['Deficiency']> = {
  area?: Resolver<ResolversTypes['DeficiencyArea'], ParentType, ContextType>;
  areaOther?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  canAddMeasures?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  complaint?: Resolver<Maybe<ResolversTypes['Complaint']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decisionDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decisionReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['DeficiencyEvidence']>, ParentType, ContextType>;
  fromComplaint?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['DeficiencyStateChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intervention?: Resolver<ResolversTypes['InterventionKind'], ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['DeficiencyMeasure']>, ParentType, ContextType>;
  nextStates?: Resolver<Array<ResolversTypes['DeficiencyState']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  reportDeadline?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reportedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  requirement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['DeficiencySource'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['DeficiencyState'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DeficiencyAreaResolvers = EnumResolverSignature<{ GOVERNANCE?: any, OTHER?: any, SAFETY?: any, SPECIAL_SUPPORT?: any, TEACHING?: any }, ResolversTypes['DeficiencyArea']>;

export type DeficiencyConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeficiencyConnection'] = ResolversParentTypes['DeficiencyConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Deficiency']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DeficiencyEvidenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeficiencyEvidence'] = ResolversParentTypes['DeficiencyEvidence']> = {
  addedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  byName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DeficiencyMeasureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeficiencyMeasure'] = ResolversParentTypes['DeficiencyMeasure']> = {
  addedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  addedByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  doneAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DeficiencySourceResolvers = EnumResolverSignature<{ COMPLAINT?: any, INSPECTION?: any, OWN_REVIEW?: any }, ResolversTypes['DeficiencySource']>;

export type DeficiencyStateResolvers = EnumResolverSignature<{ OPEN?: any, REMAINING?: any, REMEDIED?: any, REPORTED?: any }, ResolversTypes['DeficiencyState']>;

export type DeficiencyStateChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeficiencyStateChange'] = ResolversParentTypes['DeficiencyStateChange']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  byName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['DeficiencyState'], ParentType, ContextType>;
};

export type DemoAccountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DemoAccount'] = ResolversParentTypes['DemoAccount']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisationName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type DevelopmentAreaResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DevelopmentArea'] = ResolversParentTypes['DevelopmentArea']> = {
  causes?: Resolver<Array<ResolversTypes['Cause']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['QualityTheme'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DevelopmentAreasResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DevelopmentAreas'] = ResolversParentTypes['DevelopmentAreas']> = {
  areas?: Resolver<Array<ResolversTypes['DevelopmentArea']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DirectionResolvers = EnumResolverSignature<{ HIGHER_IS_BETTER?: any, LOWER_IS_BETTER?: any }, ResolversTypes['Direction']>;

export type EffectAnswerResolvers = EnumResolverSignature<{ NO?: any, PARTLY?: any, TOO_EARLY?: any, YES?: any }, ResolversTypes['EffectAnswer']>;

export type EmailFrequencyResolvers = EnumResolverSignature<{ DAILY?: any, IMMEDIATELY?: any, OFF?: any }, ResolversTypes['EmailFrequency']>;

export type EngagementStateResolvers = EnumResolverSignature<{ ACTIVE?: any, CLOSED?: any, DISPOSED?: any }, ResolversTypes['EngagementState']>;

export type EvidenceKindResolvers = EnumResolverSignature<{ MEASUREMENT?: any, OBSERVATION?: any, SURVEY?: any }, ResolversTypes['EvidenceKind']>;

export type ExampleSourceResolvers = EnumResolverSignature<{ ANSWER?: any, COMMENT?: any, FACTOR?: any }, ResolversTypes['ExampleSource']>;

export type FactorDistanceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactorDistance'] = ResolversParentTypes['FactorDistance']> = {
  change?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  deviation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['ResultMeasure'], ParentType, ContextType>;
  neededRank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  neededValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FactorMedianResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactorMedian'] = ResolversParentTypes['FactorMedian']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  factor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  median?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type FactorResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactorResult'] = ResolversParentTypes['FactorResult']> = {
  actual?: Resolver<ResolversTypes['StatFigure'], ParentType, ContextType>;
  approximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  band?: Resolver<ResolversTypes['Band'], ParentType, ContextType>;
  change?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  changeArrow?: Resolver<Maybe<ResolversTypes['Arrow']>, ParentType, ContextType>;
  deviation?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  deviationArrow?: Resolver<Maybe<ResolversTypes['Arrow']>, ParentType, ContextType>;
  deviationBand?: Resolver<ResolversTypes['Band'], ParentType, ContextType>;
  deviationRank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deviationRankMissing?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  indicatorKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['ResultMeasure'], ParentType, ContextType>;
  modelValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rankMissing?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type FactorRevisionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactorRevision'] = ResolversParentTypes['FactorRevision']> = {
  editedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  editorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FactorThemeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactorTheme'] = ResolversParentTypes['FactorTheme']> = {
  factors?: Resolver<Array<ResolversTypes['SuccessFactor']>, ParentType, ContextType>;
  theme?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FieldErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FieldError'] = ResolversParentTypes['FieldError']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
};

export type FigureStateResolvers = EnumResolverSignature<{ NO_DATA?: any, SHOWN?: any, TOO_FEW?: any }, ResolversTypes['FigureState']>;

export type FocusGroupTermResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FocusGroupTerm'] = ResolversParentTypes['FocusGroupTerm']> = {
  commitment?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  held?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kept?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  planned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FollowUpResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FollowUp'] = ResolversParentTypes['FollowUp']> = {
  actionItem?: Resolver<Maybe<ResolversTypes['ActionItem']>, ParentType, ContextType>;
  carriedOut?: Resolver<Maybe<ResolversTypes['CarriedOut']>, ParentType, ContextType>;
  carriedOutEvidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  effect?: Resolver<Maybe<ResolversTypes['EffectAnswer']>, ParentType, ContextType>;
  effectEvidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expectedEffect?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromReportId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fromYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType>;
  measureId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ownerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FollowUpsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FollowUps'] = ResolversParentTypes['FollowUps']> = {
  followUps?: Resolver<Array<ResolversTypes['FollowUp']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type GoalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Goal'] = ResolversParentTypes['Goal']> = {
  actionItems?: Resolver<Array<ResolversTypes['ActionItem']>, ParentType, ContextType>;
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  comments?: Resolver<ResolversTypes['CommentConnection'], ParentType, ContextType, Partial<GoalCommentsArgs>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['GoalPeriod']>, ParentType, ContextType>;
  plan?: Resolver<Maybe<ResolversTypes['ActionPlan']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PlanStatus'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GoalConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GoalConnection'] = ResolversParentTypes['GoalConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Goal']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GoalPeriodResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GoalPeriod'] = ResolversParentTypes['GoalPeriod']> = {
  from?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GoodExampleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GoodExample'] = ResolversParentTypes['GoodExample']> = {
  authorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  canAnswer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  consent?: Resolver<ResolversTypes['ConsentState'], ParentType, ContextType>;
  consentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  context?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  liftedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  liftedByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  named?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ExampleSource'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GroupMediansResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GroupMedians'] = ResolversParentTypes['GroupMedians']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  medians?: Resolver<Array<ResolversTypes['FactorMedian']>, ParentType, ContextType>;
  municipalities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
};

export type HealthResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = {
  database?: Resolver<ResolversTypes['DatabaseKind'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IndicatorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = {
  decimals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  koladaKpiId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IndicatorSeriesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IndicatorSeries'] = ResolversParentTypes['IndicatorSeries']> = {
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  organiserType?: Resolver<ResolversTypes['OrganiserType'], ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['OrganisationSeries']>, ParentType, ContextType>;
};

export type InterventionKindResolvers = EnumResolverSignature<{ INJUNCTION?: any, INJUNCTION_WITH_FINE?: any, NONE?: any, REMARK?: any }, ResolversTypes['InterventionKind']>;

export type ItemFromMeasurePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ItemFromMeasurePayload'] = ResolversParentTypes['ItemFromMeasurePayload']> = {
  item?: Resolver<ResolversTypes['ActionItem'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['QualityReport'], ParentType, ContextType>;
};

export type ItemStatusResolvers = EnumResolverSignature<{ AT_RISK?: any, CANCELLED?: any, DONE?: any, IN_PROGRESS?: any, NOT_STARTED?: any }, ResolversTypes['ItemStatus']>;

export type LastUpdateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LastUpdate'] = ResolversParentTypes['LastUpdate']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  authorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LocalizedTextResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LocalizedText'] = ResolversParentTypes['LocalizedText']> = {
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LoginResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LoginResult'] = ResolversParentTypes['LoginResult']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type MailLanguageResolvers = EnumResolverSignature<{ EN?: any, SV?: any }, ResolversTypes['MailLanguage']>;

export type MeasureModelResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MeasureModel'] = ResolversParentTypes['MeasureModel']> = {
  coefficients?: Resolver<Array<ResolversTypes['ModelCoefficient']>, ParentType, ContextType>;
  full?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  indicatorKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  intercept?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['ResultMeasure'], ParentType, ContextType>;
  n?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  r2?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  usedBy?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  variables?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MeasurementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Measurement'] = ResolversParentTypes['Measurement']> = {
  boys?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  girls?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  missingReason?: Resolver<Maybe<ResolversTypes['MissingReason']>, ParentType, ContextType>;
  modelValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  organisationCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organiserType?: Resolver<ResolversTypes['OrganiserType'], ParentType, ContextType>;
  pupils?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rawMark?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeetingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = {
  canOrganise?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canSignUp?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  cancelReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  cap?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['MeetingGroup']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MeetingKind'], ParentType, ContextType>;
  municipalityCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  place?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seatsLeft?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  signedUpCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  signups?: Resolver<Maybe<Array<ResolversTypes['MeetingSignup']>>, ParentType, ContextType>;
  started?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerSignedUp?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerWaitingPosition?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  waitingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waitingList?: Resolver<Maybe<Array<ResolversTypes['MeetingSignup']>>, ParentType, ContextType>;
};

export type MeetingBoardResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MeetingBoard'] = ResolversParentTypes['MeetingBoard']> = {
  canOrganise?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  focusGroupTerms?: Resolver<Array<ResolversTypes['FocusGroupTerm']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
};

export type MeetingGroupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MeetingGroup'] = ResolversParentTypes['MeetingGroup']> = {
  canJoin?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canWriteFactors?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  factorLimit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  factors?: Resolver<Array<ResolversTypes['SuccessFactor']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MeetingGroupKind'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerIsMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  withdrawnFactors?: Resolver<Maybe<Array<ResolversTypes['SuccessFactor']>>, ParentType, ContextType>;
};

export type MeetingGroupKindResolvers = EnumResolverSignature<{ EXPERT?: any, HOME?: any }, ResolversTypes['MeetingGroupKind']>;

export type MeetingKindResolvers = EnumResolverSignature<{ DIALOGUE_MEETING?: any, EDCAMP?: any, FOCUS_GROUP?: any, OPEN_SPACE?: any }, ResolversTypes['MeetingKind']>;

export type MeetingSignupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MeetingSignup'] = ResolversParentTypes['MeetingSignup']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MeetingSynthesisResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MeetingSynthesis'] = ResolversParentTypes['MeetingSynthesis']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['FactorTheme']>, ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type MissingReasonResolvers = EnumResolverSignature<{ APPROXIMATE?: any, NOT_APPLICABLE?: any, NO_DATA?: any, SUPPRESSED?: any, TOO_FEW_PUPILS?: any }, ResolversTypes['MissingReason']>;

export type ModelCoefficientResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ModelCoefficient'] = ResolversParentTypes['ModelCoefficient']> = {
  estimate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  variable?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ModeratedTextResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ModeratedText'] = ResolversParentTypes['ModeratedText']> = {
  __resolveType: TypeResolveFn<'Comment' | 'Question', ParentType, ContextType>;
};

export type ModerationDecisionResolvers = EnumResolverSignature<{ HIDE?: any, KEEP?: any }, ResolversTypes['ModerationDecision']>;

export type ModerationSettingsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ModerationSettings'] = ResolversParentTypes['ModerationSettings']> = {
  autoHideAfter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  autoHideMax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  autoHideMin?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MunicipalityNameResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MunicipalityName'] = ResolversParentTypes['MunicipalityName']> = {
  countyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  municipalityCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MunicipalityRankingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MunicipalityRanking'] = ResolversParentTypes['MunicipalityRanking']> = {
  approximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  band?: Resolver<ResolversTypes['Band'], ParentType, ContextType>;
  countyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  factors?: Resolver<Array<ResolversTypes['FactorResult']>, ParentType, ContextType>;
  incomplete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  municipalityCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pupils?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MunicipalityResultsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MunicipalityResults'] = ResolversParentTypes['MunicipalityResults']> = {
  attribution?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  countyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  municipalityCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organiserType?: Resolver<ResolversTypes['OrganiserType'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['MunicipalityYearResult']>, ParentType, ContextType>;
};

export type MunicipalityYearResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MunicipalityYearResult'] = ResolversParentTypes['MunicipalityYearResult']> = {
  approximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  band?: Resolver<ResolversTypes['Band'], ParentType, ContextType>;
  distanceToTop25?: Resolver<Maybe<ResolversTypes['RankDistance']>, ParentType, ContextType>;
  factors?: Resolver<Array<ResolversTypes['FactorResult']>, ParentType, ContextType>;
  fits?: Resolver<Array<ResolversTypes['MeasureModel']>, ParentType, ContextType>;
  incomplete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nationalMedians?: Resolver<Array<ResolversTypes['FactorMedian']>, ParentType, ContextType>;
  pupils?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptCoachingRequest?: Resolver<ResolversTypes['CoachingRequest'], ParentType, ContextType, RequireFields<MutationAcceptCoachingRequestArgs, 'input'>>;
  addCoachingEntry?: Resolver<ResolversTypes['CoachingEngagement'], ParentType, ContextType, RequireFields<MutationAddCoachingEntryArgs, 'input'>>;
  addComment?: Resolver<ResolversTypes['Comment'], ParentType, ContextType, RequireFields<MutationAddCommentArgs, 'input'>>;
  addCycleStep?: Resolver<ResolversTypes['CycleStep'], ParentType, ContextType, RequireFields<MutationAddCycleStepArgs, 'input'>>;
  addDeficiencyEvidence?: Resolver<ResolversTypes['Deficiency'], ParentType, ContextType, RequireFields<MutationAddDeficiencyEvidenceArgs, 'input'>>;
  addDeficiencyMeasure?: Resolver<ResolversTypes['Deficiency'], ParentType, ContextType, RequireFields<MutationAddDeficiencyMeasureArgs, 'input'>>;
  addMeetingGroup?: Resolver<ResolversTypes['MeetingGroup'], ParentType, ContextType, RequireFields<MutationAddMeetingGroupArgs, 'input'>>;
  addMembership?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationAddMembershipArgs, 'input'>>;
  addSuccessFactor?: Resolver<ResolversTypes['SuccessFactor'], ParentType, ContextType, RequireFields<MutationAddSuccessFactorArgs, 'input'>>;
  addTarget?: Resolver<ResolversTypes['Goal'], ParentType, ContextType, RequireFields<MutationAddTargetArgs, 'input'>>;
  answerChatQuestion?: Resolver<ResolversTypes['ChatQuestion'], ParentType, ContextType, RequireFields<MutationAnswerChatQuestionArgs, 'input'>>;
  answerExample?: Resolver<ResolversTypes['GoodExample'], ParentType, ContextType, RequireFields<MutationAnswerExampleArgs, 'input'>>;
  answerQuestion?: Resolver<ResolversTypes['Question'], ParentType, ContextType, RequireFields<MutationAnswerQuestionArgs, 'input'>>;
  approveQualityReport?: Resolver<ResolversTypes['QualityReport'], ParentType, ContextType, RequireFields<MutationApproveQualityReportArgs, 'input'>>;
  archiveArea?: Resolver<ResolversTypes['Area'], ParentType, ContextType, RequireFields<MutationArchiveAreaArgs, 'input'>>;
  askInChat?: Resolver<ResolversTypes['ChatQuestion'], ParentType, ContextType, RequireFields<MutationAskInChatArgs, 'input'>>;
  cancelActionItem?: Resolver<ResolversTypes['ActionItem'], ParentType, ContextType, RequireFields<MutationCancelActionItemArgs, 'input'>>;
  cancelChat?: Resolver<ResolversTypes['Chat'], ParentType, ContextType, RequireFields<MutationCancelChatArgs, 'input'>>;
  cancelMeeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationCancelMeetingArgs, 'input'>>;
  cancelMeetingSignUp?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationCancelMeetingSignUpArgs, 'id'>>;
  changeDeficiencyState?: Resolver<ResolversTypes['Deficiency'], ParentType, ContextType, RequireFields<MutationChangeDeficiencyStateArgs, 'input'>>;
  closeActionPlan?: Resolver<ResolversTypes['ActionPlan'], ParentType, ContextType, RequireFields<MutationCloseActionPlanArgs, 'input'>>;
  closeCoachingEngagement?: Resolver<ResolversTypes['CoachingEngagement'], ParentType, ContextType, RequireFields<MutationCloseCoachingEngagementArgs, 'input'>>;
  closePoll?: Resolver<ResolversTypes['Poll'], ParentType, ContextType, RequireFields<MutationClosePollArgs, 'expectedVersion' | 'id'>>;
  commentQualityReport?: Resolver<ResolversTypes['QualityReport'], ParentType, ContextType, RequireFields<MutationCommentQualityReportArgs, 'input'>>;
  copyAnnualCycle?: Resolver<ResolversTypes['AnnualCycle'], ParentType, ContextType, RequireFields<MutationCopyAnnualCycleArgs, 'id'>>;
  createActionItem?: Resolver<ResolversTypes['ActionItem'], ParentType, ContextType, RequireFields<MutationCreateActionItemArgs, 'input'>>;
  createActionPlan?: Resolver<ResolversTypes['ActionPlan'], ParentType, ContextType, RequireFields<MutationCreateActionPlanArgs, 'input'>>;
  createAnnualCycle?: Resolver<ResolversTypes['AnnualCycle'], ParentType, ContextType, RequireFields<MutationCreateAnnualCycleArgs, 'input'>>;
  createArea?: Resolver<ResolversTypes['Area'], ParentType, ContextType, RequireFields<MutationCreateAreaArgs, 'input'>>;
  createComplaint?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationCreateComplaintArgs, 'input'>>;
  createDeficiency?: Resolver<ResolversTypes['Deficiency'], ParentType, ContextType, RequireFields<MutationCreateDeficiencyArgs, 'input'>>;
  createDeficiencyFromComplaint?: Resolver<ResolversTypes['Deficiency'], ParentType, ContextType, RequireFields<MutationCreateDeficiencyFromComplaintArgs, 'input'>>;
  createGoal?: Resolver<ResolversTypes['Goal'], ParentType, ContextType, RequireFields<MutationCreateGoalArgs, 'input'>>;
  createItemFromMeasure?: Resolver<ResolversTypes['ItemFromMeasurePayload'], ParentType, ContextType, RequireFields<MutationCreateItemFromMeasureArgs, 'input'>>;
  createMeeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationCreateMeetingArgs, 'input'>>;
  createOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationCreateOrganisationArgs, 'input'>>;
  createPasswordLink?: Resolver<ResolversTypes['PasswordLink'], ParentType, ContextType, RequireFields<MutationCreatePasswordLinkArgs, 'personId'>>;
  createPerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationCreatePersonArgs, 'input'>>;
  createPoll?: Resolver<ResolversTypes['Poll'], ParentType, ContextType, RequireFields<MutationCreatePollArgs, 'input'>>;
  createQualityReport?: Resolver<ResolversTypes['QualityReport'], ParentType, ContextType, RequireFields<MutationCreateQualityReportArgs, 'input'>>;
  declineCoachingRequest?: Resolver<ResolversTypes['CoachingRequest'], ParentType, ContextType, RequireFields<MutationDeclineCoachingRequestArgs, 'input'>>;
  deleteAnnualCycle?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteAnnualCycleArgs, 'expectedVersion' | 'id'>>;
  deleteCycleStep?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteCycleStepArgs, 'expectedVersion' | 'id'>>;
  deletePoll?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeletePollArgs, 'expectedVersion' | 'id'>>;
  editComment?: Resolver<ResolversTypes['Comment'], ParentType, ContextType, RequireFields<MutationEditCommentArgs, 'input'>>;
  editMeeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationEditMeetingArgs, 'input'>>;
  editQuestion?: Resolver<ResolversTypes['Question'], ParentType, ContextType, RequireFields<MutationEditQuestionArgs, 'input'>>;
  editSuccessFactor?: Resolver<ResolversTypes['SuccessFactor'], ParentType, ContextType, RequireFields<MutationEditSuccessFactorArgs, 'input'>>;
  exportCoachingEngagement?: Resolver<ResolversTypes['CoachingExport'], ParentType, ContextType, RequireFields<MutationExportCoachingEngagementArgs, 'id'>>;
  forwardCoachingRequest?: Resolver<ResolversTypes['CoachingRequest'], ParentType, ContextType, RequireFields<MutationForwardCoachingRequestArgs, 'input'>>;
  hideComment?: Resolver<ResolversTypes['Comment'], ParentType, ContextType, RequireFields<MutationHideCommentArgs, 'input'>>;
  invitePerson?: Resolver<ResolversTypes['PasswordLink'], ParentType, ContextType, RequireFields<MutationInvitePersonArgs, 'input'>>;
  inviteToQualityReport?: Resolver<ResolversTypes['QualityReport'], ParentType, ContextType, RequireFields<MutationInviteToQualityReportArgs, 'input'>>;
  joinMeetingGroup?: Resolver<ResolversTypes['MeetingGroup'], ParentType, ContextType, RequireFields<MutationJoinMeetingGroupArgs, 'id'>>;
  joinMeetingWaitingList?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationJoinMeetingWaitingListArgs, 'id'>>;
  joinPanel?: Resolver<ResolversTypes['PanelMembership'], ParentType, ContextType, RequireFields<MutationJoinPanelArgs, 'input'>>;
  leaveMeetingGroup?: Resolver<ResolversTypes['MeetingGroup'], ParentType, ContextType, RequireFields<MutationLeaveMeetingGroupArgs, 'id'>>;
  leavePanel?: Resolver<ResolversTypes['PanelMembership'], ParentType, ContextType, RequireFields<MutationLeavePanelArgs, 'municipalityCode'>>;
  liftAsExample?: Resolver<ResolversTypes['GoodExample'], ParentType, ContextType, RequireFields<MutationLiftAsExampleArgs, 'input'>>;
  linkGoalToItem?: Resolver<ResolversTypes['ActionItem'], ParentType, ContextType, RequireFields<MutationLinkGoalToItemArgs, 'input'>>;
  login?: Resolver<ResolversTypes['LoginResult'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'email' | 'password'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  markNotificationsSeen?: Resolver<ResolversTypes['NotificationInbox'], ParentType, ContextType, RequireFields<MutationMarkNotificationsSeenArgs, 'input'>>;
  moveActionItem?: Resolver<ResolversTypes['ActionPlan'], ParentType, ContextType, RequireFields<MutationMoveActionItemArgs, 'input'>>;
  moveArea?: Resolver<ResolversTypes['ActionPlan'], ParentType, ContextType, RequireFields<MutationMoveAreaArgs, 'input'>>;
  openPoll?: Resolver<ResolversTypes['Poll'], ParentType, ContextType, RequireFields<MutationOpenPollArgs, 'expectedVersion' | 'id'>>;
  pickChatQuestion?: Resolver<ResolversTypes['ChatQuestion'], ParentType, ContextType, RequireFields<MutationPickChatQuestionArgs, 'id'>>;
  prepareQuestionAnswer?: Resolver<ResolversTypes['Question'], ParentType, ContextType, RequireFields<MutationPrepareQuestionAnswerArgs, 'expectedVersion' | 'id'>>;
  publishActionPlan?: Resolver<ResolversTypes['ActionPlan'], ParentType, ContextType, RequireFields<MutationPublishActionPlanArgs, 'input'>>;
  raiseQuestion?: Resolver<ResolversTypes['Question'], ParentType, ContextType, RequireFields<MutationRaiseQuestionArgs, 'input'>>;
  recordStatusUpdate?: Resolver<ResolversTypes['ActionItem'], ParentType, ContextType, RequireFields<MutationRecordStatusUpdateArgs, 'input'>>;
  removeMembership?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationRemoveMembershipArgs, 'input'>>;
  removeTarget?: Resolver<ResolversTypes['Goal'], ParentType, ContextType, RequireFields<MutationRemoveTargetArgs, 'goalId' | 'targetId'>>;
  reportContent?: Resolver<ResolversTypes['ContentReport'], ParentType, ContextType, RequireFields<MutationReportContentArgs, 'input'>>;
  requestCoaching?: Resolver<ResolversTypes['CoachingRequest'], ParentType, ContextType, RequireFields<MutationRequestCoachingArgs, 'input'>>;
  rescheduleChat?: Resolver<ResolversTypes['Chat'], ParentType, ContextType, RequireFields<MutationRescheduleChatArgs, 'input'>>;
  returnQualityReport?: Resolver<ResolversTypes['QualityReport'], ParentType, ContextType, RequireFields<MutationReturnQualityReportArgs, 'input'>>;
  reviewReports?: Resolver<ResolversTypes['ModeratedText'], ParentType, ContextType, RequireFields<MutationReviewReportsArgs, 'input'>>;
  saveDevelopmentAreas?: Resolver<ResolversTypes['QualityReport'], ParentType, ContextType, RequireFields<MutationSaveDevelopmentAreasArgs, 'input'>>;
  saveFollowUps?: Resolver<ResolversTypes['QualityReport'], ParentType, ContextType, RequireFields<MutationSaveFollowUpsArgs, 'input'>>;
  saveParticipation?: Resolver<ResolversTypes['QualityReport'], ParentType, ContextType, RequireFields<MutationSaveParticipationArgs, 'input'>>;
  saveQualityMeasures?: Resolver<ResolversTypes['QualityReport'], ParentType, ContextType, RequireFields<MutationSaveQualityMeasuresArgs, 'input'>>;
  saveQualityTemplate?: Resolver<ResolversTypes['QualityTemplate'], ParentType, ContextType, RequireFields<MutationSaveQualityTemplateArgs, 'input'>>;
  saveQualityText?: Resolver<ResolversTypes['QualityReport'], ParentType, ContextType, RequireFields<MutationSaveQualityTextArgs, 'input'>>;
  scheduleChat?: Resolver<ResolversTypes['Chat'], ParentType, ContextType, RequireFields<MutationScheduleChatArgs, 'input'>>;
  setCoachProfile?: Resolver<ResolversTypes['Coach'], ParentType, ContextType, RequireFields<MutationSetCoachProfileArgs, 'input'>>;
  setCoachingAgreement?: Resolver<ResolversTypes['CoachingEngagement'], ParentType, ContextType, RequireFields<MutationSetCoachingAgreementArgs, 'input'>>;
  setCoachingGoal?: Resolver<ResolversTypes['CoachingEngagement'], ParentType, ContextType, RequireFields<MutationSetCoachingGoalArgs, 'input'>>;
  setCoachingRetention?: Resolver<ResolversTypes['CoachingSettings'], ParentType, ContextType, RequireFields<MutationSetCoachingRetentionArgs, 'input'>>;
  setCycleStepDone?: Resolver<ResolversTypes['CycleStep'], ParentType, ContextType, RequireFields<MutationSetCycleStepDoneArgs, 'input'>>;
  setDeficiencyMeasureDone?: Resolver<ResolversTypes['Deficiency'], ParentType, ContextType, RequireFields<MutationSetDeficiencyMeasureDoneArgs, 'input'>>;
  setModerationSettings?: Resolver<ResolversTypes['ModerationSettings'], ParentType, ContextType, RequireFields<MutationSetModerationSettingsArgs, 'input'>>;
  setNotificationPreferences?: Resolver<ResolversTypes['NotificationPreferences'], ParentType, ContextType, RequireFields<MutationSetNotificationPreferencesArgs, 'input'>>;
  setPanelThreshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationSetPanelThresholdArgs, 'input'>>;
  setPassword?: Resolver<ResolversTypes['LoginResult'], ParentType, ContextType, RequireFields<MutationSetPasswordArgs, 'input'>>;
  setPersonActive?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationSetPersonActiveArgs, 'input'>>;
  setResultPeers?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationSetResultPeersArgs, 'codes'>>;
  setSuccessFactorTheme?: Resolver<ResolversTypes['SuccessFactor'], ParentType, ContextType, RequireFields<MutationSetSuccessFactorThemeArgs, 'input'>>;
  signUpForMeeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationSignUpForMeetingArgs, 'id'>>;
  submitPollAnswer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSubmitPollAnswerArgs, 'input'>>;
  submitQualityReport?: Resolver<ResolversTypes['QualityReport'], ParentType, ContextType, RequireFields<MutationSubmitQualityReportArgs, 'id'>>;
  supportQuestion?: Resolver<ResolversTypes['Question'], ParentType, ContextType, RequireFields<MutationSupportQuestionArgs, 'id'>>;
  uninviteFromQualityReport?: Resolver<ResolversTypes['QualityReport'], ParentType, ContextType, RequireFields<MutationUninviteFromQualityReportArgs, 'input'>>;
  unlinkGoalFromItem?: Resolver<ResolversTypes['ActionItem'], ParentType, ContextType, RequireFields<MutationUnlinkGoalFromItemArgs, 'input'>>;
  updateActionItem?: Resolver<ResolversTypes['ActionItem'], ParentType, ContextType, RequireFields<MutationUpdateActionItemArgs, 'input'>>;
  updateActionPlan?: Resolver<ResolversTypes['ActionPlan'], ParentType, ContextType, RequireFields<MutationUpdateActionPlanArgs, 'input'>>;
  updateAnnualCycle?: Resolver<ResolversTypes['AnnualCycle'], ParentType, ContextType, RequireFields<MutationUpdateAnnualCycleArgs, 'input'>>;
  updateArea?: Resolver<ResolversTypes['Area'], ParentType, ContextType, RequireFields<MutationUpdateAreaArgs, 'input'>>;
  updateCoachingEntry?: Resolver<ResolversTypes['CoachingEngagement'], ParentType, ContextType, RequireFields<MutationUpdateCoachingEntryArgs, 'input'>>;
  updateComplaint?: Resolver<ResolversTypes['Complaint'], ParentType, ContextType, RequireFields<MutationUpdateComplaintArgs, 'input'>>;
  updateCycleStep?: Resolver<ResolversTypes['CycleStep'], ParentType, ContextType, RequireFields<MutationUpdateCycleStepArgs, 'input'>>;
  updateDeficiency?: Resolver<ResolversTypes['Deficiency'], ParentType, ContextType, RequireFields<MutationUpdateDeficiencyArgs, 'input'>>;
  updateGoal?: Resolver<ResolversTypes['Goal'], ParentType, ContextType, RequireFields<MutationUpdateGoalArgs, 'input'>>;
  updateOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationUpdateOrganisationArgs, 'input'>>;
  updatePoll?: Resolver<ResolversTypes['Poll'], ParentType, ContextType, RequireFields<MutationUpdatePollArgs, 'input'>>;
  updateTarget?: Resolver<ResolversTypes['Goal'], ParentType, ContextType, RequireFields<MutationUpdateTargetArgs, 'input'>>;
  withdrawCoachingRequest?: Resolver<ResolversTypes['CoachingRequest'], ParentType, ContextType, RequireFields<MutationWithdrawCoachingRequestArgs, 'expectedVersion' | 'id'>>;
  withdrawQuestionSupport?: Resolver<ResolversTypes['Question'], ParentType, ContextType, RequireFields<MutationWithdrawQuestionSupportArgs, 'id'>>;
  withdrawSuccessFactor?: Resolver<ResolversTypes['SuccessFactor'], ParentType, ContextType, RequireFields<MutationWithdrawSuccessFactorArgs, 'expectedVersion' | 'id'>>;
};

export type NotificationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  chat?: Resolver<Maybe<ResolversTypes['Chat']>, ParentType, ContextType>;
  chatEndsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  chatStartsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  coachingEngagementId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  coachingExportedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['RecentComment']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType>;
  question?: Resolver<Maybe<ResolversTypes['Question']>, ParentType, ContextType>;
};

export type NotificationInboxResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationInbox'] = ResolversParentTypes['NotificationInbox']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  notifications?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType, Partial<NotificationInboxNotificationsArgs>>;
  preferences?: Resolver<ResolversTypes['NotificationPreferences'], ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NotificationKindResolvers = EnumResolverSignature<{ ANSWER?: any, CHAT_CANCELLED?: any, CHAT_RESCHEDULED?: any, COACHING_EXPORT?: any, COMMENT?: any, MEETING_CANCELLED?: any, MEETING_CHANGED?: any, MEETING_PLACE?: any, REPLY?: any }, ResolversTypes['NotificationKind']>;

export type NotificationPreferencesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationPreferences'] = ResolversParentTypes['NotificationPreferences']> = {
  emailAvailable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  emailComments?: Resolver<ResolversTypes['EmailFrequency'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['MailLanguage'], ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  children?: Resolver<ResolversTypes['OrganisationConnection'], ParentType, ContextType, Partial<OrganisationChildrenArgs>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countyCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganisationKind'], ParentType, ContextType>;
  municipalityCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrganisationConnection'] = ResolversParentTypes['OrganisationConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisationKindResolvers = EnumResolverSignature<{ ADMINISTRATION?: any, MUNICIPALITY?: any, SCHOOL_UNIT?: any }, ResolversTypes['OrganisationKind']>;

export type OrganisationSeriesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrganisationSeries'] = ResolversParentTypes['OrganisationSeries']> = {
  measurements?: Resolver<Array<ResolversTypes['Measurement']>, ParentType, ContextType>;
  organisationCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type OrganiserTypeResolvers = EnumResolverSignature<{ ALL?: any, HOME?: any, INDEPENDENT?: any, MUNICIPAL?: any }, ResolversTypes['OrganiserType']>;

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PanelDimensionResolvers = EnumResolverSignature<{ SCHOOL_FORM?: any, SUBJECT?: any, UNIT?: any }, ResolversTypes['PanelDimension']>;

export type PanelMembershipResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PanelMembership'] = ResolversParentTypes['PanelMembership']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipalityCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  schoolForm?: Resolver<ResolversTypes['SchoolForm'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
};

export type ParticipationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Participation'] = ResolversParentTypes['Participation']> = {
  guardiansDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  guardiansHow?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  guardiansOffered?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  pupils?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  pupilsHow?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  staff?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  staffHow?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  teachers?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  teachersHow?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PasswordLinkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PasswordLink'] = ResolversParentTypes['PasswordLink']> = {
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type PeerComparisonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PeerComparison'] = ResolversParentTypes['PeerComparison']> = {
  attribution?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  county?: Resolver<ResolversTypes['GroupMedians'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['PeerRow'], ParentType, ContextType>;
  national?: Resolver<ResolversTypes['GroupMedians'], ParentType, ContextType>;
  organiserType?: Resolver<ResolversTypes['OrganiserType'], ParentType, ContextType>;
  peers?: Resolver<Array<ResolversTypes['PeerRow']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PeerRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PeerRow'] = ResolversParentTypes['PeerRow']> = {
  countyCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  factors?: Resolver<Array<ResolversTypes['FactorResult']>, ParentType, ContextType>;
  municipalityCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pupils?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  unreliable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitationPending?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resultPeers?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlanStatusResolvers = EnumResolverSignature<{ ACTIVE?: any, CLOSED?: any, DRAFT?: any }, ResolversTypes['PlanStatus']>;

export type PollResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Poll'] = ResolversParentTypes['Poll']> = {
  audience?: Resolver<ResolversTypes['PollAudience'], ParentType, ContextType>;
  breakdowns?: Resolver<Array<ResolversTypes['PanelDimension']>, ParentType, ContextType>;
  canAnswer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  closesOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intro?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  municipalityCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['PollQuestion']>, ParentType, ContextType>;
  responses?: Resolver<ResolversTypes['PollResponses'], ParentType, ContextType>;
  results?: Resolver<Maybe<ResolversTypes['PollResults']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['PollState'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerHasAnswered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PollAudienceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PollAudience'] = ResolversParentTypes['PollAudience']> = {
  schoolForms?: Resolver<Array<ResolversTypes['SchoolForm']>, ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
};

export type PollBreakdownResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PollBreakdown'] = ResolversParentTypes['PollBreakdown']> = {
  dimension?: Resolver<ResolversTypes['PanelDimension'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['PollResultRow']>, ParentType, ContextType>;
};

export type PollFigureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PollFigure'] = ResolversParentTypes['PollFigure']> = {
  state?: Resolver<ResolversTypes['FigureState'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type PollQuestionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PollQuestion'] = ResolversParentTypes['PollQuestion']> = {
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PollQuestionKind'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PollQuestionKindResolvers = EnumResolverSignature<{ FREE_TEXT?: any, MULTIPLE_CHOICE?: any, SCALE?: any, SINGLE_CHOICE?: any }, ResolversTypes['PollQuestionKind']>;

export type PollQuestionResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PollQuestionResult'] = ResolversParentTypes['PollQuestionResult']> = {
  breakdowns?: Resolver<Array<ResolversTypes['PollBreakdown']>, ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  question?: Resolver<ResolversTypes['PollQuestion'], ParentType, ContextType>;
  textState?: Resolver<Maybe<ResolversTypes['FigureState']>, ParentType, ContextType>;
  texts?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['PollResultRow'], ParentType, ContextType>;
};

export type PollResponsesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PollResponses'] = ResolversParentTypes['PollResponses']> = {
  answeredAtLeast?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  audienceSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PollResultRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PollResultRow'] = ResolversParentTypes['PollResultRow']> = {
  answers?: Resolver<ResolversTypes['PollFigure'], ParentType, ContextType>;
  counts?: Resolver<Array<ResolversTypes['PollFigure']>, ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PollResultsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PollResults'] = ResolversParentTypes['PollResults']> = {
  answers?: Resolver<ResolversTypes['PollFigure'], ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['PollQuestionResult']>, ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PollStateResolvers = EnumResolverSignature<{ CLOSED?: any, DRAFT?: any, OPEN?: any }, ResolversTypes['PollState']>;

export type QualityCommentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QualityComment'] = ResolversParentTypes['QualityComment']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  authorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['QualityReportStatus'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QualityContributorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QualityContributor'] = ResolversParentTypes['QualityContributor']> = {
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  right?: Resolver<ResolversTypes['ContributorRight'], ParentType, ContextType>;
};

export type QualityFigureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QualityFigure'] = ResolversParentTypes['QualityFigure']> = {
  missingReason?: Resolver<Maybe<ResolversTypes['MissingReason']>, ParentType, ContextType>;
  rawMark?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QualityGuidanceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QualityGuidance'] = ResolversParentTypes['QualityGuidance']> = {
  section?: Resolver<ResolversTypes['QualityTextSection'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QualityMeasureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QualityMeasure'] = ResolversParentTypes['QualityMeasure']> = {
  actionItem?: Resolver<Maybe<ResolversTypes['ActionItem']>, ParentType, ContextType>;
  cause?: Resolver<Maybe<ResolversTypes['Cause']>, ParentType, ContextType>;
  causeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  expectedEffect?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType>;
  ownerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QualityMeasureLinkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QualityMeasureLink'] = ResolversParentTypes['QualityMeasureLink']> = {
  measure?: Resolver<ResolversTypes['QualityMeasure'], ParentType, ContextType>;
  report?: Resolver<ResolversTypes['QualityReport'], ParentType, ContextType>;
};

export type QualityMeasuresResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QualityMeasures'] = ResolversParentTypes['QualityMeasures']> = {
  measures?: Resolver<Array<ResolversTypes['QualityMeasure']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QualityReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QualityReport'] = ResolversParentTypes['QualityReport']> = {
  canComment?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canInvite?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canLinkItems?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canReview?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canSubmit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canWrite?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  comments?: Resolver<Array<ResolversTypes['QualityComment']>, ParentType, ContextType>;
  contributors?: Resolver<Array<ResolversTypes['QualityContributor']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  developmentAreas?: Resolver<ResolversTypes['DevelopmentAreas'], ParentType, ContextType>;
  followUps?: Resolver<ResolversTypes['FollowUps'], ParentType, ContextType>;
  headings?: Resolver<Array<ResolversTypes['QualityTextSection']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['QualityStatusChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['QualityReportKind'], ParentType, ContextType>;
  measures?: Resolver<ResolversTypes['QualityMeasures'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  participation?: Resolver<ResolversTypes['Participation'], ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['QualityResult']>, ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['QualityReportStatus'], ParentType, ContextType>;
  submitProblems?: Resolver<Array<ResolversTypes['FieldError']>, ParentType, ContextType>;
  texts?: Resolver<Array<ResolversTypes['QualityText']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['QualityThemeGroup']>, ParentType, ContextType>;
  unitReports?: Resolver<Array<ResolversTypes['QualityReport']>, ParentType, ContextType>;
  unitsNotSubmitted?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QualityReportKindResolvers = EnumResolverSignature<{ ORGANISER?: any, UNIT?: any }, ResolversTypes['QualityReportKind']>;

export type QualityReportStatusResolvers = EnumResolverSignature<{ APPROVED?: any, DRAFT?: any, RETURNED?: any, SUBMITTED?: any }, ResolversTypes['QualityReportStatus']>;

export type QualityResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QualityResult'] = ResolversParentTypes['QualityResult']> = {
  figures?: Resolver<Array<ResolversTypes['QualityFigure']>, ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
};

export type QualitySectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QualitySection'] = ResolversParentTypes['QualitySection']> = {
  __resolveType: TypeResolveFn<'DevelopmentAreas' | 'FollowUps' | 'Participation' | 'QualityMeasures' | 'QualityText', ParentType, ContextType>;
};

export type QualityStatusChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QualityStatusChange'] = ResolversParentTypes['QualityStatusChange']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  byName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['QualityReportStatus'], ParentType, ContextType>;
};

export type QualityTemplateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QualityTemplate'] = ResolversParentTypes['QualityTemplate']> = {
  guidance?: Resolver<Array<ResolversTypes['QualityGuidance']>, ParentType, ContextType>;
  headings?: Resolver<Array<ResolversTypes['QualityTextSection']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QualityTextResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QualityText'] = ResolversParentTypes['QualityText']> = {
  guidance?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  section?: Resolver<ResolversTypes['QualityTextSection'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QualityTextSectionResolvers = EnumResolverSignature<{ ANALYSIS?: any, CONDITIONS?: any, IMPLEMENTATION?: any, RESULTS?: any }, ResolversTypes['QualityTextSection']>;

export type QualityThemeResolvers = EnumResolverSignature<{ ASSESSMENT?: any, EQUITY?: any, LEADERSHIP?: any, OTHER?: any, READING?: any, SAFETY?: any, SUPPORT?: any, TEACHING?: any }, ResolversTypes['QualityTheme']>;

export type QualityThemeGroupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QualityThemeGroup'] = ResolversParentTypes['QualityThemeGroup']> = {
  areas?: Resolver<Array<ResolversTypes['ThemedArea']>, ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['QualityTheme'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actionItem?: Resolver<Maybe<ResolversTypes['ActionItem']>, ParentType, ContextType, RequireFields<QueryActionItemArgs, 'id'>>;
  actionPlan?: Resolver<Maybe<ResolversTypes['ActionPlan']>, ParentType, ContextType, RequireFields<QueryActionPlanArgs, 'id'>>;
  actionPlans?: Resolver<ResolversTypes['ActionPlanConnection'], ParentType, ContextType, RequireFields<QueryActionPlansArgs, 'organisationId'>>;
  annualCycle?: Resolver<ResolversTypes['AnnualCycle'], ParentType, ContextType, RequireFields<QueryAnnualCycleArgs, 'id'>>;
  annualCycles?: Resolver<Array<ResolversTypes['AnnualCycle']>, ParentType, ContextType, RequireFields<QueryAnnualCyclesArgs, 'municipalityCode'>>;
  assignablePeople?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryAssignablePeopleArgs, 'organisationId'>>;
  auditLog?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'targetId'>>;
  chat?: Resolver<ResolversTypes['Chat'], ParentType, ContextType, RequireFields<QueryChatArgs, 'id'>>;
  chatBoard?: Resolver<ResolversTypes['ChatBoard'], ParentType, ContextType, RequireFields<QueryChatBoardArgs, 'municipalityCode'>>;
  coachingBoard?: Resolver<ResolversTypes['CoachingBoard'], ParentType, ContextType, RequireFields<QueryCoachingBoardArgs, 'municipalityCode'>>;
  coachingCaseload?: Resolver<ResolversTypes['CoachingCaseload'], ParentType, ContextType, RequireFields<QueryCoachingCaseloadArgs, 'municipalityCode'>>;
  coachingEngagement?: Resolver<ResolversTypes['CoachingEngagement'], ParentType, ContextType, RequireFields<QueryCoachingEngagementArgs, 'id'>>;
  coachingRecords?: Resolver<Array<ResolversTypes['CoachingRecord']>, ParentType, ContextType, RequireFields<QueryCoachingRecordsArgs, 'municipalityCode'>>;
  coachingRequest?: Resolver<ResolversTypes['CoachingRequest'], ParentType, ContextType, RequireFields<QueryCoachingRequestArgs, 'id'>>;
  coachingSettings?: Resolver<ResolversTypes['CoachingSettings'], ParentType, ContextType, RequireFields<QueryCoachingSettingsArgs, 'municipalityCode'>>;
  coachingStatistics?: Resolver<ResolversTypes['CoachingStatistics'], ParentType, ContextType, RequireFields<QueryCoachingStatisticsArgs, 'municipalityCode'>>;
  comments?: Resolver<ResolversTypes['CommentConnection'], ParentType, ContextType, RequireFields<QueryCommentsArgs, 'targetId'>>;
  complaint?: Resolver<Maybe<ResolversTypes['Complaint']>, ParentType, ContextType, RequireFields<QueryComplaintArgs, 'id'>>;
  complaintCounts?: Resolver<Array<ResolversTypes['ComplaintStateCount']>, ParentType, ContextType, RequireFields<QueryComplaintCountsArgs, 'organisationId'>>;
  complaints?: Resolver<ResolversTypes['ComplaintConnection'], ParentType, ContextType, RequireFields<QueryComplaintsArgs, 'organisationId'>>;
  deficiencies?: Resolver<ResolversTypes['DeficiencyConnection'], ParentType, ContextType, RequireFields<QueryDeficienciesArgs, 'organisationId'>>;
  deficiency?: Resolver<Maybe<ResolversTypes['Deficiency']>, ParentType, ContextType, RequireFields<QueryDeficiencyArgs, 'id'>>;
  demoAccounts?: Resolver<Array<ResolversTypes['DemoAccount']>, ParentType, ContextType>;
  goal?: Resolver<Maybe<ResolversTypes['Goal']>, ParentType, ContextType, RequireFields<QueryGoalArgs, 'id'>>;
  goals?: Resolver<ResolversTypes['GoalConnection'], ParentType, ContextType, RequireFields<QueryGoalsArgs, 'organisationId'>>;
  goodExamples?: Resolver<Array<ResolversTypes['GoodExample']>, ParentType, ContextType, RequireFields<QueryGoodExamplesArgs, 'municipalityCode'>>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType, RequireFields<QueryIndicatorArgs, 'key'>>;
  indicatorSeries?: Resolver<ResolversTypes['IndicatorSeries'], ParentType, ContextType, RequireFields<QueryIndicatorSeriesArgs, 'indicatorId' | 'organisationIds' | 'organiserType'>>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  liftedExamples?: Resolver<Array<ResolversTypes['GoodExample']>, ParentType, ContextType, RequireFields<QueryLiftedExamplesArgs, 'municipalityCode'>>;
  me?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<QueryMeetingArgs, 'id'>>;
  meetingBoard?: Resolver<ResolversTypes['MeetingBoard'], ParentType, ContextType, RequireFields<QueryMeetingBoardArgs, 'municipalityCode'>>;
  meetingSynthesis?: Resolver<ResolversTypes['MeetingSynthesis'], ParentType, ContextType, RequireFields<QueryMeetingSynthesisArgs, 'id'>>;
  moderationQueue?: Resolver<Array<ResolversTypes['ReportedText']>, ParentType, ContextType, RequireFields<QueryModerationQueueArgs, 'municipalityCode'>>;
  moderationSettings?: Resolver<ResolversTypes['ModerationSettings'], ParentType, ContextType, RequireFields<QueryModerationSettingsArgs, 'municipalityCode'>>;
  municipalityItems?: Resolver<Array<ResolversTypes['ActionItem']>, ParentType, ContextType, RequireFields<QueryMunicipalityItemsArgs, 'municipalityCode'>>;
  municipalityNames?: Resolver<Array<ResolversTypes['MunicipalityName']>, ParentType, ContextType>;
  municipalityResults?: Resolver<ResolversTypes['MunicipalityResults'], ParentType, ContextType, RequireFields<QueryMunicipalityResultsArgs, 'code' | 'organiserType'>>;
  myExampleRequests?: Resolver<Array<ResolversTypes['GoodExample']>, ParentType, ContextType>;
  notificationInbox?: Resolver<ResolversTypes['NotificationInbox'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType, RequireFields<QueryOrganisationArgs, 'code'>>;
  organisations?: Resolver<ResolversTypes['OrganisationConnection'], ParentType, ContextType, Partial<QueryOrganisationsArgs>>;
  overdueCycleSteps?: Resolver<Array<ResolversTypes['CycleStep']>, ParentType, ContextType, RequireFields<QueryOverdueCycleStepsArgs, 'municipalityCode'>>;
  peerComparison?: Resolver<ResolversTypes['PeerComparison'], ParentType, ContextType, RequireFields<QueryPeerComparisonArgs, 'code' | 'organiserType' | 'peers' | 'year'>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'municipalityCode'>>;
  poll?: Resolver<ResolversTypes['Poll'], ParentType, ContextType, RequireFields<QueryPollArgs, 'id'>>;
  pollResults?: Resolver<Maybe<ResolversTypes['PollResults']>, ParentType, ContextType, RequireFields<QueryPollResultsArgs, 'id'>>;
  qualityInvitees?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryQualityInviteesArgs, 'reportId'>>;
  qualityReport?: Resolver<Maybe<ResolversTypes['QualityReport']>, ParentType, ContextType, RequireFields<QueryQualityReportArgs, 'id'>>;
  qualityReports?: Resolver<Array<ResolversTypes['QualityReport']>, ParentType, ContextType, RequireFields<QueryQualityReportsArgs, 'organisationId'>>;
  qualityReportsToAttend?: Resolver<Array<ResolversTypes['QualityReport']>, ParentType, ContextType, RequireFields<QueryQualityReportsToAttendArgs, 'municipalityCode'>>;
  qualityTemplate?: Resolver<ResolversTypes['QualityTemplate'], ParentType, ContextType, RequireFields<QueryQualityTemplateArgs, 'organisationId'>>;
  question?: Resolver<ResolversTypes['Question'], ParentType, ContextType, RequireFields<QueryQuestionArgs, 'id'>>;
  questionBoard?: Resolver<ResolversTypes['QuestionBoard'], ParentType, ContextType, RequireFields<QueryQuestionBoardArgs, 'municipalityCode'>>;
  questionsToAnswer?: Resolver<Array<ResolversTypes['Question']>, ParentType, ContextType>;
  ranking?: Resolver<ResolversTypes['Ranking'], ParentType, ContextType, RequireFields<QueryRankingArgs, 'organiserType' | 'year'>>;
  recentComments?: Resolver<Array<ResolversTypes['RecentComment']>, ParentType, ContextType, RequireFields<QueryRecentCommentsArgs, 'municipalityCode'>>;
  resultPerspectives?: Resolver<Array<ResolversTypes['OrganiserType']>, ParentType, ContextType>;
  resultYears?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  resultsModel?: Resolver<ResolversTypes['ResultsModel'], ParentType, ContextType, RequireFields<QueryResultsModelArgs, 'year'>>;
  schoolUnitResults?: Resolver<ResolversTypes['SchoolUnitResults'], ParentType, ContextType, RequireFields<QuerySchoolUnitResultsArgs, 'municipalityCode'>>;
  similarMunicipalities?: Resolver<Array<ResolversTypes['SimilarMunicipality']>, ParentType, ContextType, RequireFields<QuerySimilarMunicipalitiesArgs, 'code' | 'first' | 'year'>>;
  teacherPanel?: Resolver<ResolversTypes['TeacherPanel'], ParentType, ContextType, RequireFields<QueryTeacherPanelArgs, 'municipalityCode'>>;
};

export type QuestionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Question'] = ResolversParentTypes['Question']> = {
  addressee?: Resolver<ResolversTypes['QuestionAddressee'], ParentType, ContextType>;
  answer?: Resolver<Maybe<ResolversTypes['QuestionAnswer']>, ParentType, ContextType>;
  answerExample?: Resolver<Maybe<ResolversTypes['GoodExample']>, ParentType, ContextType>;
  askedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  askerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  authorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  canAnswer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canLiftAnswerAsExample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canReport?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canSupport?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  editedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  hidden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hiddenReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipalityCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportedByViewer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['QuestionState'], ParentType, ContextType>;
  supportCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerIsAsker?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerSupports?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  writtenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QuestionAddresseeResolvers = EnumResolverSignature<{ ADMINISTRATION?: any, POLITICIANS?: any }, ResolversTypes['QuestionAddressee']>;

export type QuestionAnswerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QuestionAnswer'] = ResolversParentTypes['QuestionAnswer']> = {
  answeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  answererName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  editedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QuestionBoardResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QuestionBoard'] = ResolversParentTypes['QuestionBoard']> = {
  answersFor?: Resolver<Array<ResolversTypes['QuestionAddressee']>, ParentType, ContextType>;
  canRaise?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['Question']>, ParentType, ContextType>;
};

export type QuestionStateResolvers = EnumResolverSignature<{ ANSWERED?: any, NOT_ANSWERED?: any, PREPARING?: any }, ResolversTypes['QuestionState']>;

export type RankDistanceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RankDistance'] = ResolversParentTypes['RankDistance']> = {
  factors?: Resolver<Array<ResolversTypes['FactorDistance']>, ParentType, ContextType>;
  scoreGap?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  targetRank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  targetScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  within?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RankingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Ranking'] = ResolversParentTypes['Ranking']> = {
  attribution?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  municipalities?: Resolver<Array<ResolversTypes['MunicipalityRanking']>, ParentType, ContextType>;
  organiserType?: Resolver<ResolversTypes['OrganiserType'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weights?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RecentCommentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecentComment'] = ResolversParentTypes['RecentComment']> = {
  comment?: Resolver<ResolversTypes['Comment'], ParentType, ContextType>;
  planId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportReasonResolvers = EnumResolverSignature<{ OFFENSIVE?: any, OFF_TOPIC?: any, SPAM?: any }, ResolversTypes['ReportReason']>;

export type ReportReasonCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportReasonCount'] = ResolversParentTypes['ReportReasonCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['ReportReason'], ParentType, ContextType>;
};

export type ReportStateResolvers = EnumResolverSignature<{ HIDDEN?: any, KEPT?: any, OPEN?: any }, ResolversTypes['ReportState']>;

export type ReportedSourceResolvers = EnumResolverSignature<{ COMMENT?: any, QUESTION?: any }, ResolversTypes['ReportedSource']>;

export type ReportedTextResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReportedText'] = ResolversParentTypes['ReportedText']> = {
  comment?: Resolver<Maybe<ResolversTypes['Comment']>, ParentType, ContextType>;
  content?: Resolver<ResolversTypes['ModeratedText'], ParentType, ContextType>;
  firstReportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  hiddenByReports?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['ReportReasonCount']>, ParentType, ContextType>;
  reportCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ReportedSource'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ResultMeasureResolvers = EnumResolverSignature<{ ALL_SUBJECTS?: any, MERIT_VALUE?: any, VOCATIONAL_ELIGIBLE?: any }, ResolversTypes['ResultMeasure']>;

export type ResultsModelResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ResultsModel'] = ResolversParentTypes['ResultsModel']> = {
  attribution?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  fits?: Resolver<Array<ResolversTypes['MeasureModel']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RoleResolvers = EnumResolverSignature<{ ADMIN?: any, ADMINISTRATION?: any, COACH?: any, MUNICIPALITY_ADMIN?: any, POLITICIAN?: any, PRINCIPAL?: any, REGISTRAR?: any, TEACHER?: any }, ResolversTypes['Role']>;

export type SchoolFormResolvers = EnumResolverSignature<{ COMPULSORY?: any, PRESCHOOL?: any, UPPER_SECONDARY?: any }, ResolversTypes['SchoolForm']>;

export type SchoolUnitResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SchoolUnitResult'] = ResolversParentTypes['SchoolUnitResult']> = {
  allSubjects?: Resolver<ResolversTypes['StatFigure'], ParentType, ContextType>;
  meritValue?: Resolver<ResolversTypes['StatFigure'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organiserName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organiserType?: Resolver<ResolversTypes['OrganiserType'], ParentType, ContextType>;
  pupils?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  schoolUnitCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unreliable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  vocationalEligible?: Resolver<ResolversTypes['StatFigure'], ParentType, ContextType>;
};

export type SchoolUnitResultsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SchoolUnitResults'] = ResolversParentTypes['SchoolUnitResults']> = {
  attribution?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  municipalityCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['SchoolUnitResult']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type SchoolYearPeriodResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SchoolYearPeriod'] = ResolversParentTypes['SchoolYearPeriod']> = {
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SimilarMunicipalityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SimilarMunicipality'] = ResolversParentTypes['SimilarMunicipality']> = {
  distance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  municipalityCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StanceResolvers = EnumResolverSignature<{ AGAINST?: any, FOR?: any, NEUTRAL?: any }, ResolversTypes['Stance']>;

export type StatFigureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatFigure'] = ResolversParentTypes['StatFigure']> = {
  mark?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  missingReason?: Resolver<Maybe<ResolversTypes['MissingReason']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type StatusUpdateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatusUpdate'] = ResolversParentTypes['StatusUpdate']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  authorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effect?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidenceUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ItemStatus'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StatusUpdateConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatusUpdateConnection'] = ResolversParentTypes['StatusUpdateConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['StatusUpdate']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StepCompletionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StepCompletion'] = ResolversParentTypes['StepCompletion']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  personName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
};

export type StepOwnerRoleResolvers = EnumResolverSignature<{ ADMINISTRATION?: any, BOARD?: any, PRINCIPAL?: any, STAFF?: any, TEACHERS?: any }, ResolversTypes['StepOwnerRole']>;

export type SubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  chatEvents?: SubscriptionResolver<ResolversTypes['ChatEvent'], "chatEvents", ParentType, ContextType, RequireFields<SubscriptionChatEventsArgs, 'chatId'>>;
};

export type SuccessFactorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SuccessFactor'] = ResolversParentTypes['SuccessFactor']> = {
  authorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canLiftAsExample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canSetTheme?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  editedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  goodExample?: Resolver<Maybe<ResolversTypes['GoodExample']>, ParentType, ContextType>;
  group?: Resolver<ResolversTypes['MeetingGroup'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['FactorRevision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  theme?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withdrawn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TargetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Target'] = ResolversParentTypes['Target']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TargetKind'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['TargetProgress'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  targetRank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  targetValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  targetYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TargetKindResolvers = EnumResolverSignature<{ RANK?: any, VALUE?: any }, ResolversTypes['TargetKind']>;

export type TargetProgressResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TargetProgress'] = ResolversParentTypes['TargetProgress']> = {
  changePerYear?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  latestValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  latestYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProgressStatus'], ParentType, ContextType>;
  trend?: Resolver<Array<ResolversTypes['TrendPoint']>, ParentType, ContextType>;
};

export type TeacherPanelResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TeacherPanel'] = ResolversParentTypes['TeacherPanel']> = {
  canJoin?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canManage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  membership?: Resolver<Maybe<ResolversTypes['PanelMembership']>, ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  polls?: Resolver<Array<ResolversTypes['Poll']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ThemedAreaResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ThemedArea'] = ResolversParentTypes['ThemedArea']> = {
  area?: Resolver<ResolversTypes['DevelopmentArea'], ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['QualityMeasure']>, ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  reportId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type TrendPointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrendPoint'] = ResolversParentTypes['TrendPoint']> = {
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UnitTeachersResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UnitTeachers'] = ResolversParentTypes['UnitTeachers']> = {
  teachers?: Resolver<Array<ResolversTypes['CoachingTeacher']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  ActionItem?: ActionItemResolvers<ContextType>;
  ActionItemConnection?: ActionItemConnectionResolvers<ContextType>;
  ActionPlan?: ActionPlanResolvers<ContextType>;
  ActionPlanConnection?: ActionPlanConnectionResolvers<ContextType>;
  AnnualCycle?: AnnualCycleResolvers<ContextType>;
  Area?: AreaResolvers<ContextType>;
  Arrow?: ArrowResolvers;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  Band?: BandResolvers;
  CarriedOut?: CarriedOutResolvers;
  Cause?: CauseResolvers<ContextType>;
  Chat?: ChatResolvers<ContextType>;
  ChatBoard?: ChatBoardResolvers<ContextType>;
  ChatCommitment?: ChatCommitmentResolvers<ContextType>;
  ChatCommitmentPart?: ChatCommitmentPartResolvers<ContextType>;
  ChatEvent?: ChatEventResolvers<ContextType>;
  ChatEventKind?: ChatEventKindResolvers;
  ChatHostCandidate?: ChatHostCandidateResolvers<ContextType>;
  ChatHostRole?: ChatHostRoleResolvers;
  ChatQuestion?: ChatQuestionResolvers<ContextType>;
  ChatState?: ChatStateResolvers;
  Coach?: CoachResolvers<ContextType>;
  CoachingAgreement?: CoachingAgreementResolvers<ContextType>;
  CoachingBoard?: CoachingBoardResolvers<ContextType>;
  CoachingCaseload?: CoachingCaseloadResolvers<ContextType>;
  CoachingContent?: CoachingContentResolvers<ContextType>;
  CoachingDuration?: CoachingDurationResolvers;
  CoachingEngagement?: CoachingEngagementResolvers<ContextType>;
  CoachingEntry?: CoachingEntryResolvers<ContextType>;
  CoachingEntryKind?: CoachingEntryKindResolvers;
  CoachingExport?: CoachingExportResolvers<ContextType>;
  CoachingFigure?: CoachingFigureResolvers<ContextType>;
  CoachingFigureState?: CoachingFigureStateResolvers;
  CoachingRecord?: CoachingRecordResolvers<ContextType>;
  CoachingRequest?: CoachingRequestResolvers<ContextType>;
  CoachingRequestState?: CoachingRequestStateResolvers;
  CoachingSettings?: CoachingSettingsResolvers<ContextType>;
  CoachingStatistics?: CoachingStatisticsResolvers<ContextType>;
  CoachingStatisticsRow?: CoachingStatisticsRowResolvers<ContextType>;
  CoachingStatisticsTable?: CoachingStatisticsTableResolvers<ContextType>;
  CoachingSubject?: CoachingSubjectResolvers;
  CoachingTeacher?: CoachingTeacherResolvers<ContextType>;
  Comment?: CommentResolvers<ContextType>;
  CommentConnection?: CommentConnectionResolvers<ContextType>;
  CommentRevision?: CommentRevisionResolvers<ContextType>;
  CommentTargetType?: CommentTargetTypeResolvers;
  Complaint?: ComplaintResolvers<ContextType>;
  ComplaintChannel?: ComplaintChannelResolvers;
  ComplaintConnection?: ComplaintConnectionResolvers<ContextType>;
  ComplaintState?: ComplaintStateResolvers;
  ComplaintStateCount?: ComplaintStateCountResolvers<ContextType>;
  ConsentState?: ConsentStateResolvers;
  ContentReport?: ContentReportResolvers<ContextType>;
  ContributorRight?: ContributorRightResolvers;
  CyclePhase?: CyclePhaseResolvers;
  CycleStep?: CycleStepResolvers<ContextType>;
  DatabaseKind?: DatabaseKindResolvers;
  DateTime?: GraphQLScalarType;
  Deficiency?: DeficiencyResolvers<ContextType>;
  DeficiencyArea?: DeficiencyAreaResolvers;
  DeficiencyConnection?: DeficiencyConnectionResolvers<ContextType>;
  DeficiencyEvidence?: DeficiencyEvidenceResolvers<ContextType>;
  DeficiencyMeasure?: DeficiencyMeasureResolvers<ContextType>;
  DeficiencySource?: DeficiencySourceResolvers;
  DeficiencyState?: DeficiencyStateResolvers;
  DeficiencyStateChange?: DeficiencyStateChangeResolvers<ContextType>;
  DemoAccount?: DemoAccountResolvers<ContextType>;
  DevelopmentArea?: DevelopmentAreaResolvers<ContextType>;
  DevelopmentAreas?: DevelopmentAreasResolvers<ContextType>;
  Direction?: DirectionResolvers;
  EffectAnswer?: EffectAnswerResolvers;
  EmailFrequency?: EmailFrequencyResolvers;
  EngagementState?: EngagementStateResolvers;
  EvidenceKind?: EvidenceKindResolvers;
  ExampleSource?: ExampleSourceResolvers;
  FactorDistance?: FactorDistanceResolvers<ContextType>;
  FactorMedian?: FactorMedianResolvers<ContextType>;
  FactorResult?: FactorResultResolvers<ContextType>;
  FactorRevision?: FactorRevisionResolvers<ContextType>;
  FactorTheme?: FactorThemeResolvers<ContextType>;
  FieldError?: FieldErrorResolvers<ContextType>;
  FigureState?: FigureStateResolvers;
  FocusGroupTerm?: FocusGroupTermResolvers<ContextType>;
  FollowUp?: FollowUpResolvers<ContextType>;
  FollowUps?: FollowUpsResolvers<ContextType>;
  Goal?: GoalResolvers<ContextType>;
  GoalConnection?: GoalConnectionResolvers<ContextType>;
  GoalPeriod?: GoalPeriodResolvers<ContextType>;
  GoodExample?: GoodExampleResolvers<ContextType>;
  GroupMedians?: GroupMediansResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorSeries?: IndicatorSeriesResolvers<ContextType>;
  InterventionKind?: InterventionKindResolvers;
  ItemFromMeasurePayload?: ItemFromMeasurePayloadResolvers<ContextType>;
  ItemStatus?: ItemStatusResolvers;
  LastUpdate?: LastUpdateResolvers<ContextType>;
  LocalizedText?: LocalizedTextResolvers<ContextType>;
  LoginResult?: LoginResultResolvers<ContextType>;
  MailLanguage?: MailLanguageResolvers;
  MeasureModel?: MeasureModelResolvers<ContextType>;
  Measurement?: MeasurementResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  MeetingBoard?: MeetingBoardResolvers<ContextType>;
  MeetingGroup?: MeetingGroupResolvers<ContextType>;
  MeetingGroupKind?: MeetingGroupKindResolvers;
  MeetingKind?: MeetingKindResolvers;
  MeetingSignup?: MeetingSignupResolvers<ContextType>;
  MeetingSynthesis?: MeetingSynthesisResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MissingReason?: MissingReasonResolvers;
  ModelCoefficient?: ModelCoefficientResolvers<ContextType>;
  ModeratedText?: ModeratedTextResolvers<ContextType>;
  ModerationDecision?: ModerationDecisionResolvers;
  ModerationSettings?: ModerationSettingsResolvers<ContextType>;
  MunicipalityName?: MunicipalityNameResolvers<ContextType>;
  MunicipalityRanking?: MunicipalityRankingResolvers<ContextType>;
  MunicipalityResults?: MunicipalityResultsResolvers<ContextType>;
  MunicipalityYearResult?: MunicipalityYearResultResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationInbox?: NotificationInboxResolvers<ContextType>;
  NotificationKind?: NotificationKindResolvers;
  NotificationPreferences?: NotificationPreferencesResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationConnection?: OrganisationConnectionResolvers<ContextType>;
  OrganisationKind?: OrganisationKindResolvers;
  OrganisationSeries?: OrganisationSeriesResolvers<ContextType>;
  OrganiserType?: OrganiserTypeResolvers;
  PageInfo?: PageInfoResolvers<ContextType>;
  PanelDimension?: PanelDimensionResolvers;
  PanelMembership?: PanelMembershipResolvers<ContextType>;
  Participation?: ParticipationResolvers<ContextType>;
  PasswordLink?: PasswordLinkResolvers<ContextType>;
  PeerComparison?: PeerComparisonResolvers<ContextType>;
  PeerRow?: PeerRowResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PlanStatus?: PlanStatusResolvers;
  Poll?: PollResolvers<ContextType>;
  PollAudience?: PollAudienceResolvers<ContextType>;
  PollBreakdown?: PollBreakdownResolvers<ContextType>;
  PollFigure?: PollFigureResolvers<ContextType>;
  PollQuestion?: PollQuestionResolvers<ContextType>;
  PollQuestionKind?: PollQuestionKindResolvers;
  PollQuestionResult?: PollQuestionResultResolvers<ContextType>;
  PollResponses?: PollResponsesResolvers<ContextType>;
  PollResultRow?: PollResultRowResolvers<ContextType>;
  PollResults?: PollResultsResolvers<ContextType>;
  PollState?: PollStateResolvers;
  QualityComment?: QualityCommentResolvers<ContextType>;
  QualityContributor?: QualityContributorResolvers<ContextType>;
  QualityFigure?: QualityFigureResolvers<ContextType>;
  QualityGuidance?: QualityGuidanceResolvers<ContextType>;
  QualityMeasure?: QualityMeasureResolvers<ContextType>;
  QualityMeasureLink?: QualityMeasureLinkResolvers<ContextType>;
  QualityMeasures?: QualityMeasuresResolvers<ContextType>;
  QualityReport?: QualityReportResolvers<ContextType>;
  QualityReportKind?: QualityReportKindResolvers;
  QualityReportStatus?: QualityReportStatusResolvers;
  QualityResult?: QualityResultResolvers<ContextType>;
  QualitySection?: QualitySectionResolvers<ContextType>;
  QualityStatusChange?: QualityStatusChangeResolvers<ContextType>;
  QualityTemplate?: QualityTemplateResolvers<ContextType>;
  QualityText?: QualityTextResolvers<ContextType>;
  QualityTextSection?: QualityTextSectionResolvers;
  QualityTheme?: QualityThemeResolvers;
  QualityThemeGroup?: QualityThemeGroupResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Question?: QuestionResolvers<ContextType>;
  QuestionAddressee?: QuestionAddresseeResolvers;
  QuestionAnswer?: QuestionAnswerResolvers<ContextType>;
  QuestionBoard?: QuestionBoardResolvers<ContextType>;
  QuestionState?: QuestionStateResolvers;
  RankDistance?: RankDistanceResolvers<ContextType>;
  Ranking?: RankingResolvers<ContextType>;
  RecentComment?: RecentCommentResolvers<ContextType>;
  ReportReason?: ReportReasonResolvers;
  ReportReasonCount?: ReportReasonCountResolvers<ContextType>;
  ReportState?: ReportStateResolvers;
  ReportedSource?: ReportedSourceResolvers;
  ReportedText?: ReportedTextResolvers<ContextType>;
  ResultMeasure?: ResultMeasureResolvers;
  ResultsModel?: ResultsModelResolvers<ContextType>;
  Role?: RoleResolvers;
  SchoolForm?: SchoolFormResolvers;
  SchoolUnitResult?: SchoolUnitResultResolvers<ContextType>;
  SchoolUnitResults?: SchoolUnitResultsResolvers<ContextType>;
  SchoolYearPeriod?: SchoolYearPeriodResolvers<ContextType>;
  SimilarMunicipality?: SimilarMunicipalityResolvers<ContextType>;
  Stance?: StanceResolvers;
  StatFigure?: StatFigureResolvers<ContextType>;
  StatusUpdate?: StatusUpdateResolvers<ContextType>;
  StatusUpdateConnection?: StatusUpdateConnectionResolvers<ContextType>;
  StepCompletion?: StepCompletionResolvers<ContextType>;
  StepOwnerRole?: StepOwnerRoleResolvers;
  Subscription?: SubscriptionResolvers<ContextType>;
  SuccessFactor?: SuccessFactorResolvers<ContextType>;
  Target?: TargetResolvers<ContextType>;
  TargetKind?: TargetKindResolvers;
  TargetProgress?: TargetProgressResolvers<ContextType>;
  TeacherPanel?: TeacherPanelResolvers<ContextType>;
  ThemedArea?: ThemedAreaResolvers<ContextType>;
  TrendPoint?: TrendPointResolvers<ContextType>;
  UnitTeachers?: UnitTeachersResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = GraphQLContext> = {
  listSize?: ListSizeDirectiveResolver<any, any, ContextType>;
};
