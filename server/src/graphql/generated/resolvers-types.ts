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

export type AddCommentInput = {
  /** Reply to this top-level comment. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  stance?: InputMaybe<Stance>;
  /** A plan, area, action item or goal. */
  targetId: Scalars['ID']['input'];
  /** At most 5,000 characters. */
  text: Scalars['String']['input'];
};

export type AddTargetInput = {
  goalId: Scalars['ID']['input'];
  target: TargetInput;
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

/** A comment on a plan, area, item or goal. A hidden one shows its reason; its text only to its author and moderators. */
export type Comment = {
  __typename?: 'Comment';
  author?: Maybe<Person>;
  authorName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  edited: Scalars['Boolean']['output'];
  hidden: Scalars['Boolean']['output'];
  hiddenAt?: Maybe<Scalars['DateTime']['output']>;
  hiddenReason?: Maybe<Scalars['String']['output']>;
  /** Earlier texts; shown to the author and moderators only. */
  history: Array<CommentRevision>;
  id: Scalars['ID']['output'];
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Replies, oldest first (one level). */
  replies: Array<Comment>;
  stance?: Maybe<Stance>;
  targetId: Scalars['ID']['output'];
  targetType: CommentTargetType;
  /** Null when hidden and the viewer is neither the author nor a moderator. */
  text?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
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

export type CreateAreaInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  planId: Scalars['ID']['input'];
  position?: InputMaybe<Scalars['Int']['input']>;
  title: Scalars['String']['input'];
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

export type { DatabaseKind };

/** A demo account for the sign-in screen (password lyfta-demo); listed only when the demo is loaded. */
export type DemoAccount = {
  __typename?: 'DemoAccount';
  email: Scalars['String']['output'];
  name: Scalars['String']['output'];
  organisationName: Scalars['String']['output'];
  role: Role;
};

export type { Direction };

export type EditCommentInput = {
  id: Scalars['ID']['input'];
  stance?: InputMaybe<Stance>;
  text: Scalars['String']['input'];
};

export type { EmailFrequency };

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

/** An invitation: the person and their first role. */
export type InvitePersonInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  organisationId: Scalars['ID']['input'];
  role: Role;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type { ItemStatus };

/** The latest update in short: what was said, by whom, when. */
export type LastUpdate = {
  __typename?: 'LastUpdate';
  at: Scalars['DateTime']['output'];
  authorName: Scalars['String']['output'];
  text: Scalars['String']['output'];
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
  addComment: Comment;
  /** Gives a person a role in an organisation (admin). */
  addMembership: Person;
  /** Adds a target (a goal has at most 20); applies to the goal's current version. */
  addTarget: Goal;
  /** Archives an area whose items are all cancelled or moved, or brings it back. */
  archiveArea: Area;
  /** Cancels an item: kept with its history, shown as cancelled, left out of the plan's progress. */
  cancelActionItem: ActionItem;
  /** Closes an active plan (ACTIVE → CLOSED). */
  closeActionPlan: ActionPlan;
  createActionItem: ActionItem;
  createActionPlan: ActionPlan;
  createArea: Area;
  createGoal: Goal;
  /** Adds an administration/district or school unit under an existing organisation (admin). */
  createOrganisation: Organisation;
  /** A new one-time set-password link for a person; earlier links stop working (admin). */
  createPasswordLink: PasswordLink;
  /** Creates a local account (admin). */
  createPerson: Person;
  /** The author edits their comment; the earlier text is kept. */
  editComment: Comment;
  /** Moderation: hides a comment with a reason; it is never deleted. */
  hideComment: Comment;
  /** Invites a person with their first role; returns their one-time set-password link (admin). */
  invitePerson: PasswordLink;
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
  /** Publishes a draft plan (DRAFT → ACTIVE). */
  publishActionPlan: ActionPlan;
  /** Records status and progress; CONFLICT (extensions.current) when expectedVersion is stale. */
  recordStatusUpdate: ActionItem;
  /** Takes a role in an organisation away (admin). */
  removeMembership: Person;
  removeTarget: Goal;
  setNotificationPreferences: NotificationPreferences;
  /** Sets a password through a one-time link and signs in. Wrong, used and expired links give the same error. */
  setPassword: LoginResult;
  /** Deactivates a person (their sessions end, they can no longer sign in) or activates them again (admin). */
  setPersonActive: Person;
  /** Keeps the municipalities the signed-in person compares results with: at most 10 known municipality codes, no repeats (an empty list forgets them). */
  setResultPeers: Person;
  unlinkGoalFromItem: ActionItem;
  updateActionItem: ActionItem;
  updateActionPlan: ActionPlan;
  updateArea: Area;
  updateGoal: Goal;
  /** Renames, deactivates or reactivates an administration or school unit; never deletes (admin). */
  updateOrganisation: Organisation;
  /** Changes a target against the goal's version; the target keeps its id. */
  updateTarget: Goal;
};


export type MutationAddCommentArgs = {
  input: AddCommentInput;
};


export type MutationAddMembershipArgs = {
  input: MembershipInput;
};


export type MutationAddTargetArgs = {
  input: AddTargetInput;
};


export type MutationArchiveAreaArgs = {
  input: ArchiveAreaInput;
};


export type MutationCancelActionItemArgs = {
  input: VersionedInput;
};


export type MutationCloseActionPlanArgs = {
  input: VersionedInput;
};


export type MutationCreateActionItemArgs = {
  input: CreateActionItemInput;
};


export type MutationCreateActionPlanArgs = {
  input: CreateActionPlanInput;
};


export type MutationCreateAreaArgs = {
  input: CreateAreaInput;
};


export type MutationCreateGoalArgs = {
  input: CreateGoalInput;
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


export type MutationEditCommentArgs = {
  input: EditCommentInput;
};


export type MutationHideCommentArgs = {
  input: HideCommentInput;
};


export type MutationInvitePersonArgs = {
  input: InvitePersonInput;
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


export type MutationPublishActionPlanArgs = {
  input: VersionedInput;
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


export type MutationSetNotificationPreferencesArgs = {
  input: NotificationPreferencesInput;
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


export type MutationUnlinkGoalFromItemArgs = {
  input: GoalItemLinkInput;
};


export type MutationUpdateActionItemArgs = {
  input: UpdateActionItemInput;
};


export type MutationUpdateActionPlanArgs = {
  input: UpdateActionPlanInput;
};


export type MutationUpdateAreaArgs = {
  input: UpdateAreaInput;
};


export type MutationUpdateGoalArgs = {
  input: UpdateGoalInput;
};


export type MutationUpdateOrganisationArgs = {
  input: UpdateOrganisationInput;
};


export type MutationUpdateTargetArgs = {
  input: UpdateTargetInput;
};

/**
 * A new comment or reply on a plan, area or item the viewer is responsible for, or a reply to their
 * comment. The comment shows as the viewer may see it now (a hidden one as hidden).
 */
export type Notification = {
  __typename?: 'Notification';
  /** The comment, the plan's title, area's title or item's text, and the plan. */
  comment: RecentComment;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
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

export type ProgressStatus =
  | 'AT_RISK'
  | 'NO_DATA'
  | 'OFF_TRACK'
  | 'ON_TRACK';

export type Query = {
  __typename?: 'Query';
  actionItem?: Maybe<ActionItem>;
  actionPlan?: Maybe<ActionPlan>;
  /** An organisation's action plans, newest first. */
  actionPlans: ActionPlanConnection;
  /** People of the organisation's municipality a plan or item may be assigned to, by name (its administration); at most 200. */
  assignablePeople: Array<Person>;
  /** The changes to a plan, area, item, goal, comment or person, newest first: an admin sees all, a municipality's administration those recorded in its municipality (none for an id outside it or unknown: an id does not tell what exists); FORBIDDEN for anyone else. */
  auditLog: AuditEventConnection;
  /** Top-level comments on a target, oldest first, with their replies. */
  comments: CommentConnection;
  /** The demo accounts, when the demo data is loaded; otherwise empty. */
  demoAccounts: Array<DemoAccount>;
  goal?: Maybe<Goal>;
  /** An organisation's goals, oldest first. */
  goals: GoalConnection;
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
  /** The signed-in person, or null. */
  me?: Maybe<Person>;
  /** The action items of a municipality's plans the viewer may read, plan by plan (newest plan first), each plan's in order; first at most 500 (default 200). For start pages. */
  municipalityItems: Array<ActionItem>;
  /** The 290 municipalities by name. Needs a signed-in viewer. */
  municipalityNames: Array<MunicipalityName>;
  /** One municipality's six factors and rank per year. Needs a signed-in viewer. */
  municipalityResults: MunicipalityResults;
  notificationInbox: NotificationInbox;
  /** An organisation by its code (e.g. 1490 for Borås, or a school unit code). */
  organisation?: Maybe<Organisation>;
  /** Organisations, filtered by kind, municipality and a name search. */
  organisations: OrganisationConnection;
  /** A municipality against the national median, its county and chosen municipalities. */
  peerComparison: PeerComparison;
  /** The people holding a role in a municipality, by name; search matches name or email (admin). */
  people: PersonConnection;
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


export type QueryAssignablePeopleArgs = {
  organisationId: Scalars['ID']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  targetId: Scalars['ID']['input'];
};


export type QueryCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  targetId: Scalars['ID']['input'];
};


export type QueryGoalArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGoalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  organisationId: Scalars['ID']['input'];
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

export type { Role };

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

/** One year's value in a trend; null when missing. */
export type TrendPoint = {
  __typename?: 'TrendPoint';
  value?: Maybe<Scalars['Float']['output']>;
  year: Scalars['Int']['output'];
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

export type UpdateAreaInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  position?: InputMaybe<Scalars['Int']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
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





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActionItem: ResolverTypeWrapper<ActionItemDoc>;
  ActionItemConnection: ResolverTypeWrapper<Omit<ActionItemConnection, 'nodes'> & { nodes: Array<ResolversTypes['ActionItem']> }>;
  ActionPlan: ResolverTypeWrapper<ActionPlanDoc>;
  ActionPlanConnection: ResolverTypeWrapper<Omit<ActionPlanConnection, 'nodes'> & { nodes: Array<ResolversTypes['ActionPlan']> }>;
  AddCommentInput: AddCommentInput;
  AddTargetInput: AddTargetInput;
  ArchiveAreaInput: ArchiveAreaInput;
  Area: ResolverTypeWrapper<AreaDoc>;
  Arrow: Arrow;
  AuditEvent: ResolverTypeWrapper<AuditEventDoc>;
  AuditEventConnection: ResolverTypeWrapper<Omit<AuditEventConnection, 'nodes'> & { nodes: Array<ResolversTypes['AuditEvent']> }>;
  Band: Band;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Comment: ResolverTypeWrapper<CommentDoc>;
  CommentConnection: ResolverTypeWrapper<Omit<CommentConnection, 'nodes'> & { nodes: Array<ResolversTypes['Comment']> }>;
  CommentRevision: ResolverTypeWrapper<CommentRevision>;
  CommentTargetType: CommentTargetType;
  CreateActionItemInput: CreateActionItemInput;
  CreateActionPlanInput: CreateActionPlanInput;
  CreateAreaInput: CreateAreaInput;
  CreateGoalInput: CreateGoalInput;
  CreateOrganisationInput: CreateOrganisationInput;
  CreatePersonInput: CreatePersonInput;
  DatabaseKind: DatabaseKind;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DemoAccount: ResolverTypeWrapper<DemoAccount>;
  Direction: Direction;
  EditCommentInput: EditCommentInput;
  EmailFrequency: EmailFrequency;
  FactorDistance: ResolverTypeWrapper<FactorDistance>;
  FactorMedian: ResolverTypeWrapper<FactorMedian>;
  FactorResult: ResolverTypeWrapper<FactorResult>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Goal: ResolverTypeWrapper<GoalDoc>;
  GoalConnection: ResolverTypeWrapper<Omit<GoalConnection, 'nodes'> & { nodes: Array<ResolversTypes['Goal']> }>;
  GoalItemLinkInput: GoalItemLinkInput;
  GoalPeriod: ResolverTypeWrapper<GoalPeriod>;
  GoalPeriodInput: GoalPeriodInput;
  GroupMedians: ResolverTypeWrapper<GroupMedians>;
  Health: ResolverTypeWrapper<Health>;
  HideCommentInput: HideCommentInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Indicator: ResolverTypeWrapper<IndicatorDoc>;
  IndicatorSeries: ResolverTypeWrapper<Omit<IndicatorSeries, 'indicator' | 'series'> & { indicator: ResolversTypes['Indicator'], series: Array<ResolversTypes['OrganisationSeries']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InvitePersonInput: InvitePersonInput;
  ItemStatus: ItemStatus;
  LastUpdate: ResolverTypeWrapper<LastUpdateDoc>;
  LocalizedText: ResolverTypeWrapper<LocalizedText>;
  LoginResult: ResolverTypeWrapper<LoginOutcome>;
  MailLanguage: MailLanguage;
  MarkNotificationsSeenInput: MarkNotificationsSeenInput;
  MeasureModel: ResolverTypeWrapper<MeasureModel>;
  Measurement: ResolverTypeWrapper<MeasurementDoc>;
  Membership: ResolverTypeWrapper<MembershipDoc>;
  MembershipInput: MembershipInput;
  MissingReason: MissingReason;
  ModelCoefficient: ResolverTypeWrapper<ModelCoefficient>;
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
  PasswordLink: ResolverTypeWrapper<Omit<PasswordLink, 'person'> & { person: ResolversTypes['Person'] }>;
  PeerComparison: ResolverTypeWrapper<PeerComparison>;
  PeerRow: ResolverTypeWrapper<PeerRow>;
  Person: ResolverTypeWrapper<PersonDoc>;
  PersonActiveInput: PersonActiveInput;
  PersonConnection: ResolverTypeWrapper<Omit<PersonConnection, 'nodes'> & { nodes: Array<ResolversTypes['Person']> }>;
  PlanStatus: PlanStatus;
  ProgressStatus: ProgressStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RankDistance: ResolverTypeWrapper<RankDistance>;
  Ranking: ResolverTypeWrapper<Ranking>;
  RankingWeights: RankingWeights;
  RecentComment: ResolverTypeWrapper<Omit<RecentComment, 'comment'> & { comment: ResolversTypes['Comment'] }>;
  RecordStatusUpdateInput: RecordStatusUpdateInput;
  ResultMeasure: ResultMeasure;
  ResultsModel: ResolverTypeWrapper<ResultsModel>;
  Role: Role;
  SchoolUnitResult: ResolverTypeWrapper<SchoolUnitResult>;
  SchoolUnitResults: ResolverTypeWrapper<SchoolUnitResults>;
  SchoolYearPeriod: ResolverTypeWrapper<SchoolYearPeriod>;
  SchoolYearPeriodInput: SchoolYearPeriodInput;
  SetPasswordInput: SetPasswordInput;
  SimilarMunicipality: ResolverTypeWrapper<SimilarMunicipality>;
  Stance: Stance;
  StatFigure: ResolverTypeWrapper<StatFigure>;
  StatusUpdate: ResolverTypeWrapper<StatusUpdateDoc>;
  StatusUpdateConnection: ResolverTypeWrapper<Omit<StatusUpdateConnection, 'nodes'> & { nodes: Array<ResolversTypes['StatusUpdate']> }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Target: ResolverTypeWrapper<TargetDoc>;
  TargetInput: TargetInput;
  TargetKind: TargetKind;
  TargetProgress: ResolverTypeWrapper<TargetProgress>;
  TrendPoint: ResolverTypeWrapper<TrendPoint>;
  UpdateActionItemInput: UpdateActionItemInput;
  UpdateActionPlanInput: UpdateActionPlanInput;
  UpdateAreaInput: UpdateAreaInput;
  UpdateGoalInput: UpdateGoalInput;
  UpdateOrganisationInput: UpdateOrganisationInput;
  UpdateTargetInput: UpdateTargetInput;
  VersionedInput: VersionedInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActionItem: ActionItemDoc;
  ActionItemConnection: Omit<ActionItemConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['ActionItem']> };
  ActionPlan: ActionPlanDoc;
  ActionPlanConnection: Omit<ActionPlanConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['ActionPlan']> };
  AddCommentInput: AddCommentInput;
  AddTargetInput: AddTargetInput;
  ArchiveAreaInput: ArchiveAreaInput;
  Area: AreaDoc;
  AuditEvent: AuditEventDoc;
  AuditEventConnection: Omit<AuditEventConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['AuditEvent']> };
  Boolean: Scalars['Boolean']['output'];
  Comment: CommentDoc;
  CommentConnection: Omit<CommentConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Comment']> };
  CommentRevision: CommentRevision;
  CreateActionItemInput: CreateActionItemInput;
  CreateActionPlanInput: CreateActionPlanInput;
  CreateAreaInput: CreateAreaInput;
  CreateGoalInput: CreateGoalInput;
  CreateOrganisationInput: CreateOrganisationInput;
  CreatePersonInput: CreatePersonInput;
  DateTime: Scalars['DateTime']['output'];
  DemoAccount: DemoAccount;
  EditCommentInput: EditCommentInput;
  FactorDistance: FactorDistance;
  FactorMedian: FactorMedian;
  FactorResult: FactorResult;
  Float: Scalars['Float']['output'];
  Goal: GoalDoc;
  GoalConnection: Omit<GoalConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Goal']> };
  GoalItemLinkInput: GoalItemLinkInput;
  GoalPeriod: GoalPeriod;
  GoalPeriodInput: GoalPeriodInput;
  GroupMedians: GroupMedians;
  Health: Health;
  HideCommentInput: HideCommentInput;
  ID: Scalars['ID']['output'];
  Indicator: IndicatorDoc;
  IndicatorSeries: Omit<IndicatorSeries, 'indicator' | 'series'> & { indicator: ResolversParentTypes['Indicator'], series: Array<ResolversParentTypes['OrganisationSeries']> };
  Int: Scalars['Int']['output'];
  InvitePersonInput: InvitePersonInput;
  LastUpdate: LastUpdateDoc;
  LocalizedText: LocalizedText;
  LoginResult: LoginOutcome;
  MarkNotificationsSeenInput: MarkNotificationsSeenInput;
  MeasureModel: MeasureModel;
  Measurement: MeasurementDoc;
  Membership: MembershipDoc;
  MembershipInput: MembershipInput;
  ModelCoefficient: ModelCoefficient;
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
  PasswordLink: Omit<PasswordLink, 'person'> & { person: ResolversParentTypes['Person'] };
  PeerComparison: PeerComparison;
  PeerRow: PeerRow;
  Person: PersonDoc;
  PersonActiveInput: PersonActiveInput;
  PersonConnection: Omit<PersonConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Person']> };
  Query: Record<PropertyKey, never>;
  RankDistance: RankDistance;
  Ranking: Ranking;
  RankingWeights: RankingWeights;
  RecentComment: Omit<RecentComment, 'comment'> & { comment: ResolversParentTypes['Comment'] };
  RecordStatusUpdateInput: RecordStatusUpdateInput;
  ResultsModel: ResultsModel;
  SchoolUnitResult: SchoolUnitResult;
  SchoolUnitResults: SchoolUnitResults;
  SchoolYearPeriod: SchoolYearPeriod;
  SchoolYearPeriodInput: SchoolYearPeriodInput;
  SetPasswordInput: SetPasswordInput;
  SimilarMunicipality: SimilarMunicipality;
  StatFigure: StatFigure;
  StatusUpdate: StatusUpdateDoc;
  StatusUpdateConnection: Omit<StatusUpdateConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['StatusUpdate']> };
  String: Scalars['String']['output'];
  Target: TargetDoc;
  TargetInput: TargetInput;
  TargetProgress: TargetProgress;
  TrendPoint: TrendPoint;
  UpdateActionItemInput: UpdateActionItemInput;
  UpdateActionPlanInput: UpdateActionPlanInput;
  UpdateAreaInput: UpdateAreaInput;
  UpdateGoalInput: UpdateGoalInput;
  UpdateOrganisationInput: UpdateOrganisationInput;
  UpdateTargetInput: UpdateTargetInput;
  VersionedInput: VersionedInput;
};

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

export type CommentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Comment'] = ResolversParentTypes['Comment']> = {
  author?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  authorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  edited?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hidden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hiddenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  hiddenReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['CommentRevision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  replies?: Resolver<Array<ResolversTypes['Comment']>, ParentType, ContextType>;
  stance?: Resolver<Maybe<ResolversTypes['Stance']>, ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['CommentTargetType'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
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

export type DatabaseKindResolvers = EnumResolverSignature<{ EMBEDDED?: any, MONGODB?: any }, ResolversTypes['DatabaseKind']>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DemoAccountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DemoAccount'] = ResolversParentTypes['DemoAccount']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisationName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type DirectionResolvers = EnumResolverSignature<{ HIGHER_IS_BETTER?: any, LOWER_IS_BETTER?: any }, ResolversTypes['Direction']>;

export type EmailFrequencyResolvers = EnumResolverSignature<{ DAILY?: any, IMMEDIATELY?: any, OFF?: any }, ResolversTypes['EmailFrequency']>;

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

export type MembershipResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type MissingReasonResolvers = EnumResolverSignature<{ APPROXIMATE?: any, NOT_APPLICABLE?: any, NO_DATA?: any, SUPPRESSED?: any, TOO_FEW_PUPILS?: any }, ResolversTypes['MissingReason']>;

export type ModelCoefficientResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ModelCoefficient'] = ResolversParentTypes['ModelCoefficient']> = {
  estimate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  variable?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  addComment?: Resolver<ResolversTypes['Comment'], ParentType, ContextType, RequireFields<MutationAddCommentArgs, 'input'>>;
  addMembership?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationAddMembershipArgs, 'input'>>;
  addTarget?: Resolver<ResolversTypes['Goal'], ParentType, ContextType, RequireFields<MutationAddTargetArgs, 'input'>>;
  archiveArea?: Resolver<ResolversTypes['Area'], ParentType, ContextType, RequireFields<MutationArchiveAreaArgs, 'input'>>;
  cancelActionItem?: Resolver<ResolversTypes['ActionItem'], ParentType, ContextType, RequireFields<MutationCancelActionItemArgs, 'input'>>;
  closeActionPlan?: Resolver<ResolversTypes['ActionPlan'], ParentType, ContextType, RequireFields<MutationCloseActionPlanArgs, 'input'>>;
  createActionItem?: Resolver<ResolversTypes['ActionItem'], ParentType, ContextType, RequireFields<MutationCreateActionItemArgs, 'input'>>;
  createActionPlan?: Resolver<ResolversTypes['ActionPlan'], ParentType, ContextType, RequireFields<MutationCreateActionPlanArgs, 'input'>>;
  createArea?: Resolver<ResolversTypes['Area'], ParentType, ContextType, RequireFields<MutationCreateAreaArgs, 'input'>>;
  createGoal?: Resolver<ResolversTypes['Goal'], ParentType, ContextType, RequireFields<MutationCreateGoalArgs, 'input'>>;
  createOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationCreateOrganisationArgs, 'input'>>;
  createPasswordLink?: Resolver<ResolversTypes['PasswordLink'], ParentType, ContextType, RequireFields<MutationCreatePasswordLinkArgs, 'personId'>>;
  createPerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationCreatePersonArgs, 'input'>>;
  editComment?: Resolver<ResolversTypes['Comment'], ParentType, ContextType, RequireFields<MutationEditCommentArgs, 'input'>>;
  hideComment?: Resolver<ResolversTypes['Comment'], ParentType, ContextType, RequireFields<MutationHideCommentArgs, 'input'>>;
  invitePerson?: Resolver<ResolversTypes['PasswordLink'], ParentType, ContextType, RequireFields<MutationInvitePersonArgs, 'input'>>;
  linkGoalToItem?: Resolver<ResolversTypes['ActionItem'], ParentType, ContextType, RequireFields<MutationLinkGoalToItemArgs, 'input'>>;
  login?: Resolver<ResolversTypes['LoginResult'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'email' | 'password'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  markNotificationsSeen?: Resolver<ResolversTypes['NotificationInbox'], ParentType, ContextType, RequireFields<MutationMarkNotificationsSeenArgs, 'input'>>;
  moveActionItem?: Resolver<ResolversTypes['ActionPlan'], ParentType, ContextType, RequireFields<MutationMoveActionItemArgs, 'input'>>;
  moveArea?: Resolver<ResolversTypes['ActionPlan'], ParentType, ContextType, RequireFields<MutationMoveAreaArgs, 'input'>>;
  publishActionPlan?: Resolver<ResolversTypes['ActionPlan'], ParentType, ContextType, RequireFields<MutationPublishActionPlanArgs, 'input'>>;
  recordStatusUpdate?: Resolver<ResolversTypes['ActionItem'], ParentType, ContextType, RequireFields<MutationRecordStatusUpdateArgs, 'input'>>;
  removeMembership?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationRemoveMembershipArgs, 'input'>>;
  removeTarget?: Resolver<ResolversTypes['Goal'], ParentType, ContextType, RequireFields<MutationRemoveTargetArgs, 'goalId' | 'targetId'>>;
  setNotificationPreferences?: Resolver<ResolversTypes['NotificationPreferences'], ParentType, ContextType, RequireFields<MutationSetNotificationPreferencesArgs, 'input'>>;
  setPassword?: Resolver<ResolversTypes['LoginResult'], ParentType, ContextType, RequireFields<MutationSetPasswordArgs, 'input'>>;
  setPersonActive?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationSetPersonActiveArgs, 'input'>>;
  setResultPeers?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationSetResultPeersArgs, 'codes'>>;
  unlinkGoalFromItem?: Resolver<ResolversTypes['ActionItem'], ParentType, ContextType, RequireFields<MutationUnlinkGoalFromItemArgs, 'input'>>;
  updateActionItem?: Resolver<ResolversTypes['ActionItem'], ParentType, ContextType, RequireFields<MutationUpdateActionItemArgs, 'input'>>;
  updateActionPlan?: Resolver<ResolversTypes['ActionPlan'], ParentType, ContextType, RequireFields<MutationUpdateActionPlanArgs, 'input'>>;
  updateArea?: Resolver<ResolversTypes['Area'], ParentType, ContextType, RequireFields<MutationUpdateAreaArgs, 'input'>>;
  updateGoal?: Resolver<ResolversTypes['Goal'], ParentType, ContextType, RequireFields<MutationUpdateGoalArgs, 'input'>>;
  updateOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationUpdateOrganisationArgs, 'input'>>;
  updateTarget?: Resolver<ResolversTypes['Goal'], ParentType, ContextType, RequireFields<MutationUpdateTargetArgs, 'input'>>;
};

export type NotificationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  comment?: Resolver<ResolversTypes['RecentComment'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
};

export type NotificationInboxResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NotificationInbox'] = ResolversParentTypes['NotificationInbox']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  notifications?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType, Partial<NotificationInboxNotificationsArgs>>;
  preferences?: Resolver<ResolversTypes['NotificationPreferences'], ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NotificationKindResolvers = EnumResolverSignature<{ COMMENT?: any, REPLY?: any }, ResolversTypes['NotificationKind']>;

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

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actionItem?: Resolver<Maybe<ResolversTypes['ActionItem']>, ParentType, ContextType, RequireFields<QueryActionItemArgs, 'id'>>;
  actionPlan?: Resolver<Maybe<ResolversTypes['ActionPlan']>, ParentType, ContextType, RequireFields<QueryActionPlanArgs, 'id'>>;
  actionPlans?: Resolver<ResolversTypes['ActionPlanConnection'], ParentType, ContextType, RequireFields<QueryActionPlansArgs, 'organisationId'>>;
  assignablePeople?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryAssignablePeopleArgs, 'organisationId'>>;
  auditLog?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'targetId'>>;
  comments?: Resolver<ResolversTypes['CommentConnection'], ParentType, ContextType, RequireFields<QueryCommentsArgs, 'targetId'>>;
  demoAccounts?: Resolver<Array<ResolversTypes['DemoAccount']>, ParentType, ContextType>;
  goal?: Resolver<Maybe<ResolversTypes['Goal']>, ParentType, ContextType, RequireFields<QueryGoalArgs, 'id'>>;
  goals?: Resolver<ResolversTypes['GoalConnection'], ParentType, ContextType, RequireFields<QueryGoalsArgs, 'organisationId'>>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType, RequireFields<QueryIndicatorArgs, 'key'>>;
  indicatorSeries?: Resolver<ResolversTypes['IndicatorSeries'], ParentType, ContextType, RequireFields<QueryIndicatorSeriesArgs, 'indicatorId' | 'organisationIds' | 'organiserType'>>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  me?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  municipalityItems?: Resolver<Array<ResolversTypes['ActionItem']>, ParentType, ContextType, RequireFields<QueryMunicipalityItemsArgs, 'municipalityCode'>>;
  municipalityNames?: Resolver<Array<ResolversTypes['MunicipalityName']>, ParentType, ContextType>;
  municipalityResults?: Resolver<ResolversTypes['MunicipalityResults'], ParentType, ContextType, RequireFields<QueryMunicipalityResultsArgs, 'code' | 'organiserType'>>;
  notificationInbox?: Resolver<ResolversTypes['NotificationInbox'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType, RequireFields<QueryOrganisationArgs, 'code'>>;
  organisations?: Resolver<ResolversTypes['OrganisationConnection'], ParentType, ContextType, Partial<QueryOrganisationsArgs>>;
  peerComparison?: Resolver<ResolversTypes['PeerComparison'], ParentType, ContextType, RequireFields<QueryPeerComparisonArgs, 'code' | 'organiserType' | 'peers' | 'year'>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'municipalityCode'>>;
  ranking?: Resolver<ResolversTypes['Ranking'], ParentType, ContextType, RequireFields<QueryRankingArgs, 'organiserType' | 'year'>>;
  recentComments?: Resolver<Array<ResolversTypes['RecentComment']>, ParentType, ContextType, RequireFields<QueryRecentCommentsArgs, 'municipalityCode'>>;
  resultPerspectives?: Resolver<Array<ResolversTypes['OrganiserType']>, ParentType, ContextType>;
  resultYears?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  resultsModel?: Resolver<ResolversTypes['ResultsModel'], ParentType, ContextType, RequireFields<QueryResultsModelArgs, 'year'>>;
  schoolUnitResults?: Resolver<ResolversTypes['SchoolUnitResults'], ParentType, ContextType, RequireFields<QuerySchoolUnitResultsArgs, 'municipalityCode'>>;
  similarMunicipalities?: Resolver<Array<ResolversTypes['SimilarMunicipality']>, ParentType, ContextType, RequireFields<QuerySimilarMunicipalitiesArgs, 'code' | 'first' | 'year'>>;
};

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

export type ResultMeasureResolvers = EnumResolverSignature<{ ALL_SUBJECTS?: any, MERIT_VALUE?: any, VOCATIONAL_ELIGIBLE?: any }, ResolversTypes['ResultMeasure']>;

export type ResultsModelResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ResultsModel'] = ResolversParentTypes['ResultsModel']> = {
  attribution?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  fits?: Resolver<Array<ResolversTypes['MeasureModel']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RoleResolvers = EnumResolverSignature<{ ADMIN?: any, ADMINISTRATION?: any, COACH?: any, MUNICIPALITY_ADMIN?: any, POLITICIAN?: any, PRINCIPAL?: any, TEACHER?: any }, ResolversTypes['Role']>;

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

export type TrendPointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrendPoint'] = ResolversParentTypes['TrendPoint']> = {
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  ActionItem?: ActionItemResolvers<ContextType>;
  ActionItemConnection?: ActionItemConnectionResolvers<ContextType>;
  ActionPlan?: ActionPlanResolvers<ContextType>;
  ActionPlanConnection?: ActionPlanConnectionResolvers<ContextType>;
  Area?: AreaResolvers<ContextType>;
  Arrow?: ArrowResolvers;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  Band?: BandResolvers;
  Comment?: CommentResolvers<ContextType>;
  CommentConnection?: CommentConnectionResolvers<ContextType>;
  CommentRevision?: CommentRevisionResolvers<ContextType>;
  CommentTargetType?: CommentTargetTypeResolvers;
  DatabaseKind?: DatabaseKindResolvers;
  DateTime?: GraphQLScalarType;
  DemoAccount?: DemoAccountResolvers<ContextType>;
  Direction?: DirectionResolvers;
  EmailFrequency?: EmailFrequencyResolvers;
  FactorDistance?: FactorDistanceResolvers<ContextType>;
  FactorMedian?: FactorMedianResolvers<ContextType>;
  FactorResult?: FactorResultResolvers<ContextType>;
  Goal?: GoalResolvers<ContextType>;
  GoalConnection?: GoalConnectionResolvers<ContextType>;
  GoalPeriod?: GoalPeriodResolvers<ContextType>;
  GroupMedians?: GroupMediansResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorSeries?: IndicatorSeriesResolvers<ContextType>;
  ItemStatus?: ItemStatusResolvers;
  LastUpdate?: LastUpdateResolvers<ContextType>;
  LocalizedText?: LocalizedTextResolvers<ContextType>;
  LoginResult?: LoginResultResolvers<ContextType>;
  MailLanguage?: MailLanguageResolvers;
  MeasureModel?: MeasureModelResolvers<ContextType>;
  Measurement?: MeasurementResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MissingReason?: MissingReasonResolvers;
  ModelCoefficient?: ModelCoefficientResolvers<ContextType>;
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
  PasswordLink?: PasswordLinkResolvers<ContextType>;
  PeerComparison?: PeerComparisonResolvers<ContextType>;
  PeerRow?: PeerRowResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PlanStatus?: PlanStatusResolvers;
  Query?: QueryResolvers<ContextType>;
  RankDistance?: RankDistanceResolvers<ContextType>;
  Ranking?: RankingResolvers<ContextType>;
  RecentComment?: RecentCommentResolvers<ContextType>;
  ResultMeasure?: ResultMeasureResolvers;
  ResultsModel?: ResultsModelResolvers<ContextType>;
  Role?: RoleResolvers;
  SchoolUnitResult?: SchoolUnitResultResolvers<ContextType>;
  SchoolUnitResults?: SchoolUnitResultsResolvers<ContextType>;
  SchoolYearPeriod?: SchoolYearPeriodResolvers<ContextType>;
  SimilarMunicipality?: SimilarMunicipalityResolvers<ContextType>;
  Stance?: StanceResolvers;
  StatFigure?: StatFigureResolvers<ContextType>;
  StatusUpdate?: StatusUpdateResolvers<ContextType>;
  StatusUpdateConnection?: StatusUpdateConnectionResolvers<ContextType>;
  Target?: TargetResolvers<ContextType>;
  TargetKind?: TargetKindResolvers;
  TargetProgress?: TargetProgressResolvers<ContextType>;
  TrendPoint?: TrendPointResolvers<ContextType>;
};

