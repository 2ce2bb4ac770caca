export * from './week-slots';
export * from './capacity-settings';
export * from './capacity-check';
