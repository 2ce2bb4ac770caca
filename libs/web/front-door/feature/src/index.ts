export * from './lib/front-door.routes';
export { FRONT_DOOR_SCOPE, FRONT_DOOR_ALIAS } from './lib/i18n/front-door-i18n';
