/**
 * Geocoding behind an interface. Default: a built-in gazetteer for Kamen and Kreis Unna (towns, Kamen's districts,
 * a few Kamen streets; coordinates are approximate centres, good enough for distance radii of a few km).
 * Optional: an HTTP driver for a self-hosted Photon or Nominatim.
 */
export interface GeoPoint {
  lat: number;
  lon: number;
  /** what was matched, e.g. "Kamen-Methler" */
  label: string;
  precision: 'street' | 'district' | 'town';
}

export interface AddressQuery {
  street?: string;
  postcode?: string;
  town?: string;
  district?: string;
}

export interface Geocoder {
  geocode(query: AddressQuery): Promise<GeoPoint | null>;
}

export interface GazetteerPlace {
  town: string;
  district?: string;
  postcodes: string[];
  lat: number;
  lon: number;
}

/** Towns of Kreis Unna and Kamen's districts (centres). */
export const KREIS_UNNA_PLACES: GazetteerPlace[] = [
  { town: 'Kamen', postcodes: ['59174'], lat: 51.5917, lon: 7.6653 },
  { town: 'Kamen', district: 'Mitte', postcodes: ['59174'], lat: 51.5917, lon: 7.6653 },
  { town: 'Kamen', district: 'Methler', postcodes: ['59174'], lat: 51.6031, lon: 7.6273 },
  { town: 'Kamen', district: 'Kaiserau', postcodes: ['59174'], lat: 51.5953, lon: 7.6175 },
  { town: 'Kamen', district: 'Westick', postcodes: ['59174'], lat: 51.6085, lon: 7.6378 },
  { town: 'Kamen', district: 'Wasserkurl', postcodes: ['59174'], lat: 51.5853, lon: 7.6282 },
  { town: 'Kamen', district: 'Heeren-Werve', postcodes: ['59174'], lat: 51.5787, lon: 7.7087 },
  { town: 'Kamen', district: 'Südkamen', postcodes: ['59174'], lat: 51.5756, lon: 7.6586 },
  { town: 'Kamen', district: 'Derne', postcodes: ['59174'], lat: 51.6157, lon: 7.6918 },
  { town: 'Kamen', district: 'Rottum', postcodes: ['59174'], lat: 51.6043, lon: 7.7012 },
  { town: 'Unna', postcodes: ['59423', '59425', '59427'], lat: 51.5347, lon: 7.6889 },
  { town: 'Bergkamen', postcodes: ['59192'], lat: 51.6156, lon: 7.6447 },
  { town: 'Bönen', postcodes: ['59199'], lat: 51.5986, lon: 7.7592 },
  { town: 'Lünen', postcodes: ['44532', '44534', '44536'], lat: 51.6161, lon: 7.5286 },
  { town: 'Holzwickede', postcodes: ['59439'], lat: 51.5002, lon: 7.6206 },
  { town: 'Fröndenberg', postcodes: ['58730'], lat: 51.4711, lon: 7.7647 },
  { town: 'Schwerte', postcodes: ['58239'], lat: 51.4436, lon: 7.5653 },
  { town: 'Werne', postcodes: ['59368'], lat: 51.6628, lon: 7.6336 },
  { town: 'Selm', postcodes: ['59379'], lat: 51.6958, lon: 7.4733 },
];

export interface GazetteerStreet {
  town: string;
  district: string;
  street: string;
  postcode: string;
  lat: number;
  lon: number;
}

