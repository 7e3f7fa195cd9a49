/**
 * What resolving speakers needs to know about a language: the nouns that make a source
 * anonymous, collective, a role or an organisation, its pronouns and articles, where a source
 * phrase's core ends (a post-modifier among them) and which word is its head, demonyms, role words, and the settings
 * ("in an interview with the BBC") that name an addressee. The resolvers are the same for every
 * language; each pipeline hands them its own.
 */
import type { Token } from '../nlp/tokens.js';
import type { Setting, TokenRange } from '../extract/attributions/candidate.js';
import type { RuleInput } from '../extract/attributions/input.js';
import type { NameMention } from '../extract/entities/mention.js';

export interface ResolveLanguage {
  readonly anonymousNouns: ReadonlySet<string>;
  readonly groupNouns: ReadonlySet<string>;
  readonly roleNouns: ReadonlySet<string>;
  readonly organizationNouns: ReadonlySet<string>;
  /** heads that name an organisation when a name goes with them ("the Clinton campaign") */
  readonly collectiveHeads: ReadonlySet<string>;
  /** pronouns for a person, for a group or organisation, and for a thing */
  readonly singularPronouns: ReadonlySet<string>;
  readonly pluralPronouns: ReadonlySet<string>;
  readonly neuterPronouns: ReadonlySet<string>;
  /** "the minister" refers back; "a minister" is someone new */
  readonly definiteDeterminers: ReadonlySet<string>;
  /** a definite role no earlier actor holds ("la présidente de la Commission") is a person of its own, not unresolved */
  readonly unmatchedRoleIsPerson: boolean;
  /** an article dropped from an organisation's name */
  readonly leadingArticle: RegExp;
  /** a word (not the first) that ends the core of a source phrase */
  readonly endsCore: (t: Token) => boolean;
  /**
   * whether token k starts a post-modifier, which also ends the core and, after an anonymous
   * source noun, belongs to its name ("people familiar with the talks")
   */
  readonly postModifies: (tokens: readonly Token[], k: number) => boolean;
  /** a common noun: its phrase may be named in apposition ("the council's finance director, Marta Lindqvist") */
  readonly isCommonNoun: (t: Token) => boolean;
  /** the head word of a core phrase; `names` are the article's name mentions */
  readonly headIndex: (tokens: readonly Token[], core: TokenRange, names: readonly NameMention[]) => number;
  readonly countryOfDemonym: (word: string) => string | undefined;
  /** every content word of a role or title, lower-case */
  readonly roleWords: ReadonlySet<string>;
  /** prepositions between a title and its affiliation in an appositive ("a researcher at X") */
  readonly rolePrepositions: ReadonlySet<string>;
  readonly appositiveDeterminers: ReadonlySet<string>;
  /** a setting starting at token k, before `limit` */
  readonly settingAt: (input: RuleInput, k: number, limit: number) => Setting | null;
}

/** The last word of the phrase, trailing punctuation skipped: "French Foreign Minister Jean-Noël Barrot". */
export function lastWordHead(tokens: readonly Token[], core: TokenRange): number {
  let head = core.last - 1;
  while (head > core.first && !/[\p{L}\p{N}]/u.test(tokens[head]?.text ?? '')) head--;
  return head;
}
