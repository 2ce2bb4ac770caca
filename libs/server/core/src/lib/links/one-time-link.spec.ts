import { deriveLinkToken, hashLinkToken, linkKey, linkUrl, newLinkNonce } from './one-time-link';

describe('one-time link tokens', () => {
  const key = linkKey('a-session-secret-that-is-long-enough-123');

  it('are derived, 43 base64url characters, and differ by purpose, row and nonce', () => {
    const nonce = newLinkNonce();
    const t = deriveLinkToken(key, 'password-reset', 'row-1', nonce);
    expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(deriveLinkToken(key, 'password-reset', 'row-1', nonce)).toBe(t);
    expect(deriveLinkToken(key, 'email-change', 'row-1', nonce)).not.toBe(t);
    expect(deriveLinkToken(key, 'password-reset', 'row-2', nonce)).not.toBe(t);
    expect(deriveLinkToken(key, 'password-reset', 'row-1', newLinkNonce())).not.toBe(t);
    expect(deriveLinkToken(linkKey('another-secret-that-is-long-enough-4567'), 'password-reset', 'row-1', nonce)).not.toBe(t);
  });

  it('are stored as a SHA-256 hex digest that does not contain the token', () => {
    const t = deriveLinkToken(key, 'email-verify', 'x', newLinkNonce());
    expect(hashLinkToken(t)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashLinkToken(t)).not.toContain(t);
  });

  it('the key is not the session secret itself', () => {
    expect(key.toString('utf8')).not.toContain('a-session-secret');
  });

  it('link to the page of their purpose under PUBLIC_URL, keeping a path prefix', () => {
    expect(linkUrl('https://lotse.kamen.de/', 'password-reset', 'abc_-1')).toBe('https://lotse.kamen.de/reset-password?token=abc_-1');
    expect(linkUrl('https://kamen.de/lotse', 'email-verify', 'x')).toBe('https://kamen.de/lotse/verify-email?token=x');
    expect(linkUrl('https://kamen.de', 'email-change', 'x')).toBe('https://kamen.de/confirm-email?token=x');
  });
});
