import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url (43 characters): the secret in the reset link. Never stored. */
export function newResetToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What the database keeps instead of the token. A plain SHA-256 suffices (no salt, no argon2):
 * the token has 256 bits of entropy, so there is nothing to guess, and a lookup by hash stays an index hit.
 */
export function hashResetToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The link in the mail; PUBLIC_URL may carry a path prefix, so no `new URL('/…')`. */
export function resetLink(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/reset-password?token=${encodeURIComponent(token)}`;
}
