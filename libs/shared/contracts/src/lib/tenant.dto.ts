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
    /** Step-free access ("Barrierefreier Zugang über den Hintereingang …"); optional. */
    accessNote?: string;
  };
  districts: string[];
}
