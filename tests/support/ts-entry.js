// Runs a TypeScript entry of the repo (argv[2], relative to the root; e.g. apps/worker/src/main.ts)
// as its own process straight from the sources (no build): for tests that need a real process
// (signals, exit codes). Further arguments reach the entry as process.argv[2…].
const { join } = require('node:path');
const root = join(__dirname, '../..');
const entry = join(root, process.argv[2]);
process.argv.splice(1, 2, entry);
process.env.TS_NODE_PROJECT = join(root, 'tests/tsconfig.json');
require('ts-node').register({ transpileOnly: true, compilerOptions: { module: 'commonjs', ignoreDeprecations: '6.0' } });
const ts = require('typescript');
const { paths } = ts.readConfigFile(join(root, 'tsconfig.base.json'), ts.sys.readFile).config.compilerOptions;
require('tsconfig-paths').register({ baseUrl: root, paths });
require(entry);
