import type { Locale, Role } from '@lotse/shared/contracts';
import { type LinkRef, type OutboxService } from '@lotse/server/core';
import { OfficeSettings } from '@lotse/server/office';
import type { EntityManager } from 'typeorm';
import type { MailText, ResetMailRecipient } from './password-reset-mails';

/** The columns of app_user the password flows (reset and change) need. */
export interface Account {
  id: string;
  tenant_id: string;
  role: Role;
  email: string;
  first_name: string;
  last_name: string;
  locale: Locale;
  active: boolean;
}

export const ACCOUNT_COLUMNS = 'id, tenant_id, role, email, first_name, last_name, locale, active';

/** Ends the user's sessions (they live in this database), except `keepSid`; returns how many ended. */
export async function endSessions(m: EntityManager, userId: string, keepSid: string | null = null): Promise<number> {
  const [{ ended }] = await m.query(
    `WITH gone AS (DELETE FROM http_session WHERE sess->>'userId' = $1 AND ($2::text IS NULL OR sid <> $2) RETURNING 1) SELECT count(*)::int AS ended FROM gone`,
    [userId, keepSid],
  );
  return ended;
}

export async function recipientOf(m: EntityManager, a: Account): Promise<ResetMailRecipient> {
  return { firstName: a.first_name, lastName: a.last_name, locale: a.locale, office: await OfficeSettings.office(m, a.tenant_id) };
}

/**
 * Plans a mail to the account through the outbox (sent after commit; the job id makes it once-only).
 * `link`: the mail text holds LINK_PLACEHOLDER, the worker puts the one-time link in; `to` overrides
 * the recipient (e.g. the new address of an e-mail change).
 */
export function planAccountMail(
  outbox: OutboxService,
  m: EntityManager,
  a: Account,
  jobId: string,
  mail: MailText,
  opts: { link?: LinkRef; to?: string } = {},
): Promise<boolean> {
  return outbox.plan(m, {
    name: 'mail.send',
    tenantId: a.tenant_id,
    jobId,
    data: { tenantId: a.tenant_id, to: opts.to ?? a.email, ...mail, ...(opts.link ? { link: opts.link } : {}) },
  });
}
