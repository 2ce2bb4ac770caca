import { KAMEN_TENANT, LINK_PLACEHOLDER } from '@lotse/server/core';
import { emailChangeConfirmMail, emailChangeNoticeMail, registrationExistingMail, verifyEmailMail } from './email-mails';

const office = KAMEN_TENANT.settings.office;
const de = { firstName: 'Lena', lastName: 'Brückner', locale: 'de' as const, office };
const en = { ...de, locale: 'en' as const, office: null };

describe('e-mail verification and change mails', () => {
  it('carry the link as a placeholder only (the worker puts it in), in German and for English users also in English', () => {
    const mail = verifyEmailMail(de, 72);
    expect(mail.subject).toBe('Bitte bestätigen Sie Ihre E-Mail-Adresse');
    expect(mail.text).toContain(LINK_PLACEHOLDER);
    expect(mail.text).toContain('72 Stunden gültig');
    expect(mail.text).not.toContain('token=');
    const english = emailChangeConfirmMail(en, 'neu@example.org', 24);
    expect(english.subject).toBe('Neue E-Mail-Adresse bestätigen / Confirm your new e-mail address');
    expect(english.text.split(LINK_PLACEHOLDER)).toHaveLength(3);
    expect(english.text).toContain('valid for 24 hours');
  });

  it('tell the owner of a known address about a registration attempt, with the way to a new password but no link token', () => {
    const mail = registrationExistingMail(de, 'https://lotse.kamen.de/forgot-password');
    expect(mail.text).toContain('bereits ein Konto');
    expect(mail.text).toContain('https://lotse.kamen.de/forgot-password');
    expect(mail.text).not.toContain(LINK_PLACEHOLDER);
  });

  it('tell the old address who asked for the change and that it is not in effect yet', () => {
    expect(emailChangeNoticeMail(de, 'neu@example.org', 'self').text).toContain('in Ihrem Profil');
    const staff = emailChangeNoticeMail(de, 'neu@example.org', 'staff').text;
    expect(staff).toContain('die Fachberatung hat beantragt');
    expect(staff).toContain('erst wirksam');
    expect(staff).not.toContain(LINK_PLACEHOLDER);
  });
});