/** A few Kamen streets (approximate midpoints). */
export const KAMEN_STREETS: GazetteerStreet[] = [
  { town: 'Kamen', district: 'Mitte', street: 'Rathausplatz', postcode: '59174', lat: 51.5919, lon: 7.6652 },
  { town: 'Kamen', district: 'Mitte', street: 'Bahnhofstraße', postcode: '59174', lat: 51.5895, lon: 7.6628 },
  { town: 'Kamen', district: 'Mitte', street: 'Weststraße', postcode: '59174', lat: 51.5921, lon: 7.6603 },
  { town: 'Kamen', district: 'Mitte', street: 'Nordstraße', postcode: '59174', lat: 51.5958, lon: 7.6660 },
  { town: 'Kamen', district: 'Mitte', street: 'Hammer Straße', postcode: '59174', lat: 51.6000, lon: 7.6640 },
  { town: 'Kamen', district: 'Mitte', street: 'Unnaer Straße', postcode: '59174', lat: 51.5850, lon: 7.6700 },
  { town: 'Kamen', district: 'Methler', street: 'Otto-Prein-Straße', postcode: '59174', lat: 51.6040, lon: 7.6290 },
  { town: 'Kamen', district: 'Heeren-Werve', street: 'Heerener Straße', postcode: '59174', lat: 51.5810, lon: 7.6950 },
  { town: 'Kamen', district: 'Südkamen', street: 'Südkamener Straße', postcode: '59174', lat: 51.5770, lon: 7.6600 },
];

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/str\.?(\s|$)/g, 'strasse$1')
    .replace(/[^a-z0-9äöü]/g, '');

/** The default geocoder: street, then district, then town or postcode. */
export class GazetteerGeocoder implements Geocoder {
  constructor(
    private readonly places: GazetteerPlace[] = KREIS_UNNA_PLACES,
    private readonly streets: GazetteerStreet[] = KAMEN_STREETS,
  ) {}

  async geocode(q: AddressQuery): Promise<GeoPoint | null> {
    return this.lookup(q);
  }

  lookup(q: AddressQuery): GeoPoint | null {
    const town = q.town ? norm(q.town) : null;
    const inTown = (t: string, codes: string[]): boolean =>
      (town === null || norm(t) === town) && (!q.postcode || codes.includes(q.postcode));
    if (q.street) {
      const name = norm(q.street.replace(/\s*\d+\s*[a-z]?$/i, ''));
      const s = this.streets.find((x) => norm(x.street) === name && inTown(x.town, [x.postcode]));
      if (s) return { lat: s.lat, lon: s.lon, label: `${s.street}, ${s.postcode} ${s.town}`, precision: 'street' };
    }
    if (q.district) {
      const d = norm(q.district);
      const p = this.places.find((x) => x.district && norm(x.district) === d && inTown(x.town, x.postcodes));
      if (p) return { lat: p.lat, lon: p.lon, label: `${p.town}-${p.district}`, precision: 'district' };
    }
    const p = this.places.find((x) => !x.district && (town !== null || q.postcode) && inTown(x.town, x.postcodes));
    return p ? { lat: p.lat, lon: p.lon, label: p.town, precision: 'town' } : null;
  }
}

export type FetchLike = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

/** Self-hosted Photon (`/api?q=`) or Nominatim (`/search?format=jsonv2&q=`); falls back to nothing on errors. */
export class HttpGeocoder implements Geocoder {
  constructor(
    private readonly baseUrl: string,
    private readonly flavour: 'photon' | 'nominatim',
    private readonly fetchFn: FetchLike,
  ) {}

  async geocode(q: AddressQuery): Promise<GeoPoint | null> {
    const text = [q.street, q.postcode, q.town ?? q.district].filter(Boolean).join(', ');
    const url =
      this.flavour === 'photon'
        ? `${this.baseUrl}/api?limit=1&q=${encodeURIComponent(text)}`
        : `${this.baseUrl}/search?format=jsonv2&limit=1&q=${encodeURIComponent(text)}`;
    const res = await this.fetchFn(url);
    if (!res.ok) return null;
    const body = (await res.json()) as Record<string, unknown>;
    if (this.flavour === 'photon') {
      const f = (body['features'] as { geometry: { coordinates: [number, number] } }[] | undefined)?.[0];
      return f ? { lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1], label: text, precision: 'street' } : null;
    }
    const hit = (body as unknown as { lat: string; lon: string; display_name: string }[])[0];
    return hit ? { lat: Number(hit.lat), lon: Number(hit.lon), label: hit.display_name, precision: 'street' } : null;
  }
}
