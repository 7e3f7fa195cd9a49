/**
 * What a language pipeline gives analyze(): its token mode, cue lexicon, rules in order,
 * name finder, dates locale and the words the resolvers read. One literal object per language.
 */
import type { buildCueLexicon } from '../extract/cues/cue-lexicon.js';
import type { Candidate } from '../extract/attributions/candidate.js';
import type { RuleInput } from '../extract/attributions/input.js';
import type { DateLocale } from '../extract/dates/locale.js';
import type { NameMention } from '../extract/entities/mention.js';
import type { Token, Sentence } from '../nlp/tokens.js';
import type { ResolveLanguage } from '../resolve/language.js';

export interface LanguagePipeline {
  /** the token layer's mode (tokenize's `language`) */
  readonly tokens: string;
  readonly cues: ReturnType<typeof buildCueLexicon>;
  /** whether the learned cue tagger (trained on English) scores the tokens */
  readonly learnedCues: boolean;
  readonly extractors: ReadonlyArray<(input: RuleInput) => Candidate[]>;
  readonly refiners: ReadonlyArray<(items: readonly Candidate[], input: RuleInput) => Candidate[]>;
  readonly names: (text: string, tokens: readonly Token[], sentences: readonly Sentence[]) => NameMention[];
  readonly dates: DateLocale;
  readonly resolve: ResolveLanguage;
}
