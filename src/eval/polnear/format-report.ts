/**
 * Turns an evaluation result into what `whosaid eval polnear` prints: a table for people, or
 * one JSON object with the same figures for tools.
 */
import type { EvalResult } from './run-eval.js';
import { SCORE_KINDS, scoresOf, type Scores } from './score.js';
import { speakerShare, type SpeakerTally } from './speaker-match.js';

export interface EvalReport extends Omit<EvalResult, 'tally' | 'speakers'> {
  readonly corpus: 'polnear';
  readonly exact: Scores['exact'];
  readonly overlap: Scores['overlap'];
  /** the right speaker among paired statements whose gold source names someone */
  readonly speaker: SpeakerTally & { readonly share: number };
  readonly errorsFile: string | null;
}

export function evalReport(result: EvalResult, errorsFile: string | null): EvalReport {
  const { tally, speakers, ...rest } = result;
  const scores = scoresOf(tally);
  const speaker = { ...speakers, share: speakerShare(speakers) };
  return { corpus: 'polnear', ...rest, exact: scores.exact, overlap: scores.overlap, speaker, errorsFile };
}

export function formatJson(report: EvalReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const figure = (value: number): string => value.toFixed(3).padStart(6);

/**
 * Example:
 *   kind       exact P     R    F1   overlap P     R    F1
 *   cue          0.812 0.640 0.716        0.850 0.702 0.769
 */
export function formatTable(report: EvalReport): string {
  const { counts } = report;
  const seconds = (report.elapsedMs / 1000).toFixed(1);
  const lines = [
    `PolNeAR ${report.dir}`,
    `${counts.articles} articles, ${counts.gold} gold and ${counts.predicted} predicted attributions, ${seconds} s`,
    '',
    `${'kind'.padEnd(8)}${'exact P'.padStart(9)}${'R'.padStart(7)}${'F1'.padStart(7)}` +
      `${'overlap P'.padStart(13)}${'R'.padStart(7)}${'F1'.padStart(7)}`,
  ];
  for (const kind of SCORE_KINDS) {
    const e = report.exact[kind];
    const o = report.overlap[kind];
    lines.push(
      `${kind.padEnd(8)}   ${figure(e.precision)} ${figure(e.recall)} ${figure(e.f1)}` +
        `       ${figure(o.precision)} ${figure(o.recall)} ${figure(o.f1)}`,
    );
  }
  const { speaker } = report;
  lines.push(`${'speaker'.padEnd(8)}   ${figure(speaker.share)}  right among ${speaker.judged} paired statements whose gold source names someone`);
  lines.push('', 'exact: spans equal after trimming; overlap: shared non-whitespace characters.');
  if (counts.unannotated > 0) lines.push(`${counts.unannotated} articles without annotation file left out.`);
  if (report.errorsFile !== null) lines.push(`Diagnostics per article: ${report.errorsFile}`);
  return `${lines.join('\n')}\n`;
}
