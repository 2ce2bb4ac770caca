import type { Locale } from '@lotse/shared/contracts';
import { mailFooter, type Office } from '@lotse/server/office';

export interface ResetMailRecipient {
  firstName: string;
  lastName: string;
  locale: Locale;
  office: Office | null;
}

export interface MailText {
  subject: string;
  text: string;
}

/** German always; the English part follows for users who chose English. */
export function compose(r: ResetMailRecipient, subject: { de: string; en: string }, de: string[], en: string[]): MailText {
  const german = [`Guten Tag ${r.firstName} ${r.lastName},`, '', ...de, '', mailFooter(r.office, 'de')];
  if (r.locale !== 'en') return { subject: subject.de, text: german.join('\n') };
  const english = [`Dear ${r.firstName} ${r.lastName},`, '', ...en, '', mailFooter(r.office, 'en')];
  return { subject: `${subject.de} / ${subject.en}`, text: [...german, '', '—— English ——', '', ...english].join('\n') };
}

/** The mail with the reset link. Pure, so a spec can read it. */
export function passwordResetMail(r: ResetMailRecipient, link: string, ttlMinutes: number): MailText {
  return compose(
    r,
    { de: 'Passwort zurücksetzen', en: 'Reset your password' },
    [
      'für Ihr Konto bei Lotse wurde ein neues Passwort angefordert. Über diesen Link legen Sie ein neues Passwort fest:',
      '',
      link,
      '',
      `Der Link ist ${ttlMinutes} Minuten gültig und funktioniert nur einmal.`,
      'Wenn Sie kein neues Passwort angefordert haben, können Sie diese E-Mail ignorieren; Ihr bisheriges Passwort bleibt gültig.',
    ],
    [
      'a new password was requested for your Lotse account. Use this link to set a new password:',
      '',
      link,
      '',
      `The link is valid for ${ttlMinutes} minutes and works only once.`,
      'If you did not ask for a new password, you can ignore this e-mail; your current password stays valid.',
    ],
  );
}

/** How the password was changed: by a reset link ("Passwort vergessen") or by the signed-in owner in the profile. */
export type PasswordChangeVia = 'reset' | 'profile';

/** The notice after a reset or a change, so that the owner notices a change they did not make. */
export function passwordChangedMail(r: ResetMailRecipient, via: PasswordChangeVia): MailText {
  const reset = via === 'reset';
  return compose(
    r,
    { de: 'Ihr Passwort wurde geändert', en: 'Your password was changed' },
    [
      reset
        ? 'das Passwort Ihres Kontos bei Lotse wurde soeben über „Passwort vergessen“ neu festgelegt. Aus Sicherheitsgründen wurden Sie auf allen Geräten abgemeldet.'
        : 'das Passwort Ihres Kontos bei Lotse wurde soeben in Ihrem Profil geändert. Aus Sicherheitsgründen wurden Sie auf allen anderen Geräten abgemeldet.',
      'Wenn Sie das nicht selbst waren, wenden Sie sich bitte umgehend an die Fachberatung.',
    ],
    [
      reset
        ? 'the password of your Lotse account has just been reset via "Forgot password". For your security you were signed out on all devices.'
        : 'the password of your Lotse account has just been changed in your profile. For your security you were signed out on all other devices.',
      'If this was not you, please contact the advisory service at once.',
    ],
  );
}
