import type { OutboxService } from '@lotse/server/core';
import { mailFooter, OfficeSettings } from '@lotse/server/office';
import type { EntityManager } from 'typeorm';

export interface Recipient {
  email: string;
  name: string;
}

export async function userRecipient(m: EntityManager, userId: string | null): Promise<Recipient | null> {
  if (!userId) return null;
  const [u]: Recipient[] = await m.query(
    `SELECT email, concat_ws(' ', first_name, last_name) AS name FROM app_user WHERE id = $1 AND active`,
    [userId],
  );
  return u ?? null;
}

export async function childminderRecipient(m: EntityManager, childminderId: string): Promise<Recipient | null> {
  const [c]: Array<{ email: string | null; name: string; user_email: string | null }> = await m.query(
    `SELECT c.email, concat_ws(' ', c.first_name, c.last_name) AS name, u.email AS user_email
       FROM childminder c LEFT JOIN app_user u ON u.id = c.user_id AND u.active WHERE c.id = $1`,
    [childminderId],
  );
  const email = c?.user_email ?? c?.email;
  return email ? { email, name: c.name } : null;
}

/** Plans one German mail (outbox, same transaction); `jobId` makes it once-only. True when newly planned. */
export async function planMail(
  outbox: OutboxService,
  m: EntityManager,
  tenantId: string,
  to: Recipient | null,
  jobId: string,
  subject: string,
  lines: string[],
): Promise<boolean> {
  if (!to) return false;
  const office = await OfficeSettings.office(m, tenantId);
  return outbox.plan(m, {
    name: 'mail.send',
    tenantId,
    jobId,
    data: { tenantId, to: to.email, subject, text: [`Guten Tag ${to.name},`, '', ...lines, '', mailFooter(office)].join('\n') },
  });
}

export function deDate(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}
