import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  type AppConfig,
  Clock,
  deriveLinkToken,
  hashLinkToken,
  linkKey,
  type LinkPurpose,
  newLinkNonce,
} from '@lotse/server/core';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Account } from '../password-reset/account';

/** Closed tokens are kept this long (for support questions), then deleted. */
const KEEP_CLOSED_DAYS = 30;

export type OpenToken = Account & { token_id: string; new_email: string | null };

/**
 * The rows behind every one-time link (see `one-time-link.ts` in core): issuing stores a nonce and
 * the hash of the derived token; the link itself is built by the mail processor when it sends.
 */
@Injectable()
export class OneTimeTokens {
  private readonly key: Buffer;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.key = linkKey(config.SESSION_SECRET);
  }

  /** A new open token; earlier open tokens of the same purpose and account are voided. Returns the row id. */
  async issue(
    m: EntityManager,
    a: { id: string; tenant_id: string },
    purpose: LinkPurpose,
    ttlMinutes: number,
    newEmail: string | null = null,
  ): Promise<string> {
    const now = this.clock.now();
    await invalidateOpen(m, a.id, purpose, now);
    const id = randomUUID();
    const nonce = newLinkNonce();
    await m.query(
      `INSERT INTO one_time_token (id, tenant_id, user_id, purpose, nonce, new_email, token_hash, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        id,
        a.tenant_id,
        a.id,
        purpose,
        nonce,
        newEmail,
        hashLinkToken(deriveLinkToken(this.key, purpose, id, nonce)),
        now,
        new Date(now.getTime() + ttlMinutes * 60_000),
      ],
    );
    await m.query(`DELETE FROM one_time_token WHERE expires_at < $1`, [new Date(now.getTime() - KEEP_CLOSED_DAYS * 86_400_000)]);
    return id;
  }

  /** The open (unused, not voided, unexpired) token of an active account, optionally locked. */
  async open(m: EntityManager, token: string, purpose: LinkPurpose, lock: boolean): Promise<OpenToken | null> {
    const rows: OpenToken[] = await m.query(
      `SELECT t.id AS token_id, t.new_email, u.id, u.tenant_id, u.role, u.email, u.first_name, u.last_name, u.locale, u.active
         FROM one_time_token t JOIN app_user u ON u.id = t.user_id
        WHERE t.token_hash = $1 AND t.purpose = $2 AND t.used_at IS NULL AND t.invalidated_at IS NULL AND t.expires_at > $3 AND u.active
        ${lock ? 'FOR UPDATE OF t' : ''}`,
      [hashLinkToken(token), purpose, this.clock.now()],
    );
    return rows[0] ?? null;
  }

  async use(m: EntityManager, tokenId: string): Promise<void> {
    await m.query(`UPDATE one_time_token SET used_at = $2 WHERE id = $1`, [tokenId, this.clock.now()]);
  }
}

/** Voids the account's open tokens of one purpose (a newer link or a new password makes them pointless). */
export async function invalidateOpen(m: EntityManager, userId: string, purpose: LinkPurpose, now: Date): Promise<void> {
  await m.query(
    `UPDATE one_time_token SET invalidated_at = $3 WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL AND invalidated_at IS NULL`,
    [userId, purpose, now],
  );
}
