import { ICalCalendarMethod, ICalEventStatus, default as ical } from 'ical-generator';

export interface AppointmentIcsData {
  bookingId: string;
  startsAt: Date;
  endsAt: Date;
  /** The office's name (organiser shown in the calendar). */
  officeName: string;
  /** Where: the slot's location or the office's address; "by phone" for a call. */
  location: string;
  summary: string;
  description: string;
  /** The host part of the event UID (the installation's public host). */
  host: string;
  /** When the file was made (DTSTAMP). */
  stamp: Date;
  cancelled?: boolean;
}

/**
 * The .ics attached to a booking confirmation. DTSTART/DTEND are written in UTC (`…Z`), which every
 * calendar shows in its own local time, so 15:00 Europe/Berlin arrives as 15:00 in a German
 * calendar whatever the season; no VTIMEZONE block is needed. The UID is stable per booking, so a
 * cancellation (METHOD:CANCEL, same UID) replaces the event.
 */
export function appointmentIcs(d: AppointmentIcsData): string {
  const cal = ical({
    prodId: { company: 'Lotse', product: 'Termine', language: 'DE' },
    name: d.officeName,
    method: d.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
  });
  cal.createEvent({
    id: `appointment-${d.bookingId}@${d.host}`,
    start: d.startsAt,
    end: d.endsAt,
    stamp: d.stamp,
    summary: d.summary,
    description: d.description,
    location: d.location,
    status: d.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return cal.toString();
}
