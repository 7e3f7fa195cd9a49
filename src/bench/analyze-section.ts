/**
 * Bench section "analyze": full analysis against the bare wink-nlp pass on the same texts.
 * The aim is full analysis at ≥ 50% of the bare pass's speed.
 */
import type { PassResult } from './pass-child.js';
import { TIMED_PASSES } from './passes.js';
import { runChild } from './run-child.js';

export const AIM_RATIO = 0.5;

export interface PassFigures {
  readonly articlesPerSecond: number;
  readonly tokensPerSecond: number;
  readonly peakRssMB: number;
  /** the fastest of the timed passes */
  readonly seconds: number;
  readonly passSeconds: readonly number[];
}

export interface AnalyzeBench {
  readonly bench: 'analyze';
  readonly articles: number;
  readonly tokens: number;
  readonly analyze: PassFigures;
  readonly bare: PassFigures;
  /** analyze articles/s over bare articles/s */
  readonly ratio: number;
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));

function figures(result: PassResult, tokens: number): PassFigures {
  return {
    articlesPerSecond: round(result.articles / result.seconds, 1),
    tokensPerSecond: Math.round(tokens / result.seconds),
    peakRssMB: round(result.peakRssMB, 1),
    seconds: round(result.seconds, 3),
    passSeconds: result.passSeconds.map((s) => round(s, 3)),
  };
}

function table(bench: AnalyzeBench, corpusDir: string): string {
  const row = (name: string, f: PassFigures): string =>
    `${name.padEnd(12)}${f.seconds.toFixed(3).padStart(9)}${f.articlesPerSecond.toFixed(1).padStart(13)}` +
    `${f.tokensPerSecond.toLocaleString('en').padStart(13)}${`${f.peakRssMB.toFixed(0)} MB`.padStart(12)}`;
  const verdict = bench.ratio >= AIM_RATIO ? 'meets' : 'misses';
  return [
    `bench analyze: ${bench.articles} articles, ${bench.tokens.toLocaleString('en')} wink tokens, ${corpusDir}; each pass the fastest of ${TIMED_PASSES}`,
    `${'pass'.padEnd(12)}${'seconds'.padStart(9)}${'articles/s'.padStart(13)}${'tokens/s'.padStart(13)}${'peak RSS'.padStart(12)}`,
    row('analyze', bench.analyze),
    row('bare wink', bench.bare),
    `ratio analyze/bare: ${bench.ratio.toFixed(2)} (${verdict} the aim of ≥ ${AIM_RATIO.toFixed(2)})`,
  ].join('\n');
}

export function runAnalyzeSection(corpusDir: string, log: (line: string) => void): AnalyzeBench {
  const bare = runChild('bare', corpusDir);
  const analyzed = runChild('analyze', corpusDir);
  // Both passes are rated by wink's token count, so tokens/s compare like with like.
  const bench: AnalyzeBench = {
    bench: 'analyze',
    articles: analyzed.articles,
    tokens: bare.tokens,
    analyze: figures(analyzed, bare.tokens),
    bare: figures(bare, bare.tokens),
    ratio: round(bare.seconds / analyzed.seconds, 3),
  };
  log(table(bench, corpusDir));
  return bench;
}
