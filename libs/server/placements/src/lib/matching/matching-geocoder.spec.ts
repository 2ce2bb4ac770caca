import { loadConfig } from '@lotse/server/core';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MatchingGeocoder } from './matching-geocoder';

/** A small local Photon/Nominatim stand-in (the gazetteer does not know Testweg): Testweg is known, "Langsam" hangs, "Kaputt" fails. */
function fakeServer(): Promise<{ server: Server; url: string; paths: string[] }> {
  const paths: string[] = [];
  const server = createServer((req, res) => {
    paths.push(req.url ?? '');
    const q = new URL(req.url ?? '/', 'http://x').searchParams.get('q') ?? '';
    if (q.includes('Langsam')) return; // never answers: the timeout must end it
    if (q.includes('Kaputt')) {
      res.writeHead(503).end('down');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    const known = q.includes('Testweg');
    if (req.url?.startsWith('/api')) res.end(JSON.stringify({ features: known ? [{ geometry: { coordinates: [7.6701, 51.5989] } }] : [] }));
    else res.end(JSON.stringify(known ? [{ lat: '51.5989', lon: '7.6701', display_name: 'Testweg 3, Kamen' }] : []));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, paths })),
  );
}

jest.setTimeout(60_000);

describe('MatchingGeocoder (GEOCODER)', () => {
  let fake: Awaited<ReturnType<typeof fakeServer>>;
  beforeAll(async () => (fake = await fakeServer()));
  afterAll(() => new Promise((r) => fake.server.close(r)));

  it('uses the built-in gazetteer by default', async () => {
    const g = new MatchingGeocoder({ GEOCODER: 'gazetteer', GEOCODER_URL: undefined, GEOCODER_TIMEOUT_MS: 2000 });
    expect(await g.geocode({ town: 'Kamen', district: 'Methler' })).toMatchObject({ label: 'Kamen-Methler', precision: 'district' });
  });

  it.each(['photon', 'nominatim'] as const)('asks a %s server, and the gazetteer for what it does not know', async (kind) => {
    const g = new MatchingGeocoder({ GEOCODER: kind, GEOCODER_URL: `${fake.url}/`, GEOCODER_TIMEOUT_MS: 15_000 });
    expect(await g.geocode({ street: 'Testweg 3', postcode: '59174', town: 'Kamen' })).toMatchObject({
      lat: 51.5989,
      lon: 7.6701,
      precision: 'street',
    });
    expect(fake.paths.at(-1)).toMatch(kind === 'photon' ? /^\/api\?limit=1&q=Testweg/ : /^\/search\?format=jsonv2&limit=1&q=Testweg/);
    // Not found by the server: the gazetteer's district centre.
    expect(await g.geocode({ street: 'Unbekannter Weg 1', town: 'Kamen', district: 'Methler' })).toMatchObject({ label: 'Kamen-Methler' });
  });

  it('falls back to the gazetteer on a timeout and on a 5xx, and leaves the server alone for a while', async () => {
    const g = new MatchingGeocoder({ GEOCODER: 'photon', GEOCODER_URL: fake.url, GEOCODER_TIMEOUT_MS: 300 });
    const t = Date.now();
    expect(await g.geocode({ street: 'Langsam 1', town: 'Kamen', district: 'Heeren-Werve' })).toMatchObject({
      label: 'Kamen-Heeren-Werve',
    });
    expect(Date.now() - t).toBeLessThan(10_000);
    const asked = fake.paths.length;
    // Paused: the next address goes straight to the gazetteer (no request to the server).
    expect(await g.geocode({ street: 'Testweg 3', town: 'Kamen' })).toMatchObject({ label: 'Kamen', precision: 'town' });
    expect(fake.paths.length).toBe(asked);

    const h = new MatchingGeocoder({ GEOCODER: 'nominatim', GEOCODER_URL: fake.url, GEOCODER_TIMEOUT_MS: 300 });
    expect(await h.geocode({ street: 'Kaputt 1', town: 'Unna' })).toMatchObject({ label: 'Unna' });
  });

  it('needs GEOCODER_URL for an HTTP geocoder, and names it', () => {
    const base = {
      DATABASE_URL: 'postgres://x@localhost/x',
      REDIS_URL: 'redis://localhost:6379',
      SMTP_URL: 'smtp://localhost:1025',
      SESSION_SECRET: 'x'.repeat(40),
    };
    expect(() => loadConfig({ ...base, GEOCODER: 'photon' })).toThrow(/GEOCODER_URL: Required when GEOCODER=photon/);
    expect(() => loadConfig({ ...base, GEOCODER: 'google' })).toThrow(/GEOCODER/);
    expect(() => loadConfig({ ...base, GEOCODER: 'nominatim', GEOCODER_URL: 'ftp://x' })).toThrow(/GEOCODER_URL/);
    expect(loadConfig({ ...base, GEOCODER: 'nominatim', GEOCODER_URL: 'http://nominatim:8080' })).toMatchObject({
      GEOCODER: 'nominatim',
      GEOCODER_TIMEOUT_MS: 2000,
    });
    expect(loadConfig(base)).toMatchObject({ GEOCODER: 'gazetteer' });
  });
});
