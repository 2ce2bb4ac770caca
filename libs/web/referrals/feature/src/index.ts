export * from './lib/referrals.routes';
