/**
 * What the hand-written rules proposed, as per-token values the role tagger reads as features:
 * the role a rule gave the token (cue, source, content; B or I) and, on cue tokens, which rule.
 * The rules' frames become evidence the model weighs against everything else, not the decision.
 */
import type { Token } from '../../nlp/tokens.js';
import type { Span } from '../../core/span.js';
import type { Candidate } from '../attributions/candidate.js';
import { tokenRangeOf } from '../attributions/input.js';

export interface RuleMarks {
  /** per token: "-", or B/I and c (cue), s (source) or n (content), e.g. "Bc" */
  readonly role: readonly string[];
  /** per token: the short name of the rule whose cue covers it, else "-" */
  readonly rule: readonly string[];
}

const PRIORITY: Readonly<Record<string, number>> = { n: 1, s: 2, c: 3 };
/** A role's marks, beginning and inside, as constants: a text's marks repeat these few strings. */
const MARKS: Readonly<Record<string, readonly [string, string]>> = { n: ['Bn', 'In'], s: ['Bs', 'Is'], c: ['Bc', 'Ic'] };

export function ruleMarks(tokens: readonly Token[], candidates: readonly Candidate[]): RuleMarks {
  const n = tokens.length;
  const letter = new Array<string>(n).fill('');
  const owner = new Int32Array(n).fill(-1);
  const rule = new Array<string>(n).fill('-');
  let id = 0;
  const mark = (span: Span | null, l: string, name: string | null): void => {
    if (!span || span.end <= span.start) return;
    id++;
    const { first, last } = tokenRangeOf(tokens, span);
    for (let i = first; i < last; i++) {
      if ((PRIORITY[letter[i] as string] ?? 0) > (PRIORITY[l] as number)) continue;
      letter[i] = l;
      owner[i] = id;
      if (name !== null) rule[i] = name;
    }
  };
  for (const c of candidates) for (const part of c.contentParts) mark(part, 'n', null);
  for (const c of candidates) mark(c.source, 's', null);
  for (const c of candidates) mark(c.cue, 'c', c.rule.slice(c.rule.lastIndexOf('/') + 1));
  const role = letter.map((l, i) => (l === '' ? '-' : (MARKS[l] as readonly [string, string])[i > 0 && owner[i - 1] === owner[i] ? 1 : 0]));
  return { role, rule };
}
