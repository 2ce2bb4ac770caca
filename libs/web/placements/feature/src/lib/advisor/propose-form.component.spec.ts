import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { CareRequestDto, ChildminderListItemDto } from '@lotse/shared/contracts';
import { provideLotseMaterial } from '@lotse/web/ui';
import { ProposeFormComponent } from './propose-form.component';

const request = { id: 'r1', desiredStart: '2027-02-01', version: 3, status: 'in_review' } as CareRequestDto;
const weiss = { id: 'c1', firstName: 'Jürgen', lastName: 'Weiß', district: 'Mitte' } as ChildminderListItemDto;

describe('ProposeFormComponent', () => {
  let fixture: ComponentFixture<ProposeFormComponent>;
  let http: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;
  const q = (id: string) => el().querySelector<HTMLElement>(`[data-testid="${id}"]`) as HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
        ProposeFormComponent,
        TranslocoTestingModule.forRoot({ langs: { de: {} }, translocoConfig: { availableLangs: ['de'], defaultLang: 'de' } }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideLotseMaterial()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ProposeFormComponent);
    fixture.componentRef.setInput('request', request);
    fixture.detectChanges();
  });

  it("sends nothing without a chosen childminder, then shows the server's capacity reason at the field", async () => {
    q('propose-submit').click();
    fixture.detectChanges();
    http.expectNone((r) => r.method === 'POST');

    const form = (fixture.componentInstance as unknown as { form: { controls: { childminderId: { setValue(v: unknown): void } } } }).form;
    form.controls.childminderId.setValue(weiss);
    fixture.detectChanges();
    q('propose-submit').click();
    const req = http.expectOne('/api/care-requests/r1/proposals');
    expect(req.request.body).toMatchObject({
      childminderId: 'c1',
      requestVersion: 3,
      startOn: '2027-02-01',
      settlingInWeeks: 4,
      note: null,
    });
    const reason = 'Am Montag 08:00–08:15 wären 6 von 5 erlaubten Kindern anwesend.';
    req.flush(
      { statusCode: 422, message: reason, errors: [{ field: 'capacity', message: reason, code: 'capacity' }] },
      { status: 422, statusText: 'Unprocessable' },
    );
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(q('propose-childminder-error').textContent).toContain(reason);
    http.match(() => true).forEach((r) => r.flush({ items: [], total: 0, page: 1, pageSize: 20 }));
  });
});
