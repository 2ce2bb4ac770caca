/* Runs one part of the matching benchmark in a plain Node process and prints its figures as JSON. */
const { join } = require('node:path');
require('ts-node').register({ project: join(__dirname, '../../libs/matching/tsconfig.cli.json'), transpileOnly: true });
const measure = require('./matching-measure.ts');
const part = process.argv[2];
if (typeof measure[part] !== 'function') {
  console.error(`unknown part ${part}`);
  process.exit(2);
}
process.stdout.write(JSON.stringify(measure[part]()));
