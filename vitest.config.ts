import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 60_000,
    // the CLI tests build the project once in beforeAll; on two busy cores tsc takes a while
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
