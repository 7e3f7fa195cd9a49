/**
 * Who a source phrase refers to:
 *
 *   French Foreign Minister Jean-Noël Barrot → the person Jean-Noël Barrot
 *   He                                       → the last person who spoke nearby (Barrot)
 *   who (", Chair of …, who has noted")      → the phrase before it (Rob Bauer)
 *   a British military source                → an anonymous actor, affiliation United Kingdom
 *   the minister                             → the last actor with a minister role
 *   A Bloomberg poll                         → Bloomberg (the named maker of the thing)
 */
import type { ActorKind } from '../core/analysis.js';
import type { Span } from '../core/span.js';
import { spanOf } from '../core/span.js';
import type { Token } from '../nlp/tokens.js';
import type { TokenRange } from '../extract/attributions/candidate.js';
import type { NameMention } from '../extract/entities/mention.js';
import { countryOfDemonym } from '../extract/entities/en/names.js';
import { ANONYMOUS_SOURCE_NOUNS, GROUP_SOURCE_NOUNS, PERSONAL_PRONOUNS } from '../lexicon/en/sources.js';
import { ROLE_NOUNS } from '../lexicon/en/titles.js';
import { ORGANIZATION_NOUNS } from '../lexicon/en/organizations.js';
import type { ActorRegistry } from './actor-registry.js';

const ANONYMOUS = new Set(ANONYMOUS_SOURCE_NOUNS);
const GROUP = new Set(GROUP_SOURCE_NOUNS);
const ROLE = new Set(ROLE_NOUNS);
const ORGANIZATION = new Set(ORGANIZATION_NOUNS);
const SINGULAR = new Set<string>(PERSONAL_PRONOUNS.singular);
const PLURAL = new Set<string>(PERSONAL_PRONOUNS.plural);
const COLLECTIVE_HEADS = new Set(['campaign', 'team', 'office', 'administration', 'government', 'committee', 'party']);
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
    const core = this.core(range);
    const head = this.headIndex(core);
    const headToken = this.tokens[head];
    if (!headToken) return null;
    const named = this.nameAt.get(head);
    if (named) return this.keyForName(named);
    const lower = headToken.lower;
    if (core.last - core.first === 1 && (SINGULAR.has(lower) || PLURAL.has(lower) || lower === 'it')) {
      return this.pronoun(lower, headToken, history);
    }
    const span = this.span(core);
    // "the council's finance director, Marta Lindqvist": the role is named in apposition
    const apposed = ROLE.has(lower) || ANONYMOUS.has(lower) || headToken.pos === 'NOUN' ? this.personAfter(core, range) : undefined;
    if (apposed) return this.keyForName(apposed);
    if (ANONYMOUS.has(lower)) {
      // "people familiar with the talks" is named whole: the post-modifier says who they are
      const named = core.last < range.last && this.postModifies(core.last) ? this.span(range) : span;
      return this.registry.add('anonymous', named.text, named, this.demonymRole(core, head));
    }
    if (GROUP.has(lower)) return this.registry.add('group', span.text, span, this.demonymRole(core, head));
    if (COLLECTIVE_HEADS.has(lower) && this.firstNameIn(core)) return this.registry.add('organization', span.text.replace(/^the\s+/i, ''), span);
    if (ROLE.has(lower)) return this.byRole(lower, core, span, history);
    if (ORGANIZATION.has(lower)) return this.registry.add('organization', span.text, span, this.demonymRole(core, head));
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
    const wanted = (k: ActorKind): boolean =>
      SINGULAR.has(lower) ? k === 'person' : PLURAL.has(lower) ? k !== 'person' && k !== 'country' : k !== 'person';
    const spoke = history.findLast((h) => token.paragraph - h.paragraph <= PRONOUN_REACH && wanted(h.kind));
    if (spoke) {
      this.registry.mention(spoke.key, spanOf(this.text, token.start, token.end));
      return spoke.key;
    }
    if (!SINGULAR.has(lower)) return null;
    const before = this.names.findLast((n) => n.span.end <= token.start && this.keyOfName.has(n) && this.registry.kindOf(this.keyOfName.get(n) as string) === 'person');
    const key = before ? (this.keyOfName.get(before) ?? null) : null;
    if (key) this.registry.mention(key, spanOf(this.text, token.start, token.end));
    return key;
  }

  private byRole(noun: string, core: TokenRange, span: Span, history: readonly SpokenBy[]): string | null {
    const determiner = this.tokens[core.first]?.lower;
    if (determiner === 'the') {
      const match = history.findLast((h) => this.registry.rolesOf(h.key).some((r) => (r.title ?? '').toLowerCase().includes(noun)));
      if (match) {
        this.registry.mention(match.key, span);
        return match.key;
      }
      return null;
    }
    return this.registry.add('anonymous', span.text, span, this.demonymRole(core, core.last - 1));
  }

  private demonymRole(core: TokenRange, head: number): { title: string | null; affiliation: string | null } | null {
    for (let i = core.first; i < head; i++) {
      const country = countryOfDemonym(this.tokens[i]?.text ?? '');
      if (country) return { title: this.span({ first: i + 1, last: head + 1 }).text, affiliation: country };
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
      if (t.text === ',' || t.text === '(' || ((t.pos === 'ADP' || t.lower === 'who' || this.postModifies(last)) && last > range.first)) break;
      last++;
    }
    return { first: range.first, last: Math.max(last, range.first + 1) };
  }

  /** An adjective or participle that takes a preposition after the noun: "familiar with". */
  private postModifies(k: number): boolean {
    const t = this.tokens[k] as Token;
    return (t.pos === 'ADJ' || t.pos === 'VERB' || t.pos === 'ADV') && this.tokens[k + 1]?.pos === 'ADP';
  }

  /** The head is the last word of the phrase, trailing punctuation skipped. */
  private headIndex(core: TokenRange): number {
    let head = core.last - 1;
    while (head > core.first && !/[\p{L}\p{N}]/u.test(this.tokens[head]?.text ?? '')) head--;
    return head;
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
