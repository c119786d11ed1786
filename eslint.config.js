import fs from 'node:fs';
import tseslint from 'typescript-eslint';
import pluginVue from 'eslint-plugin-vue';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

// A module is reached through its door: index.ts for everyone, graphql.ts (resolvers and loaders)
// for server/src/graphql/ only. Code outside a module that imports any other of its files fails.
const serverSrc = 'server/src';
const moduleDirs = [
  'auth',
  ...fs
    .readdirSync(`${serverSrc}/modules`, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `modules/${entry.name}`),
];
const topLevel = fs.readdirSync(serverSrc, { withFileTypes: true }).map((entry) => entry.name);

/** Every top-level entry of server/src, with modules/ opened up, except the module itself and graphql/. */
function outsideOf(moduleDir) {
  const entries = [
    ...topLevel.filter((name) => name !== 'modules' && name !== 'graphql').map((name) => `${serverSrc}/${name}`),
    ...moduleDirs.filter((dir) => dir.startsWith('modules/')).map((dir) => `${serverSrc}/${dir}`),
  ];
  return entries.filter((path) => path !== `${serverSrc}/${moduleDir}`);
}

const doorZones = moduleDirs.flatMap((dir) => [
  {
    target: outsideOf(dir),
    from: `${serverSrc}/${dir}`,
    except: ['./index.ts'],
    message: `reach ${dir} through its index.ts`,
  },
  {
    target: `${serverSrc}/graphql`,
    from: `${serverSrc}/${dir}`,
    except: ['./index.ts', './graphql.ts'],
    message: `reach ${dir} through its index.ts or, from graphql/, its graphql.ts`,
  },
]);

export default tseslint.config(
  { ignores: ['dist/**', 'data/**', 'node_modules/**', '**/generated/**', 'bench-results/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off',
      // Formatting is Prettier's job.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
    },
  },
  {
    // The module graph is one-way: a cycle between files (type-only imports aside) fails the lint.
    files: ['server/src/**/*.ts', 'server/embedded-mongo/src/**/*.ts', 'client/src/**/*.{ts,vue}'],
    plugins: { 'import-x': importX },
    languageOptions: { parserOptions: { parser: tseslint.parser } },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['server/tsconfig.json', 'client/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
      'import-x/extensions': ['.ts', '.vue', '.js'],
      // Imported .vue files are read with the Vue parser, their scripts with the TypeScript one.
      'import-x/parsers': { 'vue-eslint-parser': ['.vue'] },
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // A module's mongoose models are reached only through its repositories (every read and write of
    // a municipal collection takes the viewer's scope there) and its seed files (demo data, scripts):
    // a service, loader, resolver or index.ts that imports a model by value fails. Types may be
    // imported anywhere. indicators and results still read their models in their services.
    files: ['server/src/modules/**/*.ts'],
    ignores: [
      'server/src/modules/**/*.repository.ts',
      'server/src/modules/**/*.seed.ts',
      'server/src/modules/**/*.test.ts',
      'server/src/modules/indicators/**',
      'server/src/modules/results/**',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/*.model.js', '**/*.model'],
              importNamePattern: '^\\w*Model$',
              allowTypeImports: true,
              message: "a module's models are read and written through its *.repository.ts (or *.seed.ts) only",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/src/**/*.ts'],
    // Tests beside the code may build fixtures from a module's models (the test-only door).
    ignores: ['server/src/**/*.test.ts', 'server/src/test/**'],
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: doorZones }],
    },
  },
);
