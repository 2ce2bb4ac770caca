import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'lotse:isPublic';
/** Marks a route that needs no session (login, health, OpenAPI). Everything else does. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
