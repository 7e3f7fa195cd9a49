/**
 * Who a source phrase refers to:
 *
 *   French Foreign Minister Jean-Noël Barrot → the person Jean-Noël Barrot
 *   He                                       → the last person who spoke nearby (Barrot)
 *   who (", Chair of …, who has noted")      → the phrase before it (Rob Bauer)
 *   a British military source                → an anonymous actor, affiliation United Kingdom
 *   the minister, the veteran diplomat       → the last actor with that role named before, else
 *                                              the person named last nearby
 *   the Dutchman                             → the last person from the Netherlands, else as above
 *   the paper, the broadcaster               → the last outlet of that kind named before
 *   She (replied)                            → the other person of the last statement's sentence
 *   A Bloomberg poll                         → Bloomberg (the named maker of the thing)
 *
 * The words are the language's (language.ts): "une source militaire britannique" resolves the
 * same way with French lists and a French head.
 */
import type { ActorKind } from '../core/analysis.js';
import type { Span } from '../core/span.js';
import { spanOf } from '../core/span.js';
import { wordsAt, type Token } from '../nlp/tokens.js';
import { lowerCaseWords } from '../nlp/lower-case-words.js';
import type { TokenRange } from '../extract/attributions/candidate.js';
import type { NameMention } from '../extract/entities/mention.js';
import type { OutletKind } from '../lexicon/en/media.js';
import type { ActorRegistry } from './actor-registry.js';
import type { ResolveLanguage } from './language.js';

/** How far back (in paragraphs) a pronoun looks for the actor it stands for. */
const PRONOUN_REACH = 3;

export interface SpokenBy {
  readonly key: string;
  readonly kind: ActorKind;
  readonly paragraph: number;
  /** where the statement's sentence starts */
  readonly from: number;
}

