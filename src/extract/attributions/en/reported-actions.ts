/**
 * What anonymous or second-hand sources report someone did is their claim, not that someone's
 * statement:
 *
 *   According to people familiar with the talks, the county has offered to pay …
 *                                                ^^^^^^^^^^ ^^^^^^^^^^^ not a speaker and cue
 *
 * A verb with an infinitive complement ("offered to pay", "agreed to step down") inside the
 * content of an according-to attribution is the reported action. Kept: "According to the
 * report, Smith said that …" (a clause, not an infinitive).
 */
import { contains } from '../../../core/span.js';
import type { Candidate } from '../candidate.js';
import { firstTokenWhere, type RuleInput } from '../input.js';

const ACCORDING_TO = 'attributions/en/according-to';

function infinitiveContent(c: Candidate, input: RuleInput): boolean {
  const first = c.contentParts[0];
  if (first === undefined) return false;
  return input.tokens[firstTokenWhere(input.tokens, (t) => t.start >= first.start)]?.lower === 'to';
}

export function dropReportedActions(items: readonly Candidate[], input: RuleInput): Candidate[] {
  const reports = items.filter((c) => c.rule === ACCORDING_TO);
  if (reports.length === 0) return [...items];
  const reported = (c: Candidate): boolean => {
    const cue = c.cue;
    return cue !== null && c.rule !== ACCORDING_TO && infinitiveContent(c, input) && reports.some((r) => r.contentParts.some((p) => contains(p, cue)));
  };
  return items.filter((c) => !reported(c));
}
