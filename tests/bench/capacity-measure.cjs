/* Runs the capacity benchmark's measurements in a plain Node process and prints its figures as JSON. */
const { join } = require('node:path');
require('ts-node').register({
  project: join(__dirname, '../../libs/matching/tsconfig.cli.json'),
  transpileOnly: true,
  compilerOptions: { module: 'commonjs' },
});
const { measureCapacity } = require('./capacity-measure.ts');
process.stdout.write(JSON.stringify(measureCapacity()));
