/**
 * German validation messages used by the DTO decorators. The API answers in German because the
 * product is German-first; the web client can translate by `code` for English users.
 */
export const de = {
  required: 'Dieses Feld ist erforderlich.',
  email: 'Bitte eine gültige E-Mail-Adresse angeben.',
  text: 'Bitte einen Text angeben.',
  tooLong: (max: number) => `Höchstens ${max} Zeichen.`,
  tooShort: (min: number) => `Mindestens ${min} Zeichen.`,
  date: 'Bitte ein gültiges Datum im Format JJJJ-MM-TT angeben.',
  dateNotFuture: 'Das Datum darf nicht in der Zukunft liegen.',
  oneOf: (values: readonly string[]) => `Erlaubt sind nur: ${values.join(', ')}.`,
  phone: 'Bitte eine gültige Telefonnummer angeben (Ziffern, Leerzeichen, +, /, -).',
  postcode: 'Bitte eine fünfstellige Postleitzahl angeben.',
  uuid: 'Ungültige Kennung.',
  int: 'Bitte eine ganze Zahl angeben.',
  min: (n: number) => `Der Wert muss mindestens ${n} sein.`,
  max: (n: number) => `Der Wert darf höchstens ${n} sein.`,
  boolean: 'Bitte ja oder nein angeben.',
  password: 'Das Passwort muss mindestens 12 Zeichen lang sein.',
  // Childminder profile and evidence (issue 3)
  time: 'Bitte eine Uhrzeit im Format HH:MM angeben.',
  quarterHour: 'Bitte Uhrzeiten im Viertelstundentakt angeben (:00, :15, :30, :45).',
  timeOrder: 'Das Ende muss nach dem Beginn liegen.',
  timeOverlap: 'Die Zeiten überschneiden sich mit einem anderen Zeitraum am selben Wochentag.',
  weekday: 'Bitte einen Wochentag von 1 (Montag) bis 7 (Sonntag) angeben.',
  ageOrder: 'Das Höchstalter darf nicht unter dem Mindestalter liegen.',
  list: 'Bitte eine Liste angeben.',
  maxItems: (n: number) => `Höchstens ${n} Einträge.`,
  object: 'Bitte die Angaben vollständig ausfüllen.',
  siteNameRequired: 'Für eine Großtagespflege bitte den Namen des Standorts angeben.',
  careAddressRequired: 'Bitte die Adresse der Betreuungsräume angeben.',
  adult: 'Tagespflegepersonen müssen volljährig sein.',
  district: (values: readonly string[]) => `Bitte einen Stadtteil wählen: ${values.join(', ')}.`,
  privacyNotice: 'Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben.',
  reasonRequired: 'Bitte einen Grund angeben.',
  unitsRequired: 'Bitte die Zahl der Unterrichtseinheiten (UE) angeben.',
  convictionRequired: 'Bitte angeben, ob das Führungszeugnis eine einschlägige Eintragung enthält.',
  notForType: 'Diese Angabe ist für diesen Nachweis nicht vorgesehen.',
  nullableInt: 'Bitte eine ganze Zahl angeben oder das Feld leeren.',
  // Permit settings (admin)
  minItems: (n: number) => (n === 1 ? 'Mindestens ein Eintrag.' : `Mindestens ${n} Einträge.`),
  distinct: 'Jeder Wert darf nur einmal vorkommen.',
  numberPrefix: 'Bitte 2 bis 6 Großbuchstaben (A–Z) angeben, z. B. KAM.',
  // Password reset
  passwordResetRequested:
    'Wenn zu dieser E-Mail-Adresse ein Konto besteht, haben wir Ihnen einen Link zum Zurücksetzen des Passworts geschickt. Bitte sehen Sie auch im Spam-Ordner nach.',
  passwordResetTokenInvalid: 'Der Link ist ungültig oder abgelaufen. Bitte fordern Sie einen neuen an.',
  // Password change (profile)
  currentPasswordWrong: 'Das aktuelle Passwort ist nicht korrekt.',
  newPasswordSame: 'Das neue Passwort muss sich vom bisherigen unterscheiden.',
  // Registration and e-mail verification (the same answer whether or not the address has an account)
  registrationReceived:
    'Vielen Dank! Wir haben Ihnen eine E-Mail geschickt. Bitte bestätigen Sie Ihre E-Mail-Adresse über den Link darin; danach können Sie sich anmelden. Bitte sehen Sie auch im Spam-Ordner nach.',
  verificationResent:
    'Wenn zu dieser E-Mail-Adresse ein Konto auf Bestätigung wartet, haben wir Ihnen einen neuen Link geschickt. Bitte sehen Sie auch im Spam-Ordner nach.',
  emailNotVerified: 'Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse über den Link, den wir Ihnen geschickt haben.',
  linkInvalid: 'Der Link ist ungültig oder abgelaufen.',
  // E-mail change
  emailChangeRequested: 'Wir haben einen Bestätigungslink an die neue Adresse geschickt. Die Änderung gilt, sobald Sie ihn öffnen.',
  emailTaken: 'Diese E-Mail-Adresse ist bereits vergeben.',
  emailSame: 'Das ist bereits Ihre E-Mail-Adresse.',
} as const;

export const PHONE_PATTERN = /^\+?[0-9][0-9 /()-]{4,24}$/;
export const POSTCODE_PATTERN = /^[0-9]{5}$/;
