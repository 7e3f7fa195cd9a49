/**
 * `npm run bench [-- <section>…] [--corpus <dir>]`: runs the bench sections (all by default),
 * a readable table per section on stderr and one JSON line per section on stdout.
 */
import { parseArgs } from 'node:util';
import { runAnalyzeSection } from './analyze-section.js';
import { runApiSection } from './api-section.js';
import { corpusExists, resolveCorpusDir } from './corpus.js';
import { runStoreSection } from './store-section.js';

interface Section {
  readonly description: string;
  readonly run: (corpusDir: string, log: (line: string) => void) => object | Promise<object>;
}

const SECTIONS: Readonly<Record<string, Section>> = {
  analyze: { description: 'full analysis against the bare wink-nlp pass', run: runAnalyzeSection },
  store: { description: 'ingest rate into a fresh store; query latency on 100,000 statements', run: runStoreSection },
  api: { description: 'GET /statements over HTTP on 100,000 statements: requests/s and p95, 32 connections, 20 s, 1 and N processes', run: runApiSection },
};

function usage(): string {
  const names = Object.entries(SECTIONS).map(([name, s]) => `  ${name.padEnd(10)}${s.description}`);
  return ['usage: npm run bench -- [section…] [--corpus <dir>]', 'sections (default: all):', ...names].join('\n');
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** Returns the exit code: 0 when done or skipped, 2 for a wrong command line. */
async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: { corpus: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    log(`${error instanceof Error ? error.message : String(error)}\n${usage()}`);
    return 2;
  }
  const unknown = parsed.positionals.filter((name) => !(name in SECTIONS));
  if (unknown.length > 0) {
    log(`unknown bench section: ${unknown.join(', ')}\n${usage()}`);
    return 2;
  }
  const corpusDir = resolveCorpusDir(parsed.values.corpus);
  if (!corpusExists(corpusDir)) {
    log(`bench skipped: no corpus at ${corpusDir} (expected a text/ folder)`);
    return 0;
  }
  const chosen = parsed.positionals.length > 0 ? parsed.positionals : Object.keys(SECTIONS);
  for (const name of chosen) {
    const result = await SECTIONS[name]?.run(corpusDir, log);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    log(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
