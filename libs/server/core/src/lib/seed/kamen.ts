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
    },
    districts: ['Mitte', 'Methler', 'Heeren-Werve', 'Südkamen', 'Derne', 'Rottum'],
  },
};
