#!/usr/bin/env node
/*
 * `npm run match`: runs the TypeScript entry without a build step (works right after `npm ci`).
 * transpileOnly: no type check at start-up (the lint and jest runs do that), start-up ≈ 0.5 s.
 */
const { join } = require('node:path');
require('ts-node').register({ project: join(__dirname, '..', 'tsconfig.cli.json'), transpileOnly: true });
require('../src/cli.ts');
