import { COMPLAINT_LDI_NRW, REGISTRATION_PRIVACY_TEXTS } from './privacy-texts';

/**
 * The privacy notice of the registration page (`settings.privacy`): Kamen's controller and data
 * protection officer with the SGB VIII texts. The officer's e-mail is a demo value like the office's.
 */
export const KAMEN_PRIVACY_NOTICE = {
  controller:
    'Stadt Kamen, Der Bürgermeister, Familienbüro – Fachberatung Kindertagespflege, Rathausplatz 1, 59174 Kamen, Telefon 02307 148-0, familienbuero@kamen.example',
  dataProtectionOfficer: 'Behördliche Datenschutzbeauftragte der Stadt Kamen, Rathausplatz 1, 59174 Kamen, datenschutz@kamen.example',
  ...REGISTRATION_PRIVACY_TEXTS,
  rights: [...REGISTRATION_PRIVACY_TEXTS.rights, COMPLAINT_LDI_NRW],
};

/**
 * Office data of the first tenant (domain.md): Familienbüro Stadt Kamen, Kreis Unna, NRW.
 * Phone and e-mail are demo values; an admin sets the real ones in the tenant settings.
 */
export const KAMEN_TENANT = {
  name: 'Stadt Kamen',
  slug: 'kamen',
  state: 'NW',
  settings: {
    office: {
      name: 'Familienbüro der Stadt Kamen – Fachberatung Kindertagespflege',
      street: 'Rathausplatz 1',
      postcode: '59174',
      city: 'Kamen',
      phone: '02307 148-0',
      email: 'familienbuero@kamen.example',
      openingHours: [
        { weekday: 1, from: '10:00', to: '12:00' },
        { weekday: 3, from: '14:00', to: '16:00' },
        { weekday: 4, from: '15:00', to: '17:00' },
      ],
      byAppointmentNote:
        'In der Alten Villa zwischen Bahnhof, Rathaus und Innenstadt. Außerhalb der offenen Sprechzeiten nach Vereinbarung; Anrufbeantworter und E-Mail werden werktäglich abgehört.',
      accessNote:
        'Stufenloser Zugang über den Seiteneingang mit Rampe (Parkplatzseite); Beratungsräume und WC im Erdgeschoss sind barrierefrei.',
    },
    districts: ['Mitte', 'Methler', 'Heeren-Werve', 'Südkamen', 'Derne', 'Rottum'],
    privacy: KAMEN_PRIVACY_NOTICE,
  },
};
