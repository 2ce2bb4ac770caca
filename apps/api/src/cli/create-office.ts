import { parseArgs } from 'node:util';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CreateOfficeDto, type FieldError } from '@lotse/shared/contracts';
import { AuditService } from '@lotse/server/audit';
import { OneTimeTokens, OnboardOffice } from '@lotse/server/auth';
import { flattenValidationErrors, loadConfig, OutboxService, SystemClock } from '@lotse/server/core';
import type { DataSource } from 'typeorm';
import { UsageError } from './migrate-documents';

export { INVITATION_TTL_DAYS } from '@lotse/server/auth';

export const CREATE_OFFICE_USAGE = `usage: cli.js create-office --name "Stadt Unna" --slug unna --state NW --districts "Mitte,Massen,Königsborn"
         --admin-email fachberatung@unna.de --admin-first-name Anna --admin-last-name Beispiel
         [--office-name "…"] [--street "…"] [--postcode 59423] [--city Unna] [--phone "…"] [--email "…"]`;

export interface CreatedOffice {
  tenantId: string;
  adminId: string;
}

/** Command-line option of each field of CreateOfficeDto, so every message names what to fix. */
const OPTION_OF: Record<string, string> = {
  name: '--name',
  slug: '--slug',
  state: '--state',
  districts: '--districts',
  'admin.email': '--admin-email',
  'admin.firstName': '--admin-first-name',
  'admin.lastName': '--admin-last-name',
  'office.name': '--office-name',
  'office.street': '--street',
  'office.postcode': '--postcode',
  'office.city': '--city',
  'office.phone': '--phone',
  'office.email': '--email',
};
const optionOf = (field: string) => OPTION_OF[field] ?? OPTION_OF[field.replace(/\.\d+$/, '')] ?? field;

function usage(errors: FieldError[]): UsageError {
  const byOption = new Map<string, string[]>();
  for (const e of errors) byOption.set(optionOf(e.field), [...new Set([...(byOption.get(optionOf(e.field)) ?? []), e.message])]);
  return new UsageError(`create-office: ${[...byOption].map(([o, m]) => `${o}: ${m.join(' ')}`).join('; ')}\n${CREATE_OFFICE_USAGE}`);
}

/**
 * Onboarding a real office on an installation without demo data: the arguments become the
 * operator page's `CreateOfficeDto`, checked by the same class-validator rules, and go through the
 * same use case (`OnboardOffice`, server/auth): the office and its first admin, invited by mail.
 * Every problem is reported at once, naming the option; nothing is written then.
 */
export async function createOffice(ds: DataSource, argv: string[], env: Record<string, string | undefined>): Promise<CreatedOffice> {
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({
      args: argv,
      options: Object.fromEntries(Object.values(OPTION_OF).map((o) => [o.slice(2), { type: 'string' as const }])),
      strict: true,
    }).values as Record<string, string | undefined>;
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${CREATE_OFFICE_USAGE}`);
  }
  const v = (k: string) => values[k]?.trim() ?? '';
  const optional = (k: string) => (v(k) ? v(k) : undefined);
  const plain = {
    name: v('name'),
    slug: v('slug'),
    state: v('state'),
    districts: v('districts')
      .split(',')
      .map((d) => d.trim())
      .filter(Boolean),
    office: {
      name: optional('office-name'),
      street: optional('street'),
      postcode: optional('postcode'),
      city: optional('city'),
      phone: optional('phone'),
      email: optional('email'),
    },
    admin: { email: v('admin-email'), firstName: v('admin-first-name'), lastName: v('admin-last-name') },
  };
  const dto = plainToInstance(CreateOfficeDto, plain);
  const errors = flattenValidationErrors(validateSync(dto, { whitelist: true, forbidNonWhitelisted: true }));
  if (errors.length) throw usage(errors);

  const config = loadConfig({
    ...env,
    REDIS_URL: env['REDIS_URL'] ?? 'redis://unused:6379',
    SMTP_URL: env['SMTP_URL'] ?? 'smtp://unused:25',
    SESSION_SECRET: env['SESSION_SECRET'],
  });
  const clock = new SystemClock();
  const onboard = new OnboardOffice(ds, new OneTimeTokens(config, clock), new OutboxService(), new AuditService(ds, clock));
  try {
    const { tenantId, adminId } = await onboard.execute(dto, null, 'cli create-office');
    return { tenantId, adminId };
  } catch (e) {
    const body = (e as { getResponse?: () => unknown }).getResponse?.() as { errors?: FieldError[] } | undefined;
    if (body?.errors?.length) throw usage(body.errors);
    throw e;
  }
}
