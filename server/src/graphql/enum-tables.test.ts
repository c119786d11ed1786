import { describe, expect, it } from 'vitest';
import { buildSchema, isEnumType } from 'graphql';
import { loadTypeDefs } from './schema.js';
import { buildResolvers } from './resolvers.js';
import { apiName } from '../shared/enum-names.js';
import { roleValues } from '../auth/roles.js';
import { databaseKindValues } from '../modules/health/health.enums.js';
import { directionValues, missingReasonValues, organiserTypeValues } from '../modules/indicators/indicator.enums.js';
import { organisationKindValues } from '../modules/organisations/organisation.enums.js';
import { arrowValues, bandValues, resultMeasureValues } from '../modules/results/results.enums.js';
import { itemStatusValues, planStatusValues } from '../modules/plans/plan.enums.js';
import { targetKindValues } from '../modules/goals/goal.enums.js';
import { commentTargetTypeValues, stanceValues } from '../modules/dialogue/comment.enums.js';
import {
  emailFrequencyValues,
  mailLanguageValues,
  notificationKindValues,
} from '../modules/notifications/notification.enums.js';
import { cyclePhaseValues, schoolFormValues, stepOwnerRoleValues } from '../modules/annual-cycle/cycle.enums.js';
import {
  complaintChannelValues,
  complaintStateValues,
  deficiencyAreaValues,
  deficiencySourceValues,
  deficiencyStateValues,
  interventionValues,
} from '../modules/deficiencies/deficiency.enums.js';
import {
  carriedOutValues,
  contributorRightValues,
  effectAnswerValues,
  evidenceKindValues,
  qualityThemeValues,
  reportKindValues,
  reportStatusValues,
  textSectionValues,
} from '../modules/quality/quality.enums.js';
import {
  figureStateValues,
  panelDimensionValues,
  pollStateValues,
  questionKindValues,
} from '../modules/panel/panel.enums.js';
import { consentStateValues, exampleSourceValues } from '../modules/examples/examples.enums.js';
import {
  moderationDecisionValues,
  reportReasonValues,
  reportStateValues,
  reportedSourceValues,
} from '../modules/moderation/moderation.enums.js';
import { addresseeValues, questionStateValues } from '../modules/questions/questions.enums.js';
import { chatEventKindValues, chatHostRoleValues, chatStateValues } from '../modules/chats/chat.enums.js';
import { meetingGroupKindValues, meetingKindValues } from '../modules/meetings/meetings.enums.js';
import {
  coachingEntryKindValues,
  coachingRequestStateValues,
  coachingSubjectValues,
  engagementStateValues,
} from '../modules/coaching/coaching.enums.js';
import { coachingDurationValues, coachingFigureStateValues } from '../modules/coaching/coaching.statistics.js';

// Every API enum with its table of stored values. ProgressStatus is computed and never stored.
const tables: Record<string, Record<string, string>> = {
  Role: roleValues,
  DatabaseKind: databaseKindValues,
  Direction: directionValues,
  MissingReason: missingReasonValues,
  OrganiserType: organiserTypeValues,
  OrganisationKind: organisationKindValues,
  Band: bandValues,
  ResultMeasure: resultMeasureValues,
  Arrow: arrowValues,
  PlanStatus: planStatusValues,
  ItemStatus: itemStatusValues,
  TargetKind: targetKindValues,
  Stance: stanceValues,
  CommentTargetType: commentTargetTypeValues,
  EmailFrequency: emailFrequencyValues,
  NotificationKind: notificationKindValues,
  MailLanguage: mailLanguageValues,
  SchoolForm: schoolFormValues,
  CyclePhase: cyclePhaseValues,
  StepOwnerRole: stepOwnerRoleValues,
  DeficiencySource: deficiencySourceValues,
  DeficiencyArea: deficiencyAreaValues,
  InterventionKind: interventionValues,
  DeficiencyState: deficiencyStateValues,
  ComplaintChannel: complaintChannelValues,
  ComplaintState: complaintStateValues,
  QualityReportStatus: reportStatusValues,
  QualityReportKind: reportKindValues,
  QualityTextSection: textSectionValues,
  EvidenceKind: evidenceKindValues,
  QualityTheme: qualityThemeValues,
  CarriedOut: carriedOutValues,
  EffectAnswer: effectAnswerValues,
  ContributorRight: contributorRightValues,
  PollQuestionKind: questionKindValues,
  PollState: pollStateValues,
  PanelDimension: panelDimensionValues,
  FigureState: figureStateValues,
  ExampleSource: exampleSourceValues,
  ConsentState: consentStateValues,
  ReportReason: reportReasonValues,
  ReportedSource: reportedSourceValues,
  ReportState: reportStateValues,
  ModerationDecision: moderationDecisionValues,
  QuestionAddressee: addresseeValues,
  QuestionState: questionStateValues,
  ChatHostRole: chatHostRoleValues,
  ChatState: chatStateValues,
  ChatEventKind: chatEventKindValues,
  MeetingKind: meetingKindValues,
  MeetingGroupKind: meetingGroupKindValues,
  CoachingSubject: coachingSubjectValues,
  CoachingRequestState: coachingRequestStateValues,
  EngagementState: engagementStateValues,
  CoachingEntryKind: coachingEntryKindValues,
  CoachingDuration: coachingDurationValues,
  CoachingFigureState: coachingFigureStateValues,
};
const untranslated = ['ProgressStatus', 'StepStatus'];

const schema = buildSchema(loadTypeDefs().join('\n'));
const enums = Object.values(schema.getTypeMap()).filter(
  (t) => isEnumType(t) && !t.name.startsWith('__'),
) as import('graphql').GraphQLEnumType[];

describe('API enum tables', () => {
  it('cover every enum of the schema, except the computed ones', () => {
    expect(enums.map((e) => e.name).sort()).toEqual([...Object.keys(tables), ...untranslated].sort());
  });

  it.each(Object.entries(tables))('%s: one stored value per name of the schema, none shared', (name, table) => {
    const values = enums
      .find((e) => e.name === name)!
      .getValues()
      .map((v) => v.name);
    expect(Object.keys(table).sort()).toEqual(values.sort());
    expect(new Set(Object.values(table)).size).toBe(values.length);
  });

  it('are the tables Apollo is given, so arguments and results are translated by them', () => {
    const resolvers = buildResolvers() as Record<string, unknown>;
    for (const [name, table] of Object.entries(tables)) expect(resolvers[name], name).toEqual(table);
  });

  it('name a stored value back for payloads outside the schema, and refuse an unknown one', () => {
    expect(apiName(itemStatusValues, 'atRisk')).toBe('AT_RISK');
    expect(apiName(planStatusValues, 'draft')).toBe('DRAFT');
    expect(() => apiName(planStatusValues, 'gone' as never)).toThrow(/no API name/);
  });
});
