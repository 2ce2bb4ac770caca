// Starts apps/worker/src/main.ts as its own process, straight from the TypeScript sources (no build):
// for tests that send the worker real signals. Environment as for the built worker.
const { join } = require('node:path');
const root = join(__dirname, '../..');
process.env.TS_NODE_PROJECT = join(root, 'tests/tsconfig.json');
require('ts-node').register({ transpileOnly: true, compilerOptions: { module: 'commonjs', ignoreDeprecations: '6.0' } });
const ts = require('typescript');
const { paths } = ts.readConfigFile(join(root, 'tsconfig.base.json'), ts.sys.readFile).config.compilerOptions;
require('tsconfig-paths').register({ baseUrl: root, paths });
require(join(root, 'apps/worker/src/main.ts'));
