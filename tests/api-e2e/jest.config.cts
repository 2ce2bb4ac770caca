/* Integration tests against real PostgreSQL, Redis and SMTP (started by globalSetup). */
module.exports = {
  displayName: 'api-e2e',
  preset: '../../jest.preset.js',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/specs/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/../support/global-setup.mjs',
  globalTeardown: '<rootDir>/../support/global-teardown.mjs',
  transform: {
    '^.+\\.[tj]s$': [
      'ts-jest',
      {
        tsconfig: '<rootDir>/../tsconfig.json',
        // Same OpenAPI metadata as the webpack build, so /api/docs in tests shows the real schemas.
        astTransformers: {
          before: ['<rootDir>/../support/swagger-transformer.js'],
        },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'mjs'],
  testTimeout: 60_000,
  maxWorkers: 2,
};
