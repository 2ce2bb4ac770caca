export default async function globalTeardown() {
  if (globalThis.__LOTSE_STOP__) await globalThis.__LOTSE_STOP__();
}
