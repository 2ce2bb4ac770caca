export * from './lib/referrals.api';
