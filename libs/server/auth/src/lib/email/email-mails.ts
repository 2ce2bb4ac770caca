import { LINK_PLACEHOLDER } from '@lotse/server/core';
import { compose, type MailText, type ResetMailRecipient } from '../password-reset/password-reset-mails';

/** The mails of e-mail verification and e-mail change. Links are LINK_PLACEHOLDER: the worker puts them in. */

export function verifyEmailMail(r: ResetMailRecipient, ttlHours: number): MailText {
  return compose(
    r,
    { de: 'Bitte bestätigen Sie Ihre E-Mail-Adresse', en: 'Please confirm your e-mail address' },
    [
      'bitte bestätigen Sie Ihre E-Mail-Adresse für Ihr Konto bei Lotse über diesen Link:',
      '',
      LINK_PLACEHOLDER,
      '',
      `Der Link ist ${ttlHours} Stunden gültig. Danach können Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort anmelden.`,
      'Wenn Sie sich nicht bei Lotse registriert haben, können Sie diese E-Mail ignorieren.',
    ],
    [
      'please confirm the e-mail address of your Lotse account with this link:',
      '',
      LINK_PLACEHOLDER,
      '',
      `The link is valid for ${ttlHours} hours. Afterwards you can sign in with your e-mail address and password.`,
      'If you did not register with Lotse, you can ignore this e-mail.',
    ],
  );
}

/** To the owner of an address someone tried to register again: no link, just the way to "Passwort vergessen". */
export function registrationExistingMail(r: ResetMailRecipient, forgotUrl: string): MailText {
  return compose(
    r,
    { de: 'Registrierung mit Ihrer E-Mail-Adresse', en: 'Registration with your e-mail address' },
    [
      'soeben wurde versucht, sich mit Ihrer E-Mail-Adresse bei Lotse zu registrieren. Für diese Adresse gibt es bereits ein Konto; es wurde nichts geändert.',
      `Falls Sie Ihr Passwort vergessen haben, können Sie hier ein neues festlegen: ${forgotUrl}`,
      'Wenn Sie das nicht waren, können Sie diese E-Mail ignorieren.',
    ],
    [
      'someone just tried to register with Lotse using your e-mail address. There already is an account for this address; nothing was changed.',
      `If you forgot your password, you can set a new one here: ${forgotUrl}`,
      'If this was not you, you can ignore this e-mail.',
    ],
  );
}

/** To the NEW address: the link that makes the change take effect. */
export function emailChangeConfirmMail(r: ResetMailRecipient, newEmail: string, ttlHours: number): MailText {
  return compose(
    r,
    { de: 'Neue E-Mail-Adresse bestätigen', en: 'Confirm your new e-mail address' },
    [
      `für Ihr Konto bei Lotse soll künftig diese E-Mail-Adresse gelten: ${newEmail}. Bitte bestätigen Sie das über diesen Link:`,
      '',
      LINK_PLACEHOLDER,
      '',
      `Der Link ist ${ttlHours} Stunden gültig. Bis dahin gilt Ihre bisherige Adresse weiter.`,
      'Wenn Sie das nicht veranlasst haben, können Sie diese E-Mail ignorieren.',
    ],
    [
      `your Lotse account is to use this e-mail address from now on: ${newEmail}. Please confirm with this link:`,
      '',
      LINK_PLACEHOLDER,
      '',
      `The link is valid for ${ttlHours} hours. Until then your current address stays in use.`,
      'If you did not ask for this, you can ignore this e-mail.',
    ],
  );
}

/** To the OLD address: a change was requested (by the owner or by staff), so she notices one she did not make. */
export function emailChangeNoticeMail(r: ResetMailRecipient, newEmail: string, by: 'self' | 'staff'): MailText {
  return compose(
    r,
    { de: 'Änderung Ihrer E-Mail-Adresse', en: 'Change of your e-mail address' },
    [
      by === 'self'
        ? `in Ihrem Profil bei Lotse wurde beantragt, Ihre E-Mail-Adresse in ${newEmail} zu ändern.`
        : `die Fachberatung hat beantragt, die E-Mail-Adresse Ihres Kontos bei Lotse in ${newEmail} zu ändern.`,
      'Die Änderung wird erst wirksam, wenn der Link geöffnet wird, den wir an die neue Adresse geschickt haben. Danach melden Sie sich mit der neuen Adresse an.',
      'Wenn Sie das nicht waren, ändern Sie bitte Ihr Passwort und wenden Sie sich umgehend an die Fachberatung.',
    ],
    [
      by === 'self'
        ? `a change of your e-mail address to ${newEmail} was requested in your Lotse profile.`
        : `the advisory service requested to change the e-mail address of your Lotse account to ${newEmail}.`,
      'The change takes effect only when the link we sent to the new address is opened. Afterwards you sign in with the new address.',
      'If this was not you, please change your password and contact the advisory service at once.',
    ],
  );
}
