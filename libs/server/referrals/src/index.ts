export * from './lib/referrals.module';
export { buildDemandFigures, monthsBetween, resolveRange } from './lib/demand-figures';
