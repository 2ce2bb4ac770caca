import { hashResetToken, newResetToken, resetLink } from './reset-token';

describe('reset tokens', () => {
  it('are 32 random bytes in base64url, different each time', () => {
    const a = newResetToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(newResetToken()).not.toBe(a);
  });

  it('are stored as a SHA-256 hex digest that does not contain the token', () => {
    const token = newResetToken();
    const hash = hashResetToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashResetToken(token));
    expect(hash).not.toContain(token);
  });

  it('link to the reset page under PUBLIC_URL, keeping a path prefix', () => {
    expect(resetLink('https://lotse.kamen.de/', 'abc_-1')).toBe('https://lotse.kamen.de/reset-password?token=abc_-1');
    expect(resetLink('https://kamen.de/lotse', 'x')).toBe('https://kamen.de/lotse/reset-password?token=x');
  });
});
