import 'reflect-metadata';
import { AuditEvent } from '@lotse/server/audit';
import { ConfigError, dataSourceOptions } from '@lotse/server/core';
import { DataSource } from 'typeorm';
import { CREATE_OFFICE_USAGE, createOffice } from './cli/create-office';
import { MIGRATE_DOCUMENTS_USAGE, runMigrateDocuments, UsageError } from './cli/migrate-documents';
import { DEMO_OPERATOR, DEMO_PASSWORD, DEMO_USERS, seedDemo } from './cli/seed-demo';
import { demoSeedRefusal, SEED_REFUSED_EXIT } from './cli/seed-demo-guard';

/**
 * Operations without the HTTP server: `migrate` (run pending migrations), `revert` (undo the last),
 * `seed-demo` (demo tenant Stadt Kamen), `demo-logins`, `migrate-documents --from … --to …` (copy
 * document bytes between storage drivers; also reads DATA_DIR and S3_*), `create-office …` (a real
 * office and its first admin, invited by mail; needs the API's SESSION_SECRET). Needs DATABASE_URL.
 */
async function main(command: string | undefined) {
  if (command === 'demo-logins') {
    for (const u of [...DEMO_USERS, { ...DEMO_OPERATOR, role: 'operator' }])
      console.log(`${u.role.padEnd(12)} ${u.email.padEnd(28)} ${DEMO_PASSWORD}`);
    return;
  }
  if (command === 'seed-demo') {
    const refusal = demoSeedRefusal(process.env);
    if (refusal) {
      console.error(refusal);
      process.exitCode = SEED_REFUSED_EXIT;
      return;
    }
  }
  const url = process.env['DATABASE_URL'];
  if (!url) throw new ConfigError('DATABASE_URL: Required');
  // create-office goes through the API's use case, which audits through the AuditEvent entity.
  const ds = await new DataSource(dataSourceOptions(url, command === 'create-office' ? { entities: [AuditEvent] } : {})).initialize();
  try {
    if (command === 'migrate') {
      const done = await ds.runMigrations({ transaction: 'each' });
      console.log(`migrations applied: ${done.length}`);
    } else if (command === 'revert') {
      await ds.undoLastMigration({ transaction: 'each' });
      console.log('last migration reverted');
    } else if (command === 'seed-demo') {
      const { created } = await seedDemo(ds);
      console.log(created ? 'demo data created' : 'demo data already present');
    } else if (command === 'create-office') {
      const { tenantId, adminId } = await createOffice(ds, process.argv.slice(3), process.env);
      console.log(`office created: ${tenantId}; first admin ${adminId} invited by mail (the worker sends it)`);
    } else if (command === 'migrate-documents') {
      const { exitCode } = await runMigrateDocuments(ds, process.argv.slice(3), process.env, (line) => console.log(line));
      process.exitCode = exitCode;
    } else {
      console.error(
        `usage: cli.js migrate | revert | seed-demo | demo-logins\n       ${MIGRATE_DOCUMENTS_USAGE.replace('usage: ', '')}\n       ${CREATE_OFFICE_USAGE.replace('usage: ', '')}`,
      );
      process.exitCode = 64;
    }
  } finally {
    await ds.destroy();
  }
}

main(process.argv[2]).catch((e) => {
  console.error(e instanceof ConfigError || e instanceof UsageError ? e.message : e);
  process.exit(e instanceof UsageError ? 64 : 1);
});
