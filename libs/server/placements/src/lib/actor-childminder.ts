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

export const isStaff = (actor: RequestUser) => actor.role === 'advisor' || actor.role === 'admin';
