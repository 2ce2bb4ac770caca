import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Translation } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { TranslocoHttpLoader } from './transloco-http.loader';

describe('TranslocoHttpLoader', () => {
  let loader: TranslocoHttpLoader;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    loader = TestBed.inject(TranslocoHttpLoader);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  const notFound = { status: 404, statusText: 'Not Found' };

  it('loads the root file and scope files of a language', async () => {
    const root = firstValueFrom(loader.getTranslation('tr'));
    http.expectOne('/i18n/tr.json').flush({ hello: 'Merhaba' });
    expect(await root).toEqual({ hello: 'Merhaba' });
    const scope = firstValueFrom(loader.getTranslation('front-door/ar'));
    http.expectOne('/i18n/front-door/ar.json').flush({ title: 'مكتب الأسرة' });
    expect(await scope).toEqual({ title: 'مكتب الأسرة' });
  });

  it('answers a missing file with the German one', async () => {
    const root = firstValueFrom(loader.getTranslation('uk'));
    http.expectOne('/i18n/uk.json').flush(null, notFound);
    http.expectOne('/i18n/de.json').flush({ hello: 'Hallo' });
    expect(await root).toEqual({ hello: 'Hallo' });

    // A staff scope exists in German and English only.
    const scope = firstValueFrom(loader.getTranslation('placements/tr'));
    http.expectOne('/i18n/placements/tr.json').flush(null, notFound);
    http.expectOne('/i18n/placements/de.json').flush({ title: 'Vermittlung' });
    expect(await scope).toEqual({ title: 'Vermittlung' });
  });

  it('reports a missing German file (nothing to fall back to)', async () => {
    const result: Promise<Translation> = firstValueFrom(loader.getTranslation('front-door/de'));
    http.expectOne('/i18n/front-door/de.json').flush(null, notFound);
    await expect(result).rejects.toMatchObject({ status: 404 });
  });
});
