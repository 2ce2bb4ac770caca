export * from './lib/dates/iso-date';
export * from './lib/evidence/evidence-types';
export * from './lib/evidence/default-rules';
export * from './lib/evidence/evaluate-evidence';
export * from './lib/evidence/legal-floor';
export * from './lib/childminder/childminder-lifecycle';
export * from './lib/permit/permit-rules';
export * from './lib/schedule/weekly-times';
