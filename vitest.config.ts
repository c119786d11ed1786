import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

// One command runs every test: server units and the embedded database, the client's stores and
// components, GraphQL over HTTP, and browser tests in Chromium. Each kind is a project.
export default defineConfig({
  test: {
    // Two files at a time even on two cores (Vitest would take one): most test time waits on a
    // server, its database process or Chromium, not on the test's own process.
    maxWorkers: 2,
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts', 'scripts/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [vue()],
        test: {
          name: 'client',
          environment: 'happy-dom',
          include: ['client/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'api',
          environment: 'node',
          include: ['tests/api/**/*.test.ts'],
          // A fresh clone has no dist/client; the server serves it and the header tests read it.
          globalSetup: ['tests/support/built-client.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/demo-folder.ts'],
          // Two browser files at a time, as the other projects: each starts its own server on its own
          // copy of the demo folder and its own Chromium, and its waits poll with room for a busy machine.
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
