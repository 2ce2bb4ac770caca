export * from './working-days';
export * from './consultation-sessions';
