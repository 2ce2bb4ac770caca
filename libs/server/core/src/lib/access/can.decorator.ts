import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension, ApiForbiddenResponse, ApiNotFoundResponse } from '@nestjs/swagger';
import type { AccessAction } from './policy';
import type { ResourceKind } from './resource-facts';

export const ACCESS_KEY = 'lotse:access';

export interface AccessRequirement {
  action: AccessAction;
  /** The record the route acts on, named by a path parameter (default `id`). */
  resource?: { kind: ResourceKind; param: string };
}

/**
 * Names the route's action in the access policy (`ACCESS_POLICY`). The global access guard refuses a
 * role without a grant (403) and, for a route on a record, a record outside the grant's reach (404,
 * same as a record that does not exist) — before the body is even validated. Every signed-in route
 * must carry one; a route with neither `@Can` nor `@Public` is refused. The action also appears in the
 * OpenAPI document (`x-lotse-access`), from which the role × endpoint matrix test is generated.
 */
export function Can(action: AccessAction, resource?: ResourceKind | { kind: ResourceKind; param: string }) {
  const requirement: AccessRequirement = {
    action,
    ...(resource ? { resource: typeof resource === 'string' ? { kind: resource, param: 'id' } : resource } : {}),
  };
  return applyDecorators(
    SetMetadata(ACCESS_KEY, requirement),
    ApiExtension('x-lotse-access', requirement),
    ApiForbiddenResponse({ description: 'Die Rolle hat dafür keine Berechtigung.' }),
    ...(requirement.resource ? [ApiNotFoundResponse({ description: 'Nicht gefunden oder nicht zugänglich.' })] : []),
  );
}
