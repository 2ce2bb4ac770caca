import { createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * Every one-time link (password reset, e-mail verification, e-mail change) works the same way:
 * a row in `one_time_token` keeps a random nonce and the SHA-256 of the token; the token itself
 * is DERIVED, token = base64url(HMAC-SHA256(linkKey, purpose:rowId:nonce)). The mail job carries
 * only `{ purpose, tokenId }` and a placeholder; the mail processor derives the token and builds
 * the link when it sends. So the outbox, BullMQ's job data and the queue dashboard never hold a
 * working link, and a copy of the database alone does not either (the key is not in it).
 */
export const LINK_PURPOSES = ['password-reset', 'email-verify', 'email-change', 'appointment-confirm', 'appointment-cancel'] as const;
export type LinkPurpose = (typeof LINK_PURPOSES)[number];

/** The web page each purpose's link opens. */
export const LINK_PATHS: Readonly<Record<LinkPurpose, string>> = {
  'password-reset': '/reset-password',
  'email-verify': '/verify-email',
  'email-change': '/confirm-email',
  // A guest's appointment (issue 14): the rows name the booking instead of an account.
  'appointment-confirm': '/termine/bestaetigen',
  'appointment-cancel': '/termine/absagen',
};

/** Stands in the planned mail text where the link goes; replaced by the mail processor. */
export const LINK_PLACEHOLDER = '{{link}}';

/** A mail job's reference to its link (never the token). */
export interface LinkRef {
  purpose: LinkPurpose;
  tokenId: string;
}

/**
 * The key of link tokens, derived from SESSION_SECRET with domain separation (API and worker both
 * have it; rotating it voids open links, as it ends sessions).
 */
export function linkKey(sessionSecret: string): Buffer {
  return createHmac('sha256', sessionSecret).update('lotse/one-time-links/v1').digest();
}

/** 32 random bytes, base64url: stored in the row, useless without the key. */
export function newLinkNonce(): string {
  return randomBytes(32).toString('base64url');
}

export function deriveLinkToken(key: Buffer, purpose: LinkPurpose, tokenId: string, nonce: string): string {
  return createHmac('sha256', key).update(`${purpose}:${tokenId}:${nonce}`, 'utf8').digest('base64url');
}

/**
 * What the database keeps to find a token. A plain SHA-256 suffices (no salt, no argon2): the
 * token has 256 bits of entropy, so there is nothing to guess, and a lookup stays an index hit.
 */
export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The link in the mail; PUBLIC_URL may carry a path prefix, so no `new URL('/…')`. */
export function linkUrl(publicUrl: string, purpose: LinkPurpose, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${LINK_PATHS[purpose]}?token=${encodeURIComponent(token)}`;
}
