export default async function globalTeardown() {
  if (globalThis.__LOTSE_WEB_STOP__) await globalThis.__LOTSE_WEB_STOP__();
}
