/** One youth welfare office. Settings hold every rule that differs by state or office. */
export interface OpeningHoursDto {
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  from: string;
  to: string;
}

export interface TenantDto {
  id: string;
  name: string;
  slug: string;
  state: string;
  office: {
    name: string;
    street: string;
    postcode: string;
    city: string;
    phone: string;
    email: string;
    openingHours: OpeningHoursDto[];
    byAppointmentNote: string;
    /** How to get in without steps (ramp, entrance, lift), the office's German text; empty if none is set. */
    accessNote?: string;
  };
  districts: string[];
}
