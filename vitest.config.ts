import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // natural's package root loads dotenv, which prints to stdout; we only deep-import, this is a guard.
    env: { DOTENV_CONFIG_QUIET: 'true' },
  },
});
