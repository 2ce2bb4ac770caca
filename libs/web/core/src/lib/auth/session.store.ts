import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { LoginDto, SessionUser } from '@lotse/shared/contracts';
import { Observable, catchError, firstValueFrom, map, of, tap } from 'rxjs';
import { handles, handlesAll } from '../http/handled-errors';

/** The signed-in user (or none). Restored on app start from `GET /api/auth/session` (200 for guests too). */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly http = inject(HttpClient);
  private readonly state = signal<SessionUser | null>(null);

  readonly user = this.state.asReadonly();
  readonly signedIn = computed(() => this.state() !== null);
  readonly role = computed(() => this.state()?.role ?? null);

  /** Asks the server who is signed in; `{ user: null }` or any failure (server down) means "nobody". */
  restore(): Promise<SessionUser | null> {
    return firstValueFrom(
      this.http.get<{ user: SessionUser | null }>('/api/auth/session', { context: handlesAll() }).pipe(
        map((res) => res.user ?? null),
        catchError(() => of(null)),
        tap((user) => this.state.set(user)),
      ),
    );
  }

  /** Errors (401 wrong credentials, 403 e-mail not confirmed yet, 429 too many attempts, 400) are the login page's to show. */
  login(credentials: LoginDto): Observable<SessionUser> {
    return this.http
      .post<SessionUser>('/api/auth/login', credentials, { context: handles(400, 401, 403, 429) })
      .pipe(tap((user) => this.state.set(user)));
  }

  logout(): Observable<void> {
    return this.http.post<void>('/api/auth/logout', null, { context: handlesAll() }).pipe(
      catchError(() => of(undefined)),
      map(() => undefined),
      tap(() => this.clear()),
    );
  }

  /** Keeps the toolbar in step after the user edited their profile. */
  update(patch: Partial<SessionUser>): void {
    this.state.update((user) => (user ? { ...user, ...patch } : user));
  }

  clear(): void {
    this.state.set(null);
  }
}
