/** Builds a French candidate: every French rule fills the same fields the same way. */
import { spanOf, type Span } from '../../../core/span.js';
import type { Candidate, TokenRange } from '../candidate.js';
import { rangeSpan, type RuleInput } from '../input.js';

export interface FrenchFrame {
  readonly rule: string;
  readonly source: TokenRange | null;
  readonly antecedent?: TokenRange | null;
  readonly cue: TokenRange;
  readonly parts: readonly Span[];
  readonly direct: boolean;
  readonly addressee?: TokenRange | null;
  readonly origin?: TokenRange | null;
  readonly sentence: number;
}

export function frenchCandidate(input: RuleInput, f: FrenchFrame): Candidate {
  const first = input.tokens[f.cue.first];
  const last = input.tokens[f.cue.last - 1];
  return {
    rule: f.rule,
    kind: f.direct ? 'direct' : 'indirect',
    source: rangeSpan(input, f.source),
    sourceTokens: f.source,
    antecedent: f.antecedent ?? null,
    cue: first && last ? spanOf(input.text, first.start, last.end) : null,
    cueToken: f.cue.first,
    contentParts: f.parts,
    addressee: f.addressee ?? null,
    origin: f.origin ?? null,
    sentence: f.sentence,
    past: false,
    continues: null,
  };
}
