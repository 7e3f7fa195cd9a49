/**
 * The role tagger: every token of an English text labelled as part of a cue, a source, a content
 * or none, by the linear-chain CRF of model.ts. Each paragraph is one chain, so a content may run
 * over several sentences ("“… . …,” she said"). Gives the best labelling (Viterbi), its spans per
 * role, and each token's marginal probability of each label (forward–backward).
 */
import type { TextLayers } from '../../nlp/tokens.js';
import type { RuleInput } from '../attributions/input.js';
import { marginals, viterbi } from '../sequence/chain.js';
import { BEGIN, isBegin, LABEL_COUNT, roleOf, type Role } from './labels.js';
import { roleEmissions, roleModel } from './model.js';
import type { RuleMarks } from './rule-marks.js';

/** A role's span as a token range: `first` inclusive, `last` exclusive. */
export interface RoleSpan {
  readonly role: Role;
  readonly first: number;
  readonly last: number;
}

export interface RoleTagging {
  /** the best labelling, one label (index into ROLE_LABELS) per token */
  readonly labels: Uint8Array;
  /** the best labelling's spans, in text order */
  readonly spans: readonly RoleSpan[];
  /**
   * A token's LABEL_COUNT marginal probabilities (forward–backward), computed for its whole
   * paragraph when first asked: most paragraphs never need them.
   */
  marginalsAt(token: number): Float64Array;
}

/** The chains: one per paragraph, as token ranges. */
export function paragraphRanges(layers: TextLayers): { first: number; last: number }[] {
  const ranges: { first: number; last: number }[] = [];
  for (const s of layers.sentences) {
    const last = ranges[ranges.length - 1];
    const previous = layers.sentences[s.index - 1];
    if (last && previous && previous.paragraph === s.paragraph && last.last === s.first) ranges[ranges.length - 1] = { first: last.first, last: s.last };
    else ranges.push({ first: s.first, last: s.last });
  }
  return ranges;
}

/** The spans of a labelling: a B, or an I that does not continue its role, and the I tokens after it. */
export function spansOf(labels: Uint8Array, ranges: readonly { first: number; last: number }[]): RoleSpan[] {
  const spans: RoleSpan[] = [];
  for (const { first, last } of ranges) {
    for (let i = first; i < last; i++) {
      const role = roleOf(labels[i] as number);
      if (role === null) continue;
      let end = i + 1;
      while (end < last && !isBegin(labels[end] as number) && roleOf(labels[end] as number) === role) end++;
      spans.push({ role, first: i, last: end });
      i = end - 1;
    }
  }
  return spans;
}

/** Tags a text with the shipped role model (or the one training put in its place), given what the rules proposed. */
export function tagRoles(input: RuleInput, rules: RuleMarks | null): RoleTagging {
  const compiled = roleModel();
  const emit = roleEmissions(input, rules, compiled);
  const n = input.tokens.length;
  const ranges = paragraphRanges(input);
  const labels = new Uint8Array(n);
  const rangeOf = new Int32Array(n);
  ranges.forEach((r, k) => {
    viterbi(emit, r.first, r.last, compiled.chain, labels);
    rangeOf.fill(k, r.first, r.last);
  });
  const computed = new Map<number, Float64Array>();
  const marginalsAt = (token: number): Float64Array => {
    const k = rangeOf[token] as number;
    const { first, last } = ranges[k] as { first: number; last: number };
    let m = computed.get(k);
    if (m === undefined) computed.set(k, (m = marginals(emit.subarray(first * LABEL_COUNT, last * LABEL_COUNT), [{ first: 0, last: last - first }], last - first, compiled.chain)));
    return m.subarray((token - first) * LABEL_COUNT, (token - first + 1) * LABEL_COUNT);
  };
  return { labels, spans: spansOf(labels, ranges), marginalsAt };
}

/** The probability that a token is part of a role: the sum of its B and I marginals. */
export function roleProbability(tagging: RoleTagging, role: Role, token: number): number {
  const b = BEGIN[role];
  const m = tagging.marginalsAt(token);
  return Math.min(1, (m[b] as number) + (m[b + 1] as number));
}
