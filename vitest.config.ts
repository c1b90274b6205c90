import { configDefaults, defineConfig } from 'vitest/config';

// Two projects: `fast` is `npm test` (under a minute on two cores); `slow` is `npm run test:slow`
// (child processes killed mid-write, full disks, the browser, fuzzing for linear time).
const SLOW = ['test/**/*.slow.test.ts', 'test/browser/**/*.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    // Every core: vitest's default leaves one idle, and on two cores that halves the speed.
    maxWorkers: '100%',
    // natural's package root loads dotenv, which prints to stdout; we only deep-import, this is a guard.
    env: { DOTENV_CONFIG_QUIET: 'true' },
    projects: [
      {
        extends: true,
        test: {
          name: 'fast',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SLOW],
          globalSetup: ['test/temp-folder.ts'],
          // Files in a worker share loaded modules (the language model loads once per worker, not per
          // file): half the suite's time. No test may rely on module state; one that mocks a module re-imports.
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'slow', include: SLOW, globalSetup: ['test/temp-folder.ts', 'test/build-dist.ts'], testTimeout: 180_000, hookTimeout: 180_000 },
      },
    ],
  },
});
