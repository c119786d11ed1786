import type { CodegenConfig } from '@graphql-codegen/cli';

// CODEGEN_OUT lets the freshness check write into a scratch folder and compare.
const out = process.env.CODEGEN_OUT ?? '.';

const config: CodegenConfig = {
  overwrite: true,
  schema: 'schema/*.graphql',
  documents: ['client/src/**/*.queries.ts'],
  ignoreNoDocuments: true,
  generates: {
    [`${out}/server/src/graphql/generated/resolvers-types.ts`]: {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context.js#GraphQLContext',
        scalars: { DateTime: { input: 'string', output: 'Date | string' } },
        // Resolvers see the stored value of an enum; each module's resolver map gives Apollo the
        // same table (enum internal values), so the API names are translated in one place.
        enumValues: {
          Role: '../../auth/roles.js#Role',
          DatabaseKind: '../../modules/health/health.enums.js#DatabaseKind',
          Direction: '../../modules/indicators/indicator.enums.js#Direction',
          MissingReason: '../../modules/indicators/indicator.enums.js#MissingReason',
          OrganiserType: '../../modules/indicators/indicator.enums.js#OrganiserType',
          OrganisationKind: '../../modules/organisations/organisation.enums.js#OrganisationKind',
          Band: '../../modules/results/results.enums.js#Band',
          ResultMeasure: '../../modules/results/results.enums.js#ResultMeasure',
          Arrow: '../../modules/results/results.enums.js#Arrow',
          PlanStatus: '../../modules/plans/plan.enums.js#PlanStatus',
          ItemStatus: '../../modules/plans/plan.enums.js#ItemStatus',
          TargetKind: '../../modules/goals/goal.enums.js#TargetKind',
          Stance: '../../modules/dialogue/comment.enums.js#Stance',
          CommentTargetType: '../../modules/dialogue/comment.enums.js#CommentTargetType',
          EmailFrequency: '../../modules/notifications/notification.enums.js#EmailFrequency',
          NotificationKind: '../../modules/notifications/notification.enums.js#NotificationKind',
          MailLanguage: '../../modules/notifications/notification.enums.js#MailLanguage',
          DeficiencySource: '../../modules/deficiencies/deficiency.enums.js#DeficiencySource',
          DeficiencyArea: '../../modules/deficiencies/deficiency.enums.js#DeficiencyArea',
          InterventionKind: '../../modules/deficiencies/deficiency.enums.js#Intervention',
          DeficiencyState: '../../modules/deficiencies/deficiency.enums.js#DeficiencyState',
          ComplaintChannel: '../../modules/deficiencies/deficiency.enums.js#ComplaintChannel',
          ComplaintState: '../../modules/deficiencies/deficiency.enums.js#ComplaintState',
        },
        mappers: {
          Organisation: '../../modules/organisations/organisation.model.js#OrganisationDoc',
          Person: '../../modules/people/person.model.js#PersonDoc',
          Membership: '../../modules/people/person.model.js#MembershipDoc',
          LoginResult: '../../modules/people/people.service.js#LoginOutcome',
          ActionPlan: '../../modules/plans/plan.model.js#ActionPlanDoc',
          Area: '../../modules/plans/plan.model.js#AreaDoc',
          ActionItem: '../../modules/plans/plan.model.js#ActionItemDoc',
          StatusUpdate: '../../modules/plans/plan.model.js#StatusUpdateDoc',
          LastUpdate: '../../modules/plans/plan.model.js#LastUpdateDoc',
          Goal: '../../modules/goals/goal.model.js#GoalDoc',
          Target: '../../modules/goals/goal.model.js#TargetDoc',
          Comment: '../../modules/dialogue/comment.model.js#CommentDoc',
          AuditEvent: '../../modules/audit/audit.model.js#AuditEventDoc',
          Notification: '../../modules/notifications/notification.service.js#VisibleNotice',
          NotificationInbox: '../../modules/notifications/notification.service.js#Inbox',
          NotificationPreferences: '../../modules/notifications/notification.service.js#Preferences',
          Indicator: '../../modules/indicators/indicator.model.js#IndicatorDoc',
          Measurement: '../../modules/indicators/measurement.model.js#MeasurementDoc',
          Deficiency: '../../modules/deficiencies/deficiency.model.js#DeficiencyDoc',
          DeficiencyMeasure: '../../modules/deficiencies/deficiency.model.js#MeasureDoc',
          DeficiencyEvidence: '../../modules/deficiencies/deficiency.model.js#EvidenceDoc',
          DeficiencyStateChange: '../../modules/deficiencies/deficiency.model.js#StateChangeDoc',
          Complaint: '../../modules/deficiencies/deficiency.model.js#ComplaintDoc',
        },
      },
      hooks: { afterOneFileWrite: ['node scripts/codegen-type-reexports.mjs'] },
    },
    [`${out}/client/src/api/generated/`]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
