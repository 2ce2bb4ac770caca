import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CreateUserDto, Page, Role, UpdateProfileDto, UserDto } from '@lotse/shared/contracts';
import type { Observable } from 'rxjs';
import { FORM_ERRORS, handles } from '../http/handled-errors';
import { queryParams } from './query-params';

export interface UserQuery {
  role?: Role | null;
  page?: number;
  pageSize?: number;
}

/** `phone: null` clears a stored number; `version` guards against lost updates (409). */
export type ProfileUpdate = Omit<UpdateProfileDto, 'phone'> & { phone?: string | null; version?: number };

@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  me(): Observable<UserDto> {
    return this.http.get<UserDto>('/api/users/me');
  }

  updateMe(body: ProfileUpdate): Observable<UserDto> {
    return this.http.patch<UserDto>('/api/users/me', body, { context: handles(...FORM_ERRORS) });
  }

  list(query: UserQuery): Observable<Page<UserDto>> {
    return this.http.get<Page<UserDto>>('/api/users', { params: queryParams(query) });
  }

  create(body: CreateUserDto): Observable<UserDto> {
    return this.http.post<UserDto>('/api/users', body, { context: handles(...FORM_ERRORS) });
  }
}
