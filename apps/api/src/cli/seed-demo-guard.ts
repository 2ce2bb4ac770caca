/** Exit code of `cli.js seed-demo` when it refuses (run-stack.mjs then starts without demo data). */
export const SEED_REFUSED_EXIT = 3;

/**
 * Why the demo office (eleven accounts sharing the password printed in the README) must not be
 * seeded here, or null when it may. Never in the container image (`LOTSE_CONTAINER=true`, set by
 * infra/Dockerfile: the image is for real offices); under an https:// PUBLIC_URL, which means a
 * real address, only when asked explicitly (SEED_DEMO=force or ALLOW_DEMO_ON_HTTPS=true).
 */
export function demoSeedRefusal(env: Record<string, string | undefined>): string | null {
  if (env['LOTSE_CONTAINER'] === 'true') {
    return 'Demo data is never seeded in the container image (its accounts share a published password); create real accounts instead.';
  }
  const https = /^https:\/\//i.test(env['PUBLIC_URL'] ?? '');
  const forced = env['SEED_DEMO'] === 'force' || env['ALLOW_DEMO_ON_HTTPS'] === 'true';
  if (https && !forced) {
    return `Not seeding the demo accounts (shared published password) because PUBLIC_URL is https:// (${env['PUBLIC_URL']}); set SEED_DEMO=force to seed them anyway or SEED_DEMO=false to skip this step.`;
  }
  return null;
}
