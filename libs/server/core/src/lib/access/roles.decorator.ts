import { SetMetadata } from '@nestjs/common';
import type { Role } from '@lotse/shared/contracts';

export const ROLES_KEY = 'lotse:roles';
/** Only these roles may call the route (checked by the global access guard). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
