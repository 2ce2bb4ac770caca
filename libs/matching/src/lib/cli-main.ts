import { readFileSync, writeFileSync } from 'node:fs';
import { checkResult } from './checker';
import { match } from './result';
import { SuggestionEngine } from './suggest';
import { InstanceFormatError, parseInstance } from './validate';
import type { MatchingResult } from './types';

export const USAGE = `usage:
  npm run match -- --in instance.json [--out result.json] [--timing]
  npm run match -- --check --in instance.json --result result.json
  npm run match -- --suggest REQUEST_ID --in instance.json
exit codes: 0 ok, 1 check found problems, 2 bad arguments or an instance that breaks the format`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Map<string, string | true> {
  const args = new Map<string, string | true>();
  const flags = new Set(['--check', '--timing', '--help']);
  const valued = new Set(['--in', '--out', '--result', '--suggest']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (flags.has(a)) args.set(a, true);
    else if (valued.has(a)) {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      args.set(a, v);
    } else throw new UsageError(`unknown argument "${a}"`);
  }
  return args;
}

function readJson(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${what} ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${what} ${path} is not valid JSON: ${(e as Error).message}`);
  }
}

/** The command line, testable: returns the exit code; never lets a stack trace reach the user. */
export function runCli(argv: string[], io: CliIo): number {
  try {
    const args = parseArgs(argv);
    if (args.has('--help')) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const inPath = args.get('--in');
    if (typeof inPath !== 'string') throw new UsageError('--in is required');
    const instance = parseInstance(readJson(inPath, 'instance'));

    if (args.has('--check')) {
      const resultPath = args.get('--result');
      if (typeof resultPath !== 'string') throw new UsageError('--check needs --result');
      const result = readJson(resultPath, 'result') as MatchingResult;
      if (!result || !Array.isArray(result.assignments) || !Array.isArray(result.unplaced)) {
        throw new UsageError(`result ${resultPath}: expected "assignments" and "unplaced" arrays`);
      }
      const report = checkResult(instance, result);
      io.stdout(`${JSON.stringify(report, null, 2)}\n`);
      return report.ok ? 0 : 1;
    }

    const suggestFor = args.get('--suggest');
    if (typeof suggestFor === 'string') {
      const engine = new SuggestionEngine(instance);
      if (!engine.model.reqById.has(suggestFor)) throw new UsageError(`--suggest: no request "${suggestFor}" in ${inPath}`);
      io.stdout(`${JSON.stringify(engine.suggest(suggestFor), null, 2)}\n`);
      return 0;
    }

    const t0 = performance.now();
    const { result } = match(instance, { timing: args.has('--timing') });
    const text = `${JSON.stringify(result, null, 2)}\n`;
    const out = args.get('--out');
    if (typeof out === 'string') writeFileSync(out, text);
    else io.stdout(text);
    const s = result.stats;
    io.stderr(
      `placed ${s.placed} of ${s.requests} (priority pass ${s.placedByPriorityPass}, upper bound ${s.upperBound}, ` +
        `gap ${(s.gap * 100).toFixed(2)} %) in ${Math.round(performance.now() - t0)} ms\n`,
    );
    return 0;
  } catch (e) {
    if (e instanceof InstanceFormatError) {
      io.stderr(`${e.message}\n`);
      return 2;
    }
    if (e instanceof UsageError) {
      io.stderr(`error: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    io.stderr(`internal error: ${(e as Error).message ?? String(e)}\n`);
    if (process.env['LOTSE_DEBUG']) io.stderr(`${(e as Error).stack}\n`);
    return 1;
  }
}
