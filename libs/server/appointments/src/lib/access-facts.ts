import { provideResourceFacts, sqlFacts } from '@lotse/server/core';

/** A slot belongs to its advisor, a booking to the signed-in user who made it (guests have none). */
export const APPOINTMENT_ACCESS_FACTS = provideResourceFacts({
  appointment_slot: sqlFacts(
    'Termin nicht gefunden.',
    `SELECT tenant_id, ARRAY[advisor_id]::text[] AS owners FROM appointment_slot WHERE id = $1 AND deleted_at IS NULL`,
  ),
  appointment_booking: sqlFacts(
    'Buchung nicht gefunden.',
    `SELECT tenant_id, ARRAY[user_id]::text[] AS owners FROM appointment_booking WHERE id = $1`,
  ),
});
