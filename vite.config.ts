/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

const r = (path: string) => fileURLToPath(new URL(path, import.meta.url))

export default defineConfig({
  root: r('./client'),
  plugins: [vue()],
  build: {
    outDir: r('./dist/client'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 5000,
    // Two pages: the app, and the GraphQL explorer served at /graphql to signed-in users.
    rollupOptions: { input: { main: r('./client/index.html'), graphiql: r('./client/graphiql/index.html') } },
  },
  server: { proxy: { '/graphql': 'http://localhost:4000', '/export': 'http://localhost:4000' } },
  resolve: {
    // One copy of graphql, or instanceof checks between two copies fail at run time.
    alias: { graphql: r('./node_modules/graphql/index.js') },
  },
  test: {
    root: r('.'),
    projects: [
      {
        extends: true,
        test: { name: 'unit', root: r('.'), include: ['tests/server/**/*.test.ts', 'tests/client/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'api',
          root: r('.'),
          include: ['tests/api/**/*.test.ts'],
          globalSetup: ['tests/setup/server.ts'],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          root: r('.'),
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/server.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})
