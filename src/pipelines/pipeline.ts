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

export type Refiner = (items: readonly Candidate[], input: RuleInput) => Candidate[];

export interface LanguagePipeline {
  /** the token layer's mode (tokenize's `language`) */
  readonly tokens: string;
  readonly cues: ReturnType<typeof buildCueLexicon>;
  /** the rules: each extractor proposes candidates, then the refiners rewrite the list in order */
  readonly extractors: ReadonlyArray<(input: RuleInput) => Candidate[]>;
  readonly refiners: ReadonlyArray<Refiner>;
  /**
   * The learned decision over the rules' candidates (English: the role tagger reads them as
   * features and decides cues and spans); null where no model is trained for the language.
   */
  readonly learned: Refiner | null;
  /** what runs on the decided list: duplicates, split quotes, continued quotes, kinds */
  readonly finishers: ReadonlyArray<Refiner>;
  readonly names: (text: string, tokens: readonly Token[], sentences: readonly Sentence[]) => NameMention[];
  readonly dates: DateLocale;
  readonly resolve: ResolveLanguage;
}
