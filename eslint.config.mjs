import nx from '@nx/eslint-plugin';

/**
 * Which domain (Nx tag scope:<name>) may depend on which. Apps (scope:api, worker, web) and the
 * tests may use every domain; shared code only shared code. Server and client libs of one domain
 * share its scope name; the platform rules above keep them apart.
 */
const SCOPES = {
  'scope:shared': [],
  'scope:matching': [],
  'scope:core': [],
  'scope:audit': ['scope:core'],
  'scope:office': ['scope:core', 'scope:audit'],
  'scope:auth': ['scope:core', 'scope:audit', 'scope:office'],
  'scope:documents': ['scope:core', 'scope:audit'],
  'scope:children': ['scope:core', 'scope:audit', 'scope:office', 'scope:auth'],
  'scope:childminders': ['scope:core', 'scope:audit', 'scope:office', 'scope:auth', 'scope:documents'],
  'scope:permits': ['scope:core', 'scope:audit', 'scope:office', 'scope:auth', 'scope:documents', 'scope:childminders'],
  'scope:care-requests': ['scope:core', 'scope:audit', 'scope:office', 'scope:auth', 'scope:children'],
  'scope:placements': [
    'scope:core',
    'scope:audit',
    'scope:office',
    'scope:auth',
    'scope:children',
    'scope:childminders',
    'scope:permits',
    'scope:care-requests',
    'scope:matching',
  ],
  'scope:inquiries': ['scope:core', 'scope:audit', 'scope:office', 'scope:auth'],
  'scope:front-door': ['scope:core', 'scope:audit', 'scope:auth', 'scope:office'],
  'scope:referrals': ['scope:core', 'scope:audit', 'scope:office'],
  'scope:admin': ['scope:core', 'scope:auth', 'scope:childminders', 'scope:permits', 'scope:office'],
  'scope:appointments': ['scope:core', 'scope:audit', 'scope:office', 'scope:auth'],
  'scope:home': ['scope:core', 'scope:childminders', 'scope:permits', 'scope:children', 'scope:care-requests', 'scope:placements'],
};
const SCOPE_RULES = Object.entries(SCOPES).map(([sourceTag, allowed]) => ({
  sourceTag,
  onlyDependOnLibsWithTags: [sourceTag, 'scope:shared', ...allowed],
}));

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/.data', '**/.nx', 'tests/**/screenshots'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: [
            {
              sourceTag: 'platform:shared',
              onlyDependOnLibsWithTags: ['platform:shared'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', '@angular/*', 'bullmq', 'ioredis', 'pg'],
            },
            { sourceTag: 'platform:server', onlyDependOnLibsWithTags: ['platform:server', 'platform:shared'] },
            {
              sourceTag: 'platform:client',
              onlyDependOnLibsWithTags: ['platform:client', 'platform:shared'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'bullmq', 'ioredis', 'pg'],
            },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            // Domains (scope): who may use whom. A domain's public API is its index.ts
            // (module, facades, ports, DTO mappers), never entities or repositories.
            ...SCOPE_RULES,
          ],
        },
      ],
    },
  },
  {
    // The browser bundle must not pull in the contracts' DTO classes: their class-validator
    // decorators need reflect-metadata, which the client does not load ("Reflect.getMetadata is not
    // a function" on the page that imports them). Values come from the decorator-free entry.
    files: ['libs/web/**/*.ts', 'apps/web/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@lotse/shared/contracts',
              message: 'Import values from @lotse/shared/contracts/values; from @lotse/shared/contracts only with `import type`.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.cts', '**/*.mts', '**/*.js', '**/*.jsx', '**/*.cjs', '**/*.mjs'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'warn',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
];
