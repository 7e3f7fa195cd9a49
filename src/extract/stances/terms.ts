/**
 * A descriptor ("boots on the ground", "troop", "Bodentruppen") as a pattern over folded text:
 * whole words only, any run of spaces or hyphens between words, and English inflection on
 * plain words of four letters or more, so "troop" finds "troops" and "deploy" finds "deploying"
 * and "deployment". The inflection is a suffix pattern, not a dictionary: it over-generates
 * harmlessly ("forcement") and never misses a regular form.
 */
import { foldText } from './fold.js';

const WORD_EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const WORD_EDGE_AFTER = '(?![\\p{L}\\p{N}])';
const SUFFIXES = '(?:s|es|d|ed|ing|ment|ments|ion|ions)?';

export interface TermPattern {
  /** the term as the user wrote it */
  readonly term: string;
  readonly pattern: RegExp;
}

export function termPattern(term: string): TermPattern {
  const words = foldText(term).split(/[\s\-‐–]+/u).filter(Boolean);
  const source = words.map(inflected).join('[\\s\\u00a0\\-‐–]+');
  return { term, pattern: new RegExp(`${WORD_EDGE_BEFORE}${source}${WORD_EDGE_AFTER}`, 'gu') };
}

function inflected(word: string): string {
  if (!/^[a-z]{4,}$/.test(word)) return escape(word);
  const stem = stemOf(word);
  if (stem.endsWith('y')) return `${stem.slice(0, -1)}(?:y|ys|yed|ying|yment|yments|ies|ied)`;
  // the last consonant may double before a suffix: "commit" → "committed"
  return `${stem}(?:e|${escape(stem.at(-1) ?? '')})?${SUFFIXES}`;
}

/** The word without its regular suffix, and without a final silent e: "deployments" → "deploy", "force" → "forc". */
function stemOf(word: string): string {
  const stripped = word.replace(/(?:ments?|ing|ed|ies|(?<=[sxz]|[cs]h)es|(?<!s)s)$/, (suffix) => (suffix === 'ies' ? 'y' : ''));
  const stem = stripped.length >= 3 ? stripped : word;
  return stem.length > 3 && stem.endsWith('e') ? stem.slice(0, -1) : stem;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The first match of any term in folded[from, to), longest first at the same start. */
export function firstTermMatch(
  folded: string,
  from: number,
  to: number,
  terms: readonly TermPattern[],
): { term: string; start: number; end: number } | null {
  const region = folded.slice(from, to);
  let best: { term: string; start: number; end: number } | null = null;
  for (const { term, pattern } of terms) {
    pattern.lastIndex = 0;
    const found = pattern.exec(region);
    if (!found) continue;
    const start = from + found.index;
    const end = start + found[0].length;
    if (!best || start < best.start || (start === best.start && end > best.end)) best = { term, start, end };
  }
  return best;
}
