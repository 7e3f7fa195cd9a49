/**
 * Child process of the bench: times one pass over the corpus and prints one JSON line.
 * Run alone so that process.resourceUsage().maxRSS is the peak of this pass only.
 * Usage: node --expose-gc pass-child.js <pass> <corpus dir>
 */
import { loadCorpus } from './corpus.js';
import { isPassName, loadPass, TIMED_PASSES } from './passes.js';

export interface PassResult {
  readonly pass: string;
  readonly articles: number;
  readonly tokens: number;
  /** the fastest timed pass */
  readonly seconds: number;
  /** every timed pass, in order */
  readonly passSeconds: readonly number[];
  readonly peakRssMB: number;
}

async function main(passName: string, corpusDir: string): Promise<PassResult> {
  if (!isPassName(passName)) throw new Error(`unknown pass: ${passName}`);
  const articles = loadCorpus(corpusDir);
  const run = await loadPass(passName);
  // One untimed pass: JIT compilation, lazy model loads and caches are not what is measured.
  for (const article of articles) run(article);
  let tokens = 0;
  const passSeconds: number[] = [];
  for (let pass = 0; pass < TIMED_PASSES; pass++) {
    (globalThis as { gc?: () => void }).gc?.();
    tokens = 0;
    const started = performance.now();
    for (const article of articles) tokens += run(article);
    passSeconds.push((performance.now() - started) / 1000);
  }
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  return { pass: passName, articles: articles.length, tokens, seconds: Math.min(...passSeconds), passSeconds, peakRssMB };
}

const [passName = '', corpusDir = ''] = process.argv.slice(2);
main(passName, corpusDir).then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
  (error: unknown) => {
    process.stderr.write(`bench child ${passName}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
