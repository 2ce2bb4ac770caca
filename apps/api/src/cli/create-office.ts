import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { ACCOUNT_COLUMNS, hashPassword, OneTimeTokens, planAccountMail, type Account } from '@lotse/server/auth';
import { LINK_PLACEHOLDER, loadConfig, OutboxService, SystemClock } from '@lotse/server/core';
import type { DataSource } from 'typeorm';
import { UsageError } from './migrate-documents';

export const CREATE_OFFICE_USAGE = `usage: cli.js create-office --name "Stadt Unna" --slug unna --state NW --districts "Mitte,Massen,Königsborn"
         --admin-email fachberatung@unna.de --admin-first-name Anna --admin-last-name Beispiel
         [--office-name "…"] [--street "…"] [--postcode 59423] [--city Unna] [--phone "…"] [--email "…"]`;

/** The invitation link to set a password is valid this long (an admin may not read mail at once). */
export const INVITATION_TTL_DAYS = 7;

const STATES = ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'];
const SLUG = /^[a-z0-9-]{1,60}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const POSTCODE = /^[0-9]{5}$/;

export interface CreatedOffice {
  tenantId: string;
  adminId: string;
}

/**
 * Onboarding a real office on an installation without demo data: the office (name, slug, federal
 * state, districts, contact) and its first admin, who gets an invitation mail with a one-time link
 * to set her password (the same link mechanism as "Passwort vergessen": only a hash is stored, the
 * link is built when the worker sends the mail). Everything in one transaction; every problem of
 * the arguments is reported at once, naming the option.
 */
export async function createOffice(ds: DataSource, argv: string[], env: Record<string, string | undefined>): Promise<CreatedOffice> {
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({
      args: argv,
      options: Object.fromEntries(
        ['name', 'slug', 'state', 'districts', 'admin-email', 'admin-first-name', 'admin-last-name', 'office-name', 'street', 'postcode', 'city', 'phone', 'email'].map((k) => [k, { type: 'string' as const }]),
      ),
      strict: true,
    }).values as Record<string, string | undefined>;
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${CREATE_OFFICE_USAGE}`);
  }
  const v = (k: string) => values[k]?.trim() ?? '';
  const problems: string[] = [];
  if (!v('name')) problems.push('--name: the office\'s name is required (e.g. "Stadt Unna")');
  if (!SLUG.test(v('slug'))) problems.push('--slug: lower-case letters, digits and "-" (e.g. "unna")');
  if (!STATES.includes(v('state'))) problems.push(`--state: one of ${STATES.join(', ')}`);
  const districts = v('districts').split(',').map((d) => d.trim()).filter(Boolean);
  if (districts.length === 0) problems.push('--districts: at least one district, comma-separated');
  if (new Set(districts).size !== districts.length) problems.push('--districts: each district only once');
  if (!EMAIL.test(v('admin-email'))) problems.push('--admin-email: a valid e-mail address');
  if (!v('admin-first-name')) problems.push('--admin-first-name: required');
  if (!v('admin-last-name')) problems.push('--admin-last-name: required');
  if (v('postcode') && !POSTCODE.test(v('postcode'))) problems.push('--postcode: five digits');
  if (v('email') && !EMAIL.test(v('email'))) problems.push('--email: a valid e-mail address');
  if (problems.length) throw new UsageError(`create-office: ${problems.join('; ')}\n${CREATE_OFFICE_USAGE}`);

  const config = loadConfig({ ...env, REDIS_URL: env['REDIS_URL'] ?? 'redis://unused:6379', SMTP_URL: env['SMTP_URL'] ?? 'smtp://unused:25', SESSION_SECRET: env['SESSION_SECRET'] });
  const tokens = new OneTimeTokens(config, new SystemClock());
  const outbox = new OutboxService();
  // Nobody knows this password: the admin sets her own through the invitation link.
  const unusable = await hashPassword(randomBytes(32).toString('base64url'));
  return ds.transaction(async (m) => {
    if ((await m.query(`SELECT 1 FROM tenant WHERE slug = $1`, [v('slug')])).length) throw new UsageError(`create-office: --slug: an office "${v('slug')}" already exists`);
    if ((await m.query(`SELECT 1 FROM app_user WHERE lower(email) = lower($1)`, [v('admin-email')])).length) {
      throw new UsageError(`create-office: --admin-email: an account with ${v('admin-email')} already exists`);
    }
    const office = {
      name: v('office-name') || `${v('name')} – Fachberatung Kindertagespflege`,
      street: v('street'),
      postcode: v('postcode'),
      city: v('city'),
      phone: v('phone'),
      email: v('email') || v('admin-email'),
      openingHours: [],
      byAppointmentNote: '',
    };
    const [{ id: tenantId }] = await m.query(`INSERT INTO tenant (name, slug, state, settings) VALUES ($1, $2, $3, $4) RETURNING id`, [
      v('name'),
      v('slug'),
      v('state'),
      JSON.stringify({ office, districts }),
    ]);
    const [{ id: adminId }] = await m.query(
      `INSERT INTO app_user (tenant_id, email, password_hash, first_name, last_name, role, email_verified_at) VALUES ($1, $2, $3, $4, $5, 'admin', now()) RETURNING id`,
      [tenantId, v('admin-email'), unusable, v('admin-first-name'), v('admin-last-name')],
    );
    await m.query(
      `INSERT INTO audit_event (tenant_id, actor_id, actor_role, action, target_type, target_id, outcome, details) VALUES ($1, NULL, NULL, 'tenant.created', 'tenant', $2, 'ok', $3)`,
      [tenantId, String(tenantId), JSON.stringify({ via: 'cli create-office', adminId })],
    );
    const [account]: Account[] = await m.query(`SELECT ${ACCOUNT_COLUMNS} FROM app_user WHERE id = $1`, [adminId]);
    const tokenId = await tokens.issue(m, account, 'password-reset', INVITATION_TTL_DAYS * 24 * 60);
    await planAccountMail(
      outbox,
      m,
      account,
      `invitation.${tokenId}`,
      {
        subject: 'Ihr Zugang zu Lotse',
        text: [
          `Guten Tag ${account.first_name} ${account.last_name},`,
          '',
          `für ${v('name')} ist in Lotse ein Zugang als Administratorin bzw. Administrator eingerichtet.`,
          'Bitte legen Sie über diesen Link Ihr Passwort fest; danach melden Sie sich mit Ihrer E-Mail-Adresse an:',
          '',
          LINK_PLACEHOLDER,
          '',
          `Der Link ist ${INVITATION_TTL_DAYS} Tage gültig. Danach fordern Sie auf der Anmeldeseite über „Passwort vergessen?“ einen neuen an.`,
        ].join('\n'),
      },
      { link: { purpose: 'password-reset', tokenId } },
    );
    return { tenantId, adminId };
  });
}
