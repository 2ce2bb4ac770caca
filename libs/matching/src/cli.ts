/** Entry of `npm run match` (see docs/matching.md). */
import { runCli } from './lib/cli-main';

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
});
