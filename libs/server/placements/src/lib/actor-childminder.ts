import { apiError, type RequestUser } from '@lotse/server/core';
import type { EntityManager } from 'typeorm';

/** The signed-in childminder's file id (403 when she has none yet). */
export async function ownChildminderId(m: EntityManager, actor: RequestUser): Promise<string> {
  const [row]: Array<{ id: string }> = await m.query(`SELECT id FROM childminder WHERE user_id = $1 AND tenant_id = $2`, [
    actor.id,
    actor.tenantId,
  ]);
  if (!row) throw apiError(403, 'Zu Ihrem Konto gibt es noch keine Akte als Tagespflegeperson.');
  return row.id;
}

/** The users who are a party to a placement or proposal: the child's parent and the childminder. */
export async function partiesOf(m: EntityManager, childminderId: string, parentId: string | null): Promise<string[]> {
  const [cm]: Array<{ user_id: string | null }> = await m.query(`SELECT user_id FROM childminder WHERE id = $1`, [childminderId]);
  return [parentId, cm?.user_id ?? null].filter((x): x is string => !!x);
}

/** SQL: rows of `alias` whose childminder is the user `:u`. */
export const OWN_CHILDMINDER_SQL = (column: string) => `${column} IN (SELECT id FROM childminder WHERE user_id = :u)`;
