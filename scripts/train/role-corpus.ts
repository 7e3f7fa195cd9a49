/**
 * PolNeAR articles made ready for the role tagger: tokens, quotes, what the rules proposed, gold
 * role labels per token, and the features of every token.
 *
 * The features of every token are kept as hashes, one per template (featureHashes), so a fit can
 * leave template groups out and choose its bucket count.
 *
 * Gold labels: each gold attribution's content fragments are labelled content, then its source
 * source, then its cue cue, so a nested attribution's cue and source win over the content they
 * sit in, and a split quote's cue and source over its hull. A token belongs to a span when they
 * share a character. A token begins its span (B) when the token before it belongs to another
 * span or none.
 */
import { spanOf, type Span } from '../../src/core/span.js';
import { listArticles, loadArticle } from '../../src/eval/polnear/corpus.js';
import type { GoldAttribution } from '../../src/eval/polnear/attribution.js';
import { findQuotes } from '../../src/extract/quotes/paired-quote-marks.js';
import { featureHashes, TEMPLATES } from '../../src/extract/roles/features.js';
import { BEGIN, type Role } from '../../src/extract/roles/labels.js';
import { paragraphRanges } from '../../src/extract/roles/tagger.js';
import { tokenize, type TextLayers } from '../../src/nlp/tokens.js';
import { buildRuleInput, type RuleInput } from '../../src/extract/attributions/input.js';
import { ruleMarks, type RuleMarks } from '../../src/extract/roles/rule-marks.js';
import { englishPipeline } from '../../src/pipelines/en.js';
import { proposeCandidates } from '../../src/pipelines/propose.js';
import type { ChainExample } from './crf.js';

export interface RoleArticle {
  readonly id: string;
  readonly text: string;
  readonly published: string | null;
  /** the tokens, sentences and quotes the rules and the tagger read */
  readonly input: RuleInput;
  /** what the rules proposed, as the tagger reads it */
  readonly marks: RuleMarks;
  readonly gold: readonly GoldAttribution[];
  readonly labels: Uint8Array;
  readonly chains: readonly { first: number; last: number }[];
  /** per token, one feature hash per template of TEMPLATES (featureHashes) */
  readonly hashes: Uint32Array;
}

function goldLabels(layers: TextLayers, gold: readonly GoldAttribution[]): Uint8Array {
  const n = layers.tokens.length;
  const role = new Int8Array(n).fill(-1);
  const owner = new Int32Array(n).fill(-1);
  let spanId = 0;
  const mark = (span: Span | null, r: number): void => {
    if (!span || span.end <= span.start) return;
    spanId++;
    for (const t of layers.tokens) {
      if (t.end <= span.start) continue;
      if (t.start >= span.end) break;
      role[t.index] = r;
      owner[t.index] = spanId;
    }
  };
  for (const g of gold) for (const part of g.contentParts) mark(part, BEGIN.content);
  for (const g of gold) mark(g.source, BEGIN.source);
  for (const g of gold) mark(g.cue, BEGIN.cue);
  const labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const r = role[i] as number;
    if (r < 0) continue;
    const continues = i > 0 && owner[i - 1] === owner[i] && (layers.tokens[i - 1]?.sentence === layers.tokens[i]?.sentence || r === BEGIN.content);
    labels[i] = continues ? r + 1 : r;
  }
  return labels;
}

/** The annotated articles of a corpus folder in id order, made ready; `keep` picks some by position. */
export function prepareRoleArticles(dir: string, keep: (position: number) => boolean = () => true): RoleArticle[] {
  return listArticles(dir).filter((entry) => entry.annPath !== null).flatMap((entry, position) => {
    if (!keep(position)) return [];
    const article = loadArticle(entry);
    const text = article.text;
    const input = buildRuleInput(tokenize(text), findQuotes(text), englishPipeline.cues);
    const marks = ruleMarks(input.tokens, proposeCandidates(englishPipeline, input));
    return [{
      id: article.id,
      text,
      published: article.published,
      input,
      marks,
      gold: article.gold,
      labels: goldLabels(input, article.gold),
      chains: paragraphRanges(input),
      hashes: featureHashes(input, marks, TEMPLATES),
    }];
  });
}

/**
 * The features a fit uses: the hash buckets of the kept templates seen at least `minCount` times
 * in its articles, numbered compactly (a bucket two features share is one parameter, as it is at
 * run time).
 */
export interface FeatureSelection {
  /** the indexes (into TEMPLATES) of the kept templates */
  readonly templates: readonly number[];
  readonly bits: number;
  /** bucket → compact id, −1 when left out */
  readonly compact: Int32Array;
  /** compact id → bucket */
  readonly bucket: Int32Array;
}

export function selectFeatures(articles: readonly RoleArticle[], templates: readonly number[], bits: number, minCount: number): FeatureSelection {
  const T = TEMPLATES.length;
  const shift = 32 - bits;
  const counts = new Int32Array(1 << bits);
  for (const a of articles) {
    for (let i = 0; i < a.labels.length; i++) for (const k of templates) counts[(a.hashes[i * T + k] as number) >>> shift] = (counts[(a.hashes[i * T + k] as number) >>> shift] as number) + 1;
  }
  const compact = new Int32Array(1 << bits).fill(-1);
  const bucket: number[] = [];
  for (let b = 0; b < counts.length; b++) if ((counts[b] as number) >= minCount) compact[b] = bucket.push(b) - 1;
  return { templates, bits, compact, bucket: Int32Array.from(bucket) };
}

export function chainExample(article: RoleArticle, selection: FeatureSelection): ChainExample {
  const T = TEMPLATES.length;
  const shift = 32 - selection.bits;
  const n = article.labels.length;
  const ptr = new Int32Array(n + 1);
  const cols: number[] = [];
  for (let i = 0; i < n; i++) {
    ptr[i] = cols.length;
    for (const k of selection.templates) {
      const c = selection.compact[(article.hashes[i * T + k] as number) >>> shift] as number;
      if (c >= 0) cols.push(c);
    }
  }
  ptr[n] = cols.length;
  return { ptr, cols: Int32Array.from(cols), labels: article.labels, chains: article.chains };
}

/** A role's spans in an article's gold as trimmed `start:end` keys, each distinct span once. */
export function goldRoleSpans(article: RoleArticle, role: Role, trim: (span: Span) => { start: number; end: number }): Set<string> {
  const keys = new Set<string>();
  for (const g of article.gold) {
    const spans = role === 'content' ? g.contentParts : [role === 'cue' ? g.cue : g.source];
    for (const s of spans) {
      if (!s || s.end <= s.start) continue;
      const r = trim(spanOf(article.text, s.start, s.end));
      keys.add(`${r.start}:${r.end}`);
    }
  }
  return keys;
}
