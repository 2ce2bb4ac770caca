import { HttpEventType, HttpResponse, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { HANDLED_ERRORS } from '@lotse/web/core';
import { ChildmindersApi, documentContentUrl, fileBase } from './childminders.api';
import { DocumentUploader, UPLOAD_FIELD, toUploadEvent } from './document-uploader';
import { EvidenceRulesApi } from './evidence-rules.api';
import { PublicOfficeApi } from './public-office.api';
import { RegistrationApi } from './registration.api';

describe('file paths', () => {
  it("uses /me for the childminder's own file and the id otherwise", () => {
    expect(fileBase('me')).toBe('/api/childminders/me');
    expect(fileBase('0b6f1c1e-1111-4222-8333-444455556666')).toBe('/api/childminders/0b6f1c1e-1111-4222-8333-444455556666');
    expect(documentContentUrl('me', 'd1')).toBe('/api/childminders/me/documents/d1/content');
    expect(documentContentUrl('c1', 'd/1')).toBe('/api/childminders/c1/documents/d%2F1/content');
  });
});

describe('ChildmindersApi', () => {
  let api: ChildmindersApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), DocumentUploader] });
    api = TestBed.inject(ChildmindersApi);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('sends list filters as query params, leaving out empty ones', () => {
    api
      .list({
        q: 'Weiß',
        status: 'applicant',
        missingEvidence: true,
        expiringWithinDays: 30,
        sort: 'nextExpiry',
        order: 'desc',
        page: 2,
        pageSize: 25,
      })
      .subscribe();
    const req = http.expectOne((r) => r.url === '/api/childminders');
    expect(req.request.params.toString()).toBe(
      'q=Wei%C3%9F&status=applicant&missingEvidence=true&expiringWithinDays=30&sort=nextExpiry&order=desc&page=2&pageSize=25',
    );
    req.flush({ items: [], total: 0, page: 2, pageSize: 25 });
  });

  it('reaches the same sub-resources for own and advisor files', () => {
    api.checklist('me').subscribe();
    api.path('c1').subscribe();
    api.timeline('c1', { page: 1, pageSize: 20 }).subscribe();
    http.expectOne('/api/childminders/me/checklist').flush({});
    http.expectOne('/api/childminders/c1/path').flush({});
    http.expectOne((r) => r.url === '/api/childminders/c1/timeline' && r.params.get('pageSize') === '20').flush({ items: [] });
  });

  it('declares the form statuses it shows itself, so the global snackbar stays quiet', () => {
    api.update('me', { version: 3 }).subscribe({ error: () => undefined });
    const req = http.expectOne('/api/childminders/me');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({ version: 3 });
    expect(req.request.context.get(HANDLED_ERRORS)).toEqual(expect.arrayContaining([400, 409]));
    req.flush({}, { status: 409, statusText: 'Conflict' });
  });

  it('posts transitions, reviews and the application', () => {
    api.transition('c1', { to: 'applicant', version: 1 }).subscribe();
    api.review('c1', 'd1', { decision: 'rejected', reason: 'unleserlich', version: 2 }).subscribe();
    api.apply().subscribe();
    expect(http.expectOne('/api/childminders/c1/transitions').request.body).toEqual({ to: 'applicant', version: 1 });
    expect(http.expectOne('/api/childminders/c1/documents/d1/review').request.body).toEqual({
      decision: 'rejected',
      reason: 'unleserlich',
      version: 2,
    });
    expect(http.expectOne('/api/childminders/me/application').request.method).toBe('POST');
  });

  it('registers publicly and reads rules and reminders', () => {
    TestBed.inject(RegistrationApi)
      .register({} as never)
      .subscribe();
    TestBed.inject(EvidenceRulesApi).update('first_aid', { validityMonths: null, version: 1 }).subscribe();
    TestBed.inject(EvidenceRulesApi).reminders({ status: 'expired', pageSize: 1 }).subscribe();
    expect(http.expectOne('/api/childminders/registrations').request.method).toBe('POST');
    expect(http.expectOne('/api/evidence-rules/first_aid').request.body).toEqual({ validityMonths: null, version: 1 });
    expect(http.expectOne((r) => r.url === '/api/evidence/reminders').request.params.toString()).toBe('status=expired&pageSize=1');
  });

  it("reads the installation's office or one by slug, and leaves failures to the page (no snackbar)", () => {
    TestBed.inject(PublicOfficeApi).get().subscribe();
    TestBed.inject(PublicOfficeApi).get('a/b').subscribe();
    const current = http.expectOne('/api/public/office');
    expect(current.request.method).toBe('GET');
    expect(current.request.context.get(HANDLED_ERRORS)).toBe('all');
    http.expectOne('/api/public/offices/a%2Fb');
  });

  it('uploads the file as multipart field "file" and reports progress, then the document', () => {
    const events: unknown[] = [];
    const file = new File(['%PDF-1.4'], 'erste-hilfe.pdf', { type: 'application/pdf' });
    TestBed.inject(DocumentUploader)
      .upload('me', 'i1', file)
      .subscribe((e) => events.push(e));
    const req = http.expectOne('/api/childminders/me/evidence/i1/documents');
    const body = req.request.body as FormData;
    expect((body.get(UPLOAD_FIELD) as File).name).toBe('erste-hilfe.pdf');
    expect(req.request.reportProgress).toBe(true);
    req.event({ type: HttpEventType.UploadProgress, loaded: 50, total: 200 });
    req.flush({ id: 'd1', status: 'pending' });
    expect(events).toEqual([
      { state: 'progress', percent: 0 },
      { state: 'progress', percent: 25 },
      { state: 'done', document: { id: 'd1', status: 'pending' } },
    ]);
  });
});

describe('toUploadEvent', () => {
  it('maps HttpClient events to progress and result', () => {
    expect(toUploadEvent({ type: HttpEventType.Sent })).toEqual({ state: 'progress', percent: 0 });
    expect(toUploadEvent({ type: HttpEventType.UploadProgress, loaded: 10 })).toEqual({ state: 'progress', percent: null });
    expect(toUploadEvent({ type: HttpEventType.UploadProgress, loaded: 300, total: 200 })).toEqual({ state: 'progress', percent: 100 });
    expect(toUploadEvent({ type: HttpEventType.DownloadProgress, loaded: 1 })).toBeNull();
    expect(toUploadEvent(new HttpResponse({ body: { id: 'd1' } as never }))).toEqual({ state: 'done', document: { id: 'd1' } });
  });
});
