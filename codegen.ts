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
        mappers: {},
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
