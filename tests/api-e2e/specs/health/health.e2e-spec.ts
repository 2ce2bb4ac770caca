import { TestContext } from '../../../support/test-app';

describe('GET /health and the OpenAPI document', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await TestContext.create();
  });
  afterAll(() => ctx.close());

  it('reports database, Redis and the outbox as up without a session', async () => {
    const res = await ctx.client().get('/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.info.database.status).toBe('up');
    expect(res.body.info.redis.status).toBe('up');
    expect(res.body.info.outbox).toMatchObject({ status: 'up', pending: 0 });
  });

  it('serves the OpenAPI document with the DTO schemas', async () => {
    const res = await ctx.client().get('/api/docs/openapi.json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/children', '/api/children/{id}', '/api/audit']),
    );
    expect(res.body.components.schemas.LoginDto.properties.email).toBeDefined();
    expect(res.body.components.schemas.CreateChildDto.required).toEqual(expect.arrayContaining(['firstName', 'lastName', 'dateOfBirth']));
  });

  it('answers unknown API paths with a JSON 404 in the error shape', async () => {
    const res = await ctx.client().get('/api/does-not-exist');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ statusCode: 404, message: 'Nicht gefunden.', errors: [] });
  });
});
