import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { provideLotseMaterial } from '@lotse/web/ui';
import { CancelBookingPage } from './cancel-booking.page';
import { ConfirmBookingPage } from './confirm-booking.page';

const de = {
  common: { loading: 'Wird geladen …' },
  appointments: {
    toBooking: 'Zur Terminbuchung',
    confirm: { title: 'Termin bestätigen', working: 'Wird bestätigt …', failed: 'Link ungültig', failedText: 'Bitte neu buchen.' },
    cancel: { title: 'Termin absagen', failed: 'Link ungültig', failedText: 'Bitte neu buchen.' },
  },
};

/** The confirm and cancel links of the booking mails, opened without a token (address typed or cut short). */
describe.each([
  ['ConfirmBookingPage', ConfirmBookingPage, 'confirm-failed', '/api/public/appointments/confirm'],
  ['CancelBookingPage', CancelBookingPage, 'cancel-failed', '/api/public/appointments/lookup'],
] as const)('%s', (_name, page, failedTestId, url) => {
  const setup = async (token: string | null) => {
    await TestBed.configureTestingModule({
      imports: [
        page,
        TranslocoTestingModule.forRoot({
          langs: { de },
          translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideLotseMaterial(),
        { provide: ActivatedRoute, useValue: { snapshot: { queryParamMap: convertToParamMap(token ? { token } : {}) } } },
      ],
    }).compileComponents();
    const fixture = TestBed.createComponent<object>(page);
    fixture.detectChanges();
    return { fixture, http: TestBed.inject(HttpTestingController) };
  };

  it('without a token shows the failed link at once and asks no server (no 400 in the console)', async () => {
    const { fixture, http } = await setup(null);
    http.expectNone(url);
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector(`[data-testid="${failedTestId}"]`)?.textContent).toContain('Link ungültig');
    http.verify();
  });

  it('with a token asks the server', async () => {
    const { http } = await setup('abc');
    expect(http.expectOne(url).request.body).toEqual({ token: 'abc' });
  });
});
