/*
 * Benchmarks: print figures, never fail on timings. Same services as the integration tests
 * (globalSetup starts PostgreSQL and Redis unless DATABASE_URL / REDIS_URL are set).
 * Run: jest -c tests/bench/jest.config.cts
 */
module.exports = {
  displayName: 'bench',
  preset: '../../jest.preset.js',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.bench.ts'],
  globalSetup: '<rootDir>/../support/global-setup.mjs',
  globalTeardown: '<rootDir>/../support/global-teardown.mjs',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/../tsconfig.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'mjs'],
  testTimeout: 15 * 60_000,
  maxWorkers: 1,
};
