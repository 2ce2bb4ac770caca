import type { Server } from 'node:http';
import request from 'supertest';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Record<string, string | string[]>;
}

export interface SendOptions {
  /** Sent as the JSON body as it is (malformed input). */
  raw?: string;
  /** false: no X-XSRF-TOKEN header. */
  xsrf?: boolean;
  /** Extra request headers (e.g. X-Forwarded-For). */
  headers?: Record<string, string>;
  /** Replaces the XSRF-TOKEN cookie for this request (as a tampering browser would); the header still carries the known token. */
  xsrfCookie?: string;
}

/** A browser-like client: keeps cookies, sends the XSRF header on state-changing requests. */
export class ApiClient {
  private readonly agent: ReturnType<typeof request.agent>;
  private xsrf: string | undefined;

  constructor(server: Server) {
    this.agent = request.agent(server);
  }

  private remember(res: request.Response): void {
    const set = res.headers['set-cookie'] as unknown as string[] | undefined;
    for (const c of set ?? []) {
      const m = /^XSRF-TOKEN=([^;]+)/.exec(c);
      if (m) this.xsrf = decodeURIComponent(m[1]);
    }
  }

  private plantXsrfCookie(value: string): void {
    (this.agent as unknown as { jar: { setCookie(c: string, domain: string, path: string): void } }).jar.setCookie(
      `XSRF-TOKEN=${value}; Path=/`,
      '127.0.0.1',
      '/',
    );
  }

  async ensureXsrf(): Promise<string> {
    if (!this.xsrf) this.remember(await this.agent.get('/api/auth/me'));
    return this.xsrf!;
  }

  async get<T = any>(path: string, opts: Pick<SendOptions, 'xsrfCookie'> = {}): Promise<ApiResponse<T>> {
    if (opts.xsrfCookie !== undefined) this.plantXsrfCookie(opts.xsrfCookie);
    const res = await this.agent.get(path);
    this.remember(res);
    return res as unknown as ApiResponse<T>;
  }

  /**
   * `xsrfCookie` replaces the XSRF-TOKEN cookie for this request (as a tampering browser would);
   * the header still carries the token the client knows.
   */
  async send<T = any>(
    method: 'post' | 'patch' | 'put' | 'delete',
    path: string,
    body?: unknown,
    opts: SendOptions = {},
  ): Promise<ApiResponse<T>> {
    const token = opts.xsrf === false ? undefined : await this.ensureXsrf();
    if (opts.xsrfCookie !== undefined) this.plantXsrfCookie(opts.xsrfCookie);
    let req = this.agent[method](path);
    if (token) req = req.set('X-XSRF-TOKEN', token);
    for (const [k, v] of Object.entries(opts.headers ?? {})) req = req.set(k, v);
    if (opts.raw !== undefined) req = req.set('Content-Type', 'application/json').send(opts.raw);
    else if (body !== undefined) req = req.send(body as object);
    const res = await req;
    this.remember(res);
    return res as unknown as ApiResponse<T>;
  }

  post<T = any>(path: string, body?: unknown, opts?: SendOptions) {
    return this.send<T>('post', path, body, opts);
  }
  patch<T = any>(path: string, body?: unknown, opts?: SendOptions) {
    return this.send<T>('patch', path, body, opts);
  }
  put<T = any>(path: string, body?: unknown, opts?: SendOptions) {
    return this.send<T>('put', path, body, opts);
  }

  /** multipart/form-data upload of one file (field `file` unless given), with the XSRF header. */
  async upload<T = any>(
    path: string,
    file: { data: Buffer; filename: string; contentType?: string },
    opts: { field?: string; fields?: Record<string, string> } = {},
  ): Promise<ApiResponse<T>> {
    const token = await this.ensureXsrf();
    let req = this.agent.post(path).set('X-XSRF-TOKEN', token);
    for (const [k, v] of Object.entries(opts.fields ?? {})) req = req.field(k, v);
    req = req.attach(opts.field ?? 'file', file.data, {
      filename: file.filename,
      contentType: file.contentType ?? 'application/octet-stream',
    });
    const res = await req;
    this.remember(res);
    return res as unknown as ApiResponse<T>;
  }

  /** GET returning the raw bytes (downloads). */
  async download(path: string): Promise<ApiResponse<Buffer>> {
    const res = await this.agent
      .get(path)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    this.remember(res);
    return res as unknown as ApiResponse<Buffer>;
  }

  async login(email: string, password: string): Promise<ApiResponse> {
    const res = await this.post('/api/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  }
}