export class SpeakerResolver {
  private readonly nameAt = new Map<number, NameMention>();
  /** tokens inside a name's run, title included: the "of" of "Secretary of State John Kerry" ends no phrase */
  private readonly insideName = new Set<number>();
  /** the words the article writes in lower case, read when first needed: most articles never ask */
  private lowerWordsRead: ReadonlySet<string> | null = null;
  private readonly keyOfName = new Map<NameMention, string>();

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly names: readonly NameMention[],
    private readonly registry: ActorRegistry,
    private readonly language: ResolveLanguage,
  ) {
    for (const n of names) {
      for (let i = n.tokens.first; i < n.tokens.last; i++) this.nameAt.set(i, n);
      for (let i = n.full.first + 1; i < n.full.last; i++) this.insideName.add(i);
    }
  }

  private lowerWords(): ReadonlySet<string> {
    return (this.lowerWordsRead ??= lowerCaseWords(this.text));
  }

  bindName(mention: NameMention, key: string): void {
    this.keyOfName.set(mention, key);
  }

  keyOf(mention: NameMention): string | undefined {
    return this.keyOfName.get(mention);
  }

  /**
   * The actor a phrase names, or null; `history` is who spoke before, latest last; `reply` says
   * the phrase is the subject of a reply ("She replied").
   */
  resolve(range: TokenRange, history: readonly SpokenBy[], reply = false): string | null {
    const { language: l } = this;
    const core = this.core(range);
    const head = l.headIndex(this.tokens, core, this.names);
    const headToken = this.tokens[head];
    if (!headToken) return null;
    const named = this.nameAt.get(head);
    if (named && !(named.kind === 'unknown' && this.commonWordStartingSentence(named.tokens.first))) return this.keyForName(named);
    const lower = headToken.lower;
    if (core.last - core.first === 1 && (l.singularPronouns.has(lower) || l.pluralPronouns.has(lower) || l.neuterPronouns.has(lower))) {
      return this.pronoun(lower, headToken, history, reply);
    }
    if (core.last - core.first === 1 && l.relativePronouns.has(lower)) {
      const antecedent = this.phraseBeforeRelative(head);
      return antecedent ? this.resolve(antecedent, history) : null;
    }
    const span = this.span(core);
    // "the council's finance director, Marta Lindqvist": the role is named in apposition
    const apposed = l.roleNouns.has(lower) || l.anonymousNouns.has(lower) || l.isCommonNoun(headToken) ? this.personAfter(core, range) : undefined;
    if (apposed) return this.keyForName(apposed);
    const back = l.definiteDeterminers.has(this.tokens[core.first]?.lower ?? '') ? this.referenceBack(headToken, core, span) : undefined;
    if (back !== undefined) return back;
    if (l.anonymousNouns.has(lower)) {
      // "people familiar with the talks" is named whole: the post-modifier says who they are
      const named = core.last < range.last && l.postModifies(this.tokens, core.last) ? this.span(range) : span;
      return this.registry.add('anonymous', named.text, named, this.demonymRole(core, head));
    }
    if (l.groupNouns.has(lower)) return this.registry.add('group', span.text, span, this.demonymRole(core, head));
    if (l.collectiveHeads.has(lower) && this.firstNameIn(core)) return this.registry.add('organization', span.text.replace(l.leadingArticle, ''), span);
    // "a veteran diplomat" is someone new (a definite role refers back, above)
    if (l.roleNouns.has(lower)) return this.registry.add('anonymous', span.text, span, this.demonymRole(core, core.last - 1));
    if (l.organizationNouns.has(lower)) return this.registry.add('organization', span.text, span, this.demonymRole(core, head));
    // a word capitalised only because it starts the sentence, and written in lower case elsewhere, names no one ("Consulting firms like McKinsey")
    const inside = this.names.find((n) => n.tokens.first >= core.first && n.tokens.last <= core.last && !(n.kind === 'unknown' && this.commonWordStartingSentence(n.tokens.first)));
    if (inside) return this.keyForName(inside);
    // a surname the name finder missed (a headline, a surname tagged as a verb: "Lynch said")
    const person = /^\p{Lu}/u.test(headToken.text) ? this.registry.personBySurname(headToken.text) : undefined;
    return this.mentioned(span, person);
  }

  /**
   * A definite phrase that refers back: "the paper" to the last outlet of a fitting kind, "the
   * Dutchman" to the last person from the Netherlands, "the veteran diplomat" to the last actor
   * with that role; failing those two, to the person named last nearby (or, where the language
   * says so, a person of its own). Undefined when the phrase is no such reference, or names an
   * outlet while none was named: then it is read as any other phrase.
   */
  private referenceBack(head: Token, core: TokenRange, span: Span): string | null | undefined {
    const l = this.language;
    const kinds = l.outletNouns.get(head.lower);
    if (kinds) {
      // an outlet whose name does not tell its kind is the second choice
      const outletKind = (key: string): OutletKind | null | undefined => (this.registry.kindOf(key) === 'media' ? l.outletKind(this.registry.nameOf(key) ?? '') : undefined);
      const fitting = (key: string): boolean => kinds.some((kind) => kind === outletKind(key));
      const outlet = this.registry.lastMentionedBefore(span.start, fitting) ?? this.registry.lastMentionedBefore(span.start, (key) => outletKind(key) === null);
      return outlet === undefined ? undefined : this.mentioned(span, outlet);
    }
    const country = l.personDemonym(head.text);
    if (country) return this.mentioned(span, this.registry.lastMentionedBefore(span.start, (key) => this.isFrom(key, country)) ?? this.lastNamedPerson(head));
    if (!l.roleNouns.has(head.lower)) return undefined;
    const holder = this.registry.lastMentionedBefore(span.start, (key) => this.registry.describedBy(key, head.lower));
    if (holder || l.unmatchedRole === 'last named person') return this.mentioned(span, holder ?? this.lastNamedPerson(head));
    const title = this.span({ first: core.first + 1, last: core.last }).text;
    return this.registry.add('person', span.text, span, { title, affiliation: this.demonymRole(core, core.first + 1)?.affiliation ?? null });
  }

  /** A person whose role names the country: affiliated with it, or titled with its demonym ("Dutch trade envoy"). */
  private isFrom(key: string, country: string): boolean {
    if (this.registry.kindOf(key) !== 'person') return false;
    const demonymIn = (title: string | null): boolean => (title ?? '').split(/\s+/).some((w) => this.language.countryOfDemonym(w) === country);
    return this.registry.rolesOf(key).some((r) => r.affiliation === country || demonymIn(r.title));
  }

  /** The person named last before the token, in its paragraph or the few before it. */
  private lastNamedPerson(token: Token): string | undefined {
    const named = this.names.findLast((n) => n.span.end <= token.start && token.paragraph - (this.tokens[n.tokens.first]?.paragraph ?? 0) <= PRONOUN_REACH && this.personKey(n) !== undefined);
    return named ? this.personKey(named) : undefined;
  }

  private personKey(n: NameMention): string | undefined {
    const key = this.keyOfName.get(n);
    return key !== undefined && this.registry.kindOf(key) === 'person' ? key : undefined;
  }

  /** The actor found, now also mentioned at `span`; null when none was found. */
  private mentioned(span: Span, key: string | undefined): string | null {
    if (key === undefined) return null;
    this.registry.mention(key, span);
    return key;
  }

  /**
   * The phrase a relative pronoun stands for when no rule linked it: the words right before it
   * back to a punctuation mark or a verb ("the councillors who opposed it said"), or, when those
   * are an appositive set off by commas without a name, the named phrase before them ("Michael
   * Bloomberg, the former mayor, who said"; but "Still, Petrilli, who thinks").
   */
  private phraseBeforeRelative(k: number): TokenRange | undefined {
    const closedByComma = this.tokens[k - 1]?.text === ',';
    const phrase = this.phraseEndingAt(closedByComma ? k - 1 : k);
    if (!phrase || !closedByComma || this.tokens[phrase.first - 1]?.text !== ',' || this.firstNameIn(phrase)) return phrase;
    const before = this.phraseEndingAt(phrase.first - 1);
    return before && this.firstNameIn(before) ? before : phrase;
  }

  /** The words before token `last` in its sentence, back to a punctuation mark, a verb or a conjunction. */
  private phraseEndingAt(last: number): TokenRange | undefined {
    const sentence = this.tokens[last]?.sentence;
    let first = last;
    while (first > 0 && this.tokens[first - 1]?.sentence === sentence && !['PUNCT', 'VERB', 'AUX', 'SCONJ', 'CCONJ'].includes(this.tokens[first - 1]?.pos ?? '')) first--;
    return first < last ? { first, last } : undefined;
  }

  private keyForName(n: NameMention): string {
    const known = this.keyOfName.get(n);
    if (known) return known;
    // a lone unknown word used as a speaker is a person named by surname ("Caddell said")
    const key = this.registry.add(n.kind === 'unknown' ? 'person' : n.kind, n.name, n.span, n.role);
    this.keyOfName.set(n, key);
    return key;
  }

  private pronoun(lower: string, token: Token, history: readonly SpokenBy[], reply: boolean): string | null {
    const { singularPronouns: singular, pluralPronouns: plural } = this.language;
    const span = spanOf(this.text, token.start, token.end);
    if (reply && singular.has(lower)) {
      const other = this.otherInExchange(token, history);
      if (other) return this.mentioned(span, other);
    }
    const wanted = (k: ActorKind): boolean =>
      singular.has(lower) ? k === 'person' : plural.has(lower) ? k !== 'person' && k !== 'country' : k !== 'person';
    const spoke = history.findLast((h) => token.paragraph - h.paragraph <= PRONOUN_REACH && wanted(h.kind));
    if (spoke) return this.mentioned(span, spoke.key);
    if (!singular.has(lower)) return null;
    const before = this.names.findLast((n) => n.span.end <= token.start && this.personKey(n) !== undefined);
    return this.mentioned(span, before ? this.personKey(before) : undefined);
  }

  /**
   * Who replies in "Halden, standing beside Ardell, said … She replied …": the person named last
   * between the start of the last statement's sentence and the reply who is not its speaker. A
   * lone name nothing else tells the kind of counts as that person when a companion word stands
   * before it ("beside Ardell"): someone who replies is a person.
   */
  private otherInExchange(token: Token, history: readonly SpokenBy[]): string | undefined {
    const last = history.at(-1);
    if (!last || last.kind !== 'person' || token.paragraph - last.paragraph > 1) return undefined;
    const companion = (n: NameMention): boolean =>
      n.kind === 'unknown' &&
      this.keyOfName.get(n) === undefined &&
      this.language.companionWords.some((words) => wordsAt(this.tokens, n.full.first - words.length, words));
    const isOther = (n: NameMention): boolean => {
      if (n.span.start < last.from || n.span.end > token.start) return false;
      const key = this.personKey(n);
      return key !== undefined ? key !== last.key : companion(n);
    };
    const other = this.names.findLast(isOther);
    if (!other) return undefined;
    const key = this.personKey(other) ?? this.keyForName(other);
    return key !== last.key ? key : undefined;
  }

  /** A demonym before the head ("a British military source") or after it ("une source militaire
   * britannique"): the country, and the words between as the title. */
  private demonymRole(core: TokenRange, head: number): { title: string | null; affiliation: string | null } | null {
    for (let i = core.first; i < core.last; i++) {
      const country = i === head ? undefined : this.language.countryOfDemonym(this.tokens[i]?.text ?? '');
      if (!country) continue;
      const title = i < head ? { first: i + 1, last: head + 1 } : { first: head, last: i };
      return { title: this.span(title).text, affiliation: country };
    }
    return null;
  }

  /**
   * The phrase before any appositive, bracket, relative clause or post-modifier ("people
   * familiar with the talks", "a person briefed on the plan", "those close to him").
   */
  private core(range: TokenRange): TokenRange {
    let last = range.first;
    while (last < range.last) {
      const t = this.tokens[last] as Token;
      // a role noun is never a post-modifier, whatever its tag ("the navy's chief of staff")
      const ends = this.language.endsCore(t) || (this.language.postModifies(this.tokens, last) && !this.language.roleNouns.has(t.lower));
      if (t.text === ',' || t.text === '(' || (ends && last > range.first && !this.insideName.has(last))) break;
      last++;
    }
    return { first: range.first, last: Math.max(last, range.first + 1) };
  }

  /** A person named right after the phrase and its complements, set off by a comma: "the
   * navy's chief of staff, Admiral Jonas Kerr". */
  private personAfter(core: TokenRange, range: TokenRange): NameMention | undefined {
    let comma = core.last;
    while (comma < range.last && this.tokens[comma]?.text !== ',' && !['VERB', 'AUX'].includes(this.tokens[comma]?.pos ?? '')) comma++;
    if (this.tokens[comma]?.text !== ',') return undefined;
    return this.names.find((n) => n.kind === 'person' && n.full.first === comma + 1 && n.tokens.last <= range.last);
  }

  private commonWordStartingSentence(k: number): boolean {
    return this.tokens[k - 1]?.sentence !== this.tokens[k]?.sentence && this.lowerWords().has(this.tokens[k]?.lower ?? '');
  }

  private firstNameIn(range: TokenRange): NameMention | undefined {
    return this.names.find((n) => n.tokens.first >= range.first && n.tokens.last <= range.last);
  }

  private span(range: TokenRange): Span {
    const a = this.tokens[range.first] as Token;
    const b = this.tokens[range.last - 1] as Token;
    return spanOf(this.text, a.start, b.end);
  }
}
