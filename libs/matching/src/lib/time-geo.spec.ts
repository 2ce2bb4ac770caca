import fc from 'fast-check';
import { distanceKm, EARTH_RADIUS_KM, GeoGrid } from './geo';
import { GazetteerGeocoder, HttpGeocoder } from './geocoding';
import { ageInMonths, dayNumber, slotLabel } from './time';
import { Timeline } from './timeline';

describe('age in whole months (birthday-based)', () => {
  it.each([
    ['2026-03-14', '2027-08-01', 16],
    ['2026-03-14', '2027-08-14', 17],
    ['2026-03-14', '2027-08-13', 16],
    ['2026-01-31', '2026-02-28', 1],
    ['2026-01-31', '2026-02-27', 0],
    ['2024-02-29', '2025-02-28', 12],
    ['2027-08-01', '2027-08-01', 0],
  ])('%s at %s is %i months', (birth, at, months) => expect(ageInMonths(birth, at)).toBe(months));
});

describe('great-circle distance', () => {
  it('uses R = 6371.0088 km: Kamen town hall – Unna centre ≈ 6.5 km', () => {
    expect(EARTH_RADIUS_KM).toBe(6371.0088);
    expect(distanceKm(51.5919, 7.6652, 51.5347, 7.6889)).toBeCloseTo(6.55, 1);
    expect(distanceKm(0, 0, 0, 1)).toBeCloseTo((Math.PI / 180) * 6371.0088, 6);
  });

  it('grid finds every point within the radius', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 51.3, max: 51.9, noNaN: true }), fc.double({ min: 7.2, max: 8.0, noNaN: true })), {
          maxLength: 60,
        }),
        fc.double({ min: 0, max: 30, noNaN: true }),
        (pts, km) => {
          const grid = new GeoGrid(
            pts.map((p) => p[0]),
            pts.map((p) => p[1]),
          );
          const near = new Set(grid.near(51.6, 7.6, km));
          pts.forEach((p, i) => {
            if (distanceKm(51.6, 7.6, p[0], p[1]) <= km) expect(near.has(i)).toBe(true);
          });
        },
      ),
    );
  });
});

describe('timeline', () => {
  it('counts presence per date interval and slot', () => {
    const t = new Timeline(dayNumber('2027-08-01'), 672);
    t.add(dayNumber('2027-07-01'), dayNumber('2027-09-01'), [10], 1);
    t.add(dayNumber('2027-10-01'), Infinity, [10, 11], 1);
    expect(t.fits(dayNumber('2027-08-01'), [10], 1, 8)).toBe(false);
    expect(t.fits(dayNumber('2027-09-01'), [10], 1, 8)).toBe(false); // October placement
    expect(t.fits(dayNumber('2027-09-01'), [12], 1, 8)).toBe(true);
    expect(t.fits(dayNumber('2027-09-01'), [12], 1, 1)).toBe(false); // contract from October
    expect(slotLabel(48, 15)).toBe('Mo 12:00–12:15');
  });
});

describe('geocoding', () => {
  const g = new GazetteerGeocoder();
  it('finds Kamen streets, districts and the towns of Kreis Unna', async () => {
    expect(await g.geocode({ street: 'Rathausplatz 1', postcode: '59174', town: 'Kamen' })).toMatchObject({ precision: 'street' });
    expect(await g.geocode({ town: 'Kamen', district: 'Methler' })).toMatchObject({ label: 'Kamen-Methler' });
    expect(await g.geocode({ town: 'Bönen' })).toMatchObject({ precision: 'town', label: 'Bönen' });
    expect(await g.geocode({ postcode: '58239' })).toMatchObject({ label: 'Schwerte' });
    expect(await g.geocode({ town: 'Berlin' })).toBeNull();
  });

  it('asks a Photon server through the injected fetch', async () => {
    const urls: string[] = [];
    const http = new HttpGeocoder('http://photon.local', 'photon', async (url) => {
      urls.push(url);
      return { ok: true, status: 200, json: async () => ({ features: [{ geometry: { coordinates: [7.66, 51.59] } }] }) };
    });
    expect(await http.geocode({ street: 'Nordstraße 3', town: 'Kamen' })).toMatchObject({ lat: 51.59, lon: 7.66 });
    expect(urls[0]).toContain('/api?limit=1&q=Nordstra%C3%9Fe%203%2C%20Kamen');
  });
});
