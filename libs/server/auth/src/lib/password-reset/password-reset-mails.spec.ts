import { KAMEN_TENANT } from '@lotse/server/core';
import { passwordChangedMail, passwordResetMail } from './password-reset-mails';

const office = KAMEN_TENANT.settings.office;
const link = 'https://lotse.kamen.de/reset-password?token=abc';

describe('password reset mails', () => {
  it('are German with the link, its validity and the office footer', () => {
    const mail = passwordResetMail({ firstName: 'Lukas', lastName: 'Wagner', locale: 'de', office }, link, 60);
    expect(mail.subject).toBe('Passwort zurücksetzen');
    expect(mail.text).toContain('Guten Tag Lukas Wagner,');
    expect(mail.text).toContain(link);
    expect(mail.text).toContain('60 Minuten gültig');
    expect(mail.text).toContain('Familienbüro der Stadt Kamen');
    expect(mail.text).not.toContain('English');
  });

  it('add an English part for users who chose English', () => {
    const mail = passwordResetMail({ firstName: 'Lukas', lastName: 'Wagner', locale: 'en', office: null }, link, 30);
    expect(mail.subject).toBe('Passwort zurücksetzen / Reset your password');
    expect(mail.text.indexOf('Guten Tag')).toBeLessThan(mail.text.indexOf('Dear Lukas Wagner,'));
    expect(mail.text).toContain('valid for 30 minutes');
    expect(mail.text.split(link)).toHaveLength(3);
    expect(mail.text).toContain('Kind regards');
  });

  it('tell the owner after a reset that all sessions ended', () => {
    const mail = passwordChangedMail({ firstName: 'Lukas', lastName: 'Wagner', locale: 'de', office }, 'reset');
    expect(mail.subject).toBe('Ihr Passwort wurde geändert');
    expect(mail.text).toContain('„Passwort vergessen“');
    expect(mail.text).toContain('auf allen Geräten abgemeldet');
    expect(mail.text).not.toContain('token');
  });

  it('tell the owner after a change in the profile that her other sessions ended, in both languages', () => {
    const mail = passwordChangedMail({ firstName: 'Lukas', lastName: 'Wagner', locale: 'en', office: null }, 'profile');
    expect(mail.subject).toBe('Ihr Passwort wurde geändert / Your password was changed');
    expect(mail.text).toContain('in Ihrem Profil geändert');
    expect(mail.text).toContain('auf allen anderen Geräten abgemeldet');
    expect(mail.text).toContain('changed in your profile');
    expect(mail.text).toContain('signed out on all other devices');
    expect(mail.text).not.toContain('Passwort vergessen');
  });
});
