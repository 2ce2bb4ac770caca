import { Injectable, type Provider } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AccessResource } from './policy';

/** The kinds of record a route can act on, each with a facts loader registered by its domain library. */
export type ResourceKind =
  | 'childminder'
  | 'child'
  | 'care_request'
  | 'permit'
  | 'permit_application'
  | 'placement'
  | 'proposal'
  | 'vacancy'
  | 'matching_run'
  | 'recheck_task'
  | 'user'
  | 'inquiry'
  | 'rota_assignment'
  | 'appointment_slot'
  | 'appointment_booking'
  | 'partner_service';

export interface ResourceFactsLoader {
  /** The 404 message for a record that does not exist or is out of reach (the same answer for both). */
  notFound: string;
  /** The record's office and the users who are a party to it; null when it does not exist. */
  load(ds: DataSource, id: string): Promise<AccessResource | null>;
}

/** Loader for a table whose row names its office in `tenant_id`; `owners` is an SQL list of user ids. */
export function sqlFacts(notFound: string, sql: string): ResourceFactsLoader {
  return {
    notFound,
    async load(ds, id) {
      const rows: Array<{ tenant_id: string; owners: Array<string | null> | null }> = await ds.query(sql, [id]);
      return rows[0] ? { tenantId: rows[0].tenant_id, owners: rows[0].owners ?? [] } : null;
    },
  };
}

/**
 * Where the access guard learns who a record belongs to. Each domain library registers the loaders of
 * its own records (`registerResourceFacts` in its module's `onModuleInit`), so the guard needs no
 * knowledge of domain tables.
 */
@Injectable()
export class ResourceFacts {
  private readonly loaders = new Map<ResourceKind, ResourceFactsLoader>();

  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  register(loaders: Partial<Record<ResourceKind, ResourceFactsLoader>>): void {
    for (const [kind, loader] of Object.entries(loaders) as Array<[ResourceKind, ResourceFactsLoader]>) this.loaders.set(kind, loader);
  }

  loader(kind: ResourceKind): ResourceFactsLoader {
    const loader = this.loaders.get(kind);
    if (!loader) throw new Error(`no access facts registered for resource kind ${kind}`);
    return loader;
  }

  async load(kind: ResourceKind, id: string): Promise<AccessResource | null> {
    return this.loader(kind).load(this.ds, id);
  }
}

/**
 * A domain module's registration of its records' facts loaders: `providers: [provideResourceFacts({ … })]`.
 * (A factory provider: Nest builds it when the module starts, which registers the loaders.)
 */
export function provideResourceFacts(loaders: Partial<Record<ResourceKind, ResourceFactsLoader>>): Provider {
  return {
    provide: Symbol(`resource facts: ${Object.keys(loaders).join(', ')}`),
    inject: [ResourceFacts],
    useFactory: (facts: ResourceFacts) => {
      facts.register(loaders);
      return loaders;
    },
  };
}
