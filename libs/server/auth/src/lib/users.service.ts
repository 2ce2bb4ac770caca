import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreateUserDto, Page, Role, UpdateProfileDto, UserDto } from '@lotse/shared/contracts';
import { apiError, type RequestUser } from '@lotse/server/core';
import { AuditService, AccessPolicy } from '@lotse/server/audit';
import { DataSource } from 'typeorm';
import { toUserDto, User } from './entities/user.entity';
import { hashPassword } from './password';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly policy: AccessPolicy,
  ) {}

  async list(actor: RequestUser, q: { role?: Role; page?: number; pageSize?: number }): Promise<Page<UserDto>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 25;
    const [rows, total] = await this.dataSource.getRepository(User).findAndCount({
      where: { tenantId: actor.tenantId, ...(q.role ? { role: q.role } : {}) },
      order: { lastName: 'ASC', firstName: 'ASC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items: rows.map(toUserDto), total, page, pageSize };
  }

  /**
   * `user.read`: a user reads their own account; admins and advisors read accounts of their office.
   * Anyone else gets 404 (as if it did not exist), and the attempt is audited.
   */
  async get(actor: RequestUser, id: string): Promise<UserDto> {
    const user = await this.policy.requireRecord(
      actor,
      'user.read',
      { type: 'user', id, notFound: 'Benutzer nicht gefunden.' },
      await this.dataSource.getRepository(User).findOne({ where: { id } }),
      (u) => ({ tenantId: u.tenantId, owners: [u.id] }),
    );
    if (user.id !== actor.id) await this.audit.record({ action: 'user.read', actor, targetType: 'user', targetId: id });
    return toUserDto(user);
  }

  async create(actor: RequestUser, dto: CreateUserDto): Promise<UserDto> {
    const passwordHash = await hashPassword(dto.password);
    return this.dataSource.transaction(async (m) => {
      const exists = await m.query(`SELECT 1 FROM app_user WHERE lower(email) = lower($1)`, [dto.email.trim()]);
      if (exists.length) {
        throw apiError(409, 'Diese E-Mail-Adresse ist bereits vergeben.', [
          { field: 'email', message: 'Diese E-Mail-Adresse ist bereits vergeben.', code: 'unique' },
        ]);
      }
      const user = await m.getRepository(User).save(
        m.getRepository(User).create({
          tenantId: actor.tenantId,
          email: dto.email.trim(),
          passwordHash,
          firstName: dto.firstName.trim(),
          lastName: dto.lastName.trim(),
          phone: dto.phone?.trim() ?? null,
          role: dto.role,
          locale: 'de',
          active: true,
          lastLoginAt: null,
        }),
      );
      await this.audit.record({ action: 'user.create', actor, targetType: 'user', targetId: user.id, details: { role: dto.role } }, m);
      return toUserDto(user);
    });
  }

  async updateOwn(actor: RequestUser, dto: UpdateProfileDto & { version?: number }): Promise<UserDto> {
    return this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(User);
      const user = await repo.findOne({ where: { id: actor.id, tenantId: actor.tenantId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw apiError(404, 'Benutzer nicht gefunden.');
      if (dto.version !== undefined && dto.version !== user.version) {
        throw apiError(409, 'Die Daten wurden inzwischen geändert. Bitte laden Sie neu.');
      }
      const changed: string[] = [];
      for (const key of ['firstName', 'lastName', 'phone', 'locale'] as const) {
        const value = dto[key];
        if (value !== undefined && value !== user[key]) {
          (user as unknown as Record<string, unknown>)[key] = typeof value === 'string' ? value.trim() : value;
          changed.push(key);
        }
      }
      if (changed.length === 0) return toUserDto(user);
      const saved = await repo.save(user);
      await this.audit.record({ action: 'user.update', actor, targetType: 'user', targetId: user.id, details: { fields: changed } }, m);
      return toUserDto(saved);
    });
  }
}
