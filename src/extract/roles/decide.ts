/**
 * The learned step of a pipeline: the rules' candidates become per-token features (rule-marks.ts),
 * the role tagger labels the text with them and everything else it reads, and the attributions
 * are assembled from its labels (assemble.ts). `frameFor` reads the frame of a tagger cue no rule
 * proposed, in the language's own grammar, before the tagger's spans are linked loosely;
 * `certain` picks the rules' frames that stand whatever the tagger says.
 */
import type { Candidate } from '../attributions/candidate.js';
import type { RuleInput } from '../attributions/input.js';
import { assembleAttributions } from './assemble.js';
import { ruleMarks } from './rule-marks.js';
import { tagRoles } from './tagger.js';

export type FrameReader = (input: RuleInput, cueToken: number) => Candidate | null;

/** A rule's frame whose reading is not in doubt though the annotations the tagger learnt from leave it out ("in her words"). */
export type CertainFrame = (input: RuleInput, rule: Candidate) => boolean;

export function decideWithRoleTagger(frameFor: FrameReader | null, certain: CertainFrame | null = null): (rules: readonly Candidate[], input: RuleInput) => Candidate[] {
  return (rules, input) => assembleAttributions(rules, input, tagRoles(input, ruleMarks(input.tokens, rules)), frameFor, certain);
}
