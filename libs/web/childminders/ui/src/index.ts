export * from './lib/status-presentation';
export * from './lib/status-chip.component';
export * from './lib/evidence-summary.component';
