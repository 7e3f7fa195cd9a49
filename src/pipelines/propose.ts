/** The rules' part of an analysis: every extractor proposes, then the refiners rewrite the list in order. */
import type { Candidate } from '../extract/attributions/candidate.js';
import type { RuleInput } from '../extract/attributions/input.js';
import { byContent } from '../extract/attributions/refine.js';
import type { LanguagePipeline } from './pipeline.js';

export function proposeCandidates(pipeline: LanguagePipeline, input: RuleInput): Candidate[] {
  let candidates = pipeline.extractors.flatMap((extract) => extract(input));
  candidates.sort(byContent);
  for (const refine of pipeline.refiners) candidates = refine(candidates, input);
  return candidates;
}
