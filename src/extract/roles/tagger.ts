/**
 * The role tagger: every token of an English text labelled as part of a cue, a source, a content
 * or none, by the linear-chain CRF of model.ts. Each paragraph is one chain, so a content may run
 * over several sentences ("“… . …,” she said"). Gives the best labelling (Viterbi), its spans per
 * role, and each token's marginal probability of each label (forward–backward).
 */
import type { TextLayers } from '../../nlp/tokens.js';
import type { RuleInput } from '../attributions/input.js';
import { marginals, viterbi } from '../sequence/chain.js';
import { BEGIN, isBegin, LABEL_COUNT, roleOf, ROLES, type Role } from './labels.js';
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
  /** LABEL_COUNT probabilities per token */
  readonly marginals: Float64Array;
  /** the best labelling's spans, in text order */
  readonly spans: readonly RoleSpan[];
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
  // the decision bias (chosen by cross-validation) trades precision for recall per role
  const bias = compiled.decisionBias;
  for (let i = 0; i < n; i++) {
    for (const role of ROLES) {
      const b = BEGIN[role];
      emit[i * LABEL_COUNT + b] = (emit[i * LABEL_COUNT + b] as number) + bias[role];
      emit[i * LABEL_COUNT + b + 1] = (emit[i * LABEL_COUNT + b + 1] as number) + bias[role];
    }
  }
  const ranges = paragraphRanges(input);
  const labels = new Uint8Array(n);
  for (const r of ranges) viterbi(emit, r.first, r.last, compiled.chain, labels);
  return { labels, marginals: marginals(emit, ranges, n, compiled.chain), spans: spansOf(labels, ranges) };
}

/** Per token, the probability that it is part of a role: the sum of its B and I marginals. */
export function roleProbability(tagging: RoleTagging, role: Role): Float64Array {
  const b = BEGIN[role];
  const n = tagging.labels.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.min(1, (tagging.marginals[i * LABEL_COUNT + b] as number) + (tagging.marginals[i * LABEL_COUNT + b + 1] as number));
  return out;
}
