import { defineConfig } from 'vitest/config';

export default defineConfig({
  // the web app's components are TSX with React's automatic runtime, as in web/vite.config.ts
  esbuild: { jsx: 'automatic' },
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts', 'web/test/**/*.test.{ts,tsx}'],
    testTimeout: 60_000,
    // the CLI tests build the project once in beforeAll; on two busy cores tsc takes a while
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
