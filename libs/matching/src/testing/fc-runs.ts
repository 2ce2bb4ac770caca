/**
 * How many random instances a property test tries. CI and everyday runs use the smaller count
 * (the suite stays well under a minute on a busy 2-core machine); `FC_RUNS=full` (or
 * `npm run test:matching:full`) runs the full count each test names, `FC_RUNS=<n>` exactly n.
 * The properties are the same either way; only the number of random instances changes.
 */
export function fcRuns(full: number, ci: number): number {
  const env = process.env['FC_RUNS']?.trim();
  if (env === 'full') return full;
  const n = Number(env);
  if (env && Number.isInteger(n) && n > 0) return n;
  return ci;
}
