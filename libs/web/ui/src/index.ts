export * from './lib/page/page.component';
export * from './lib/empty-state/empty-state.component';
export * from './lib/office-card/office-card.component';
export * from './lib/children-table/children-table.component';
export * from './lib/opening-hours/opening-hours';
export * from './lib/format/date-format';
export * from './lib/form-message/form-message.component';
