import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, Clock, deriveLinkToken, hashLinkToken, linkKey, newLinkNonce } from '@lotse/server/core';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';

export type BookingLinkPurpose = 'appointment-confirm' | 'appointment-cancel';

/**
 * One-time links of a booking (guest confirmation, cancellation), made exactly like the account
 * links (core's one-time-link.ts): the `one_time_token` row keeps a nonce and the hash of the
 * derived token and names the booking; mail jobs carry only `{purpose, tokenId}` and the mail
 * processor builds the link when it sends. A cancel link stays open until the appointment starts,
 * so the confirmation and the reminder carry the same link; once used, later mails are skipped.
 */
@Injectable()
export class AppointmentLinks {
  private readonly key: Buffer;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.key = linkKey(config.SESSION_SECRET);
  }

  async issue(m: EntityManager, b: { id: string; tenant_id: string }, purpose: BookingLinkPurpose, expiresAt: Date): Promise<string> {
    const now = this.clock.now();
    await m.query(
      `UPDATE one_time_token SET invalidated_at = $3 WHERE appointment_booking_id = $1 AND purpose = $2 AND used_at IS NULL AND invalidated_at IS NULL`,
      [b.id, purpose, now],
    );
    const id = randomUUID();
    const nonce = newLinkNonce();
    await m.query(
      `INSERT INTO one_time_token (id, tenant_id, appointment_booking_id, purpose, nonce, token_hash, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, b.tenant_id, b.id, purpose, nonce, hashLinkToken(deriveLinkToken(this.key, purpose, id, nonce)), now, expiresAt],
    );
    return id;
  }

  /** The open link's row (locked) and its booking id, or null (unknown, used, voided, expired). */
  async open(m: EntityManager, token: string, purpose: BookingLinkPurpose): Promise<{ tokenId: string; bookingId: string } | null> {
    const rows: Array<{ id: string; appointment_booking_id: string }> = await m.query(
      `SELECT id, appointment_booking_id FROM one_time_token
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND invalidated_at IS NULL AND expires_at > $3
        FOR UPDATE`,
      [hashLinkToken(token), purpose, this.clock.now()],
    );
    return rows[0] ? { tokenId: rows[0].id, bookingId: rows[0].appointment_booking_id } : null;
  }

  async use(m: EntityManager, tokenId: string): Promise<void> {
    await m.query(`UPDATE one_time_token SET used_at = $2 WHERE id = $1`, [tokenId, this.clock.now()]);
  }

  /** Voids every open link of a booking (it was cancelled or expired). */
  async voidAll(m: EntityManager, bookingId: string): Promise<void> {
    await m.query(
      `UPDATE one_time_token SET invalidated_at = $2 WHERE appointment_booking_id = $1 AND used_at IS NULL AND invalidated_at IS NULL`,
      [bookingId, this.clock.now()],
    );
  }
}
