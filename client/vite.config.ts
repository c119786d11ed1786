import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { precompress } from './build/precompress';

// The client is built into dist/client, which the Express server serves next to /graphql.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [vue(), precompress()],
  build: {
    outDir: fileURLToPath(new URL('../dist/client', import.meta.url)),
    emptyOutDir: true,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 300,
  },
  server: {
    // The WebSocket of subscriptions too; the Host header is kept, so the server's Origin check holds.
    proxy: {
      '/graphql': { target: 'http://localhost:4000', ws: true },
      '/healthz': 'http://localhost:4000',
    },
  },
});
