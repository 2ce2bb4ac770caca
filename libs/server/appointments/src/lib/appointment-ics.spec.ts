import ICAL from 'ical.js';
import { appointmentIcs } from './appointment-ics';

describe('appointment .ics', () => {
  const ics = appointmentIcs({
    bookingId: '7d5e0f0e-1111-4222-8333-444455556666',
    startsAt: new Date('2026-12-03T14:00:00Z'),
    endsAt: new Date('2026-12-03T14:30:00Z'),
    officeName: 'Familienbüro Kamen',
    location: 'Alte Villa, Raum 2, Bahnhofstraße 1, 59174 Kamen',
    summary: 'Beratungstermin – Familienbüro Kamen',
    description: 'Beratung: Anna B.',
    host: 'lotse.example',
    stamp: new Date('2026-11-25T09:00:00Z'),
  });

  it('writes the times in UTC and parses back to 15:00–15:30 in Europe/Berlin', () => {
    expect(ics).toContain('DTSTART:20261203T140000Z');
    expect(ics).toContain('DTEND:20261203T143000Z');
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    const start = event.startDate.toJSDate();
    const berlin = (d: Date) =>
      new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'short', timeStyle: 'short' }).format(d);
    expect(berlin(start)).toBe('03.12.26, 15:00');
    expect(berlin(event.endDate.toJSDate())).toBe('03.12.26, 15:30');
    expect(event.summary).toBe('Beratungstermin – Familienbüro Kamen');
    expect(event.location).toContain('Alte Villa');
    expect(event.uid).toBe('appointment-7d5e0f0e-1111-4222-8333-444455556666@lotse.example');
  });

  it('marks a cancellation with the same UID', () => {
    const cancelled = appointmentIcs({
      bookingId: 'b1',
      startsAt: new Date('2026-12-03T14:00:00Z'),
      endsAt: new Date('2026-12-03T14:30:00Z'),
      officeName: 'X',
      location: 'Y',
      summary: 'S',
      description: 'D',
      host: 'h',
      stamp: new Date(),
      cancelled: true,
    });
    expect(cancelled).toContain('METHOD:CANCEL');
    expect(cancelled).toContain('STATUS:CANCELLED');
    expect(cancelled).toContain('UID:appointment-b1@h');
  });
});
