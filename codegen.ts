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
          Indicator: '../../modules/indicators/indicator.model.js#IndicatorDoc',
          Measurement: '../../modules/indicators/measurement.model.js#MeasurementDoc',
        },
      },
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
