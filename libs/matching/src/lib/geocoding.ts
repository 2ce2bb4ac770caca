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
  { town: 'Kamen', district: 'Mitte', street: 'Nordstraße', postcode: '59174', lat: 51.5958, lon: 7.666 },
  { town: 'Kamen', district: 'Mitte', street: 'Hammer Straße', postcode: '59174', lat: 51.6, lon: 7.664 },
  { town: 'Kamen', district: 'Mitte', street: 'Unnaer Straße', postcode: '59174', lat: 51.585, lon: 7.67 },
  { town: 'Kamen', district: 'Methler', street: 'Otto-Prein-Straße', postcode: '59174', lat: 51.604, lon: 7.629 },
  { town: 'Kamen', district: 'Heeren-Werve', street: 'Heerener Straße', postcode: '59174', lat: 51.581, lon: 7.695 },
  { town: 'Kamen', district: 'Südkamen', street: 'Südkamener Straße', postcode: '59174', lat: 51.577, lon: 7.66 },
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

export type FetchLike = (
  url: string,
  init?: { signal?: AbortSignal; headers?: Record<string, string> },
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

/** The HTTP geocoder could not answer (timeout, connection refused, 5xx, unreadable body): not the same as "no hit". */
export class GeocoderUnavailableError extends Error {}

/**
 * Self-hosted Photon (`/api?q=`) or Nominatim (`/search?format=jsonv2&q=`). No hit (or a 4xx) → null;
 * a timeout (`timeoutMs`, default 2 s), a refused connection, a 5xx or an unreadable answer →
 * `GeocoderUnavailableError` (FallbackGeocoder then asks the gazetteer).
 */
export class HttpGeocoder implements Geocoder {
  constructor(
    private readonly baseUrl: string,
    private readonly flavour: 'photon' | 'nominatim',
    private readonly fetchFn: FetchLike = (url, init) => fetch(url, init),
    private readonly timeoutMs = 2_000,
  ) {}

  async geocode(q: AddressQuery): Promise<GeoPoint | null> {
    const text = [q.street, q.postcode, q.town ?? q.district].filter(Boolean).join(', ');
    const base = this.baseUrl.replace(/\/+$/, '');
    const url =
      this.flavour === 'photon'
        ? `${base}/api?limit=1&q=${encodeURIComponent(text)}`
        : `${base}/search?format=jsonv2&limit=1&q=${encodeURIComponent(text)}`;
    let body: unknown;
    try {
      const res = await this.fetchFn(url, { signal: AbortSignal.timeout(this.timeoutMs), headers: { accept: 'application/json' } });
      if (res.status >= 500) throw new GeocoderUnavailableError(`${this.flavour} answered ${res.status}`);
      if (!res.ok) return null;
      body = await res.json();
    } catch (e) {
      if (e instanceof GeocoderUnavailableError) throw e;
      throw new GeocoderUnavailableError(`${this.flavour} at ${base}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const point = (lat: unknown, lon: unknown, label: string): GeoPoint | null => {
      const la = Number(lat);
      const lo = Number(lon);
      return Number.isFinite(la) && Number.isFinite(lo) && Math.abs(la) <= 90 && Math.abs(lo) <= 180
        ? { lat: la, lon: lo, label, precision: 'street' }
        : null;
    };
    if (this.flavour === 'photon') {
      const f = ((body as Record<string, unknown> | null)?.['features'] as { geometry?: { coordinates?: unknown[] } }[] | undefined)?.[0];
      return f?.geometry?.coordinates ? point(f.geometry.coordinates[1], f.geometry.coordinates[0], text) : null;
    }
    const hit = Array.isArray(body) ? (body[0] as { lat?: unknown; lon?: unknown; display_name?: unknown } | undefined) : undefined;
    return hit ? point(hit.lat, hit.lon, typeof hit.display_name === 'string' ? hit.display_name : text) : null;
  }
}

/**
 * An HTTP geocoder with the gazetteer behind it: an address the server does not find, or any
 * address while the server is unavailable, is placed by the fallback (the built-in gazetteer).
 * After a failure the server is left alone for `pauseMs` (default 60 s), so one instance build does
 * not wait out a timeout per address. Answers are remembered (at most `cacheSize` addresses).
 */
export class FallbackGeocoder implements Geocoder {
  private pausedUntil = 0;
  private readonly cache = new Map<string, GeoPoint | null>();
  /** failures seen (for logs and tests) */
  failures = 0;

  constructor(
    private readonly primary: Geocoder,
    private readonly fallback: Geocoder,
    private readonly onFailure: (e: unknown) => void = () => undefined,
    private readonly pauseMs = 60_000,
    private readonly cacheSize = 50_000,
    private readonly now: () => number = Date.now,
  ) {}

  async geocode(q: AddressQuery): Promise<GeoPoint | null> {
    const key = JSON.stringify([q.street ?? '', q.postcode ?? '', q.town ?? '', q.district ?? '']);
    const known = this.cache.get(key);
    if (known !== undefined) return known ?? this.fallback.geocode(q);
    if (this.now() < this.pausedUntil) return this.fallback.geocode(q);
    try {
      const hit = await this.primary.geocode(q);
      if (this.cache.size >= this.cacheSize) this.cache.clear();
      this.cache.set(key, hit);
      return hit ?? this.fallback.geocode(q);
    } catch (e) {
      this.failures++;
      this.pausedUntil = this.now() + this.pauseMs;
      this.onFailure(e);
      return this.fallback.geocode(q);
    }
  }
}
