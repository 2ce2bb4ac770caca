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
} as const;

export const PHONE_PATTERN = /^\+?[0-9][0-9 /()-]{4,24}$/;
export const POSTCODE_PATTERN = /^[0-9]{5}$/;
