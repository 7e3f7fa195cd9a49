/**
 * Who a source phrase refers to:
 *
 *   French Foreign Minister Jean-Noël Barrot → the person Jean-Noël Barrot
 *   He                                       → the last person who spoke nearby (Barrot)
 *   who (", Chair of …, who has noted")      → the phrase before it (Rob Bauer)
 *   a British military source                → an anonymous actor, affiliation United Kingdom
 *   the minister                             → the last actor with a minister role
 *   A Bloomberg poll                         → Bloomberg (the named maker of the thing)
 *
 * The words are the language's (language.ts): "une source militaire britannique" resolves the
 * same way with French lists and a French head.
 */
import type { ActorKind } from '../core/analysis.js';
import type { Span } from '../core/span.js';
import { spanOf } from '../core/span.js';
import type { Token } from '../nlp/tokens.js';
import type { TokenRange } from '../extract/attributions/candidate.js';
import type { NameMention } from '../extract/entities/mention.js';
import type { ActorRegistry } from './actor-registry.js';
import type { ResolveLanguage } from './language.js';
/** How far back (in paragraphs) a pronoun looks for the actor it stands for. */
const PRONOUN_REACH = 3;

export interface SpokenBy {
  readonly key: string;
  readonly kind: ActorKind;
  readonly paragraph: number;
}

export class SpeakerResolver {
  private readonly nameAt = new Map<number, NameMention>();
  private readonly keyOfName = new Map<NameMention, string>();

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly names: readonly NameMention[],
    private readonly registry: ActorRegistry,
    private readonly language: ResolveLanguage,
  ) {
    for (const n of names) for (let i = n.tokens.first; i < n.tokens.last; i++) this.nameAt.set(i, n);
  }

  bindName(mention: NameMention, key: string): void {
    this.keyOfName.set(mention, key);
  }

  keyOf(mention: NameMention): string | undefined {
    return this.keyOfName.get(mention);
  }

  /** The actor a phrase names, or null; `history` is who spoke before, latest last. */
  resolve(range: TokenRange, history: readonly SpokenBy[]): string | null {
    const { language: l } = this;
    const core = this.core(range);
    const head = l.headIndex(this.tokens, core, this.names);
    const headToken = this.tokens[head];
    if (!headToken) return null;
    const named = this.nameAt.get(head);
    if (named) return this.keyForName(named);
    const lower = headToken.lower;
    if (core.last - core.first === 1 && (l.singularPronouns.has(lower) || l.pluralPronouns.has(lower) || l.neuterPronouns.has(lower))) {
      return this.pronoun(lower, headToken, history);
    }
    const span = this.span(core);
    // "the council's finance director, Marta Lindqvist": the role is named in apposition
    const apposed = l.roleNouns.has(lower) || l.anonymousNouns.has(lower) || l.isCommonNoun(headToken) ? this.personAfter(core, range) : undefined;
    if (apposed) return this.keyForName(apposed);
    if (l.anonymousNouns.has(lower)) {
      // "people familiar with the talks" is named whole: the post-modifier says who they are
      const named = core.last < range.last && l.postModifies(this.tokens, core.last) ? this.span(range) : span;
      return this.registry.add('anonymous', named.text, named, this.demonymRole(core, head));
    }
    if (l.groupNouns.has(lower)) return this.registry.add('group', span.text, span, this.demonymRole(core, head));
    if (l.collectiveHeads.has(lower) && this.firstNameIn(core)) return this.registry.add('organization', span.text.replace(l.leadingArticle, ''), span);
    if (l.roleNouns.has(lower)) return this.byRole(lower, core, span, history);
    if (l.organizationNouns.has(lower)) return this.registry.add('organization', span.text, span, this.demonymRole(core, head));
    const inside = this.firstNameIn(core);
    return inside ? this.keyForName(inside) : null;
  }

  private keyForName(n: NameMention): string {
    const known = this.keyOfName.get(n);
    if (known) return known;
    // a lone unknown word used as a speaker is a person named by surname ("Caddell said")
    const key = this.registry.add(n.kind === 'unknown' ? 'person' : n.kind, n.name, n.span, n.role);
    this.keyOfName.set(n, key);
    return key;
  }

  private pronoun(lower: string, token: Token, history: readonly SpokenBy[]): string | null {
    const { singularPronouns: singular, pluralPronouns: plural } = this.language;
    const wanted = (k: ActorKind): boolean =>
      singular.has(lower) ? k === 'person' : plural.has(lower) ? k !== 'person' && k !== 'country' : k !== 'person';
    const spoke = history.findLast((h) => token.paragraph - h.paragraph <= PRONOUN_REACH && wanted(h.kind));
    if (spoke) {
      this.registry.mention(spoke.key, spanOf(this.text, token.start, token.end));
      return spoke.key;
    }
    if (!singular.has(lower)) return null;
    const before = this.names.findLast((n) => n.span.end <= token.start && this.keyOfName.has(n) && this.registry.kindOf(this.keyOfName.get(n) as string) === 'person');
    const key = before ? (this.keyOfName.get(before) ?? null) : null;
    if (key) this.registry.mention(key, spanOf(this.text, token.start, token.end));
    return key;
  }

  private byRole(noun: string, core: TokenRange, span: Span, history: readonly SpokenBy[]): string | null {
    const determiner = this.tokens[core.first]?.lower ?? '';
    if (this.language.definiteDeterminers.has(determiner)) {
      const match = history.findLast((h) => this.registry.rolesOf(h.key).some((r) => (r.title ?? '').toLowerCase().includes(noun)));
      if (match) {
        this.registry.mention(match.key, span);
        return match.key;
      }
      if (!this.language.unmatchedRoleIsPerson) return null;
      const title = this.span({ first: core.first + 1, last: core.last }).text;
      return this.registry.add('person', span.text, span, { title, affiliation: this.demonymRole(core, core.first + 1)?.affiliation ?? null });
    }
    return this.registry.add('anonymous', span.text, span, this.demonymRole(core, core.last - 1));
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
      if (t.text === ',' || t.text === '(' || ((this.language.endsCore(t) || this.language.postModifies(this.tokens, last)) && last > range.first)) break;
      last++;
    }
    return { first: range.first, last: Math.max(last, range.first + 1) };
  }

  /** A person named right after the core phrase, set off by a comma. */
  private personAfter(core: TokenRange, range: TokenRange): NameMention | undefined {
    if (this.tokens[core.last]?.text !== ',') return undefined;
    const n = this.nameAt.get(core.last + 1);
    return n && n.kind === 'person' && n.tokens.first === core.last + 1 && n.tokens.last <= range.last ? n : undefined;
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
