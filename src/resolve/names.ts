/**
 * Registers the article's named mentions as actors, fullest names first so that a later
 * "Barrot" joins "Jean-Noël Barrot", and reads roles from appositives:
 *
 *   Eli Tenenbaum, a researcher at the French Institute of International Relations, told …
 *                  ^^^^^^^^^^^^ title  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ affiliation
 *   Rob Bauer, Chair of NATO’s Military Committee, …   → Chair · NATO’s Military Committee
 */
import type { Role } from '../core/analysis.js';
import type { Token } from '../nlp/tokens.js';
import type { RuleInput } from '../extract/attributions/input.js';
import type { NameMention } from '../extract/entities/mention.js';
import type { ActorRegistry } from './actor-registry.js';
import type { ResolveLanguage } from './language.js';
import type { SpeakerResolver } from './speakers.js';

const MAX_APPOSITIVE_TOKENS = 14;

export function registerNames(input: RuleInput, names: readonly NameMention[], registry: ActorRegistry, resolver: SpeakerResolver, language: ResolveLanguage): void {
  for (const n of names) {
    if (n.kind === 'unknown' || (n.kind === 'person' && n.tokens.last - n.tokens.first === 1 && !n.role)) continue;
    const key = registry.add(n.kind, n.name, n.span, n.role);
    resolver.bindName(n, key);
    if (n.kind === 'person') {
      const role = appositiveRole(input, n.full.last, language) ?? precedingRole(input, n.full.first, language);
      if (role) registry.addRole(key, role);
    }
  }
  for (const n of names) {
    if (resolver.keyOf(n)) continue;
    const key = registry.personBySurname(n.name);
    if (key) {
      registry.mention(key, n.span);
      resolver.bindName(n, key);
    }
  }
}

/** "Harbour commissioner Ilse Marwood", "Republican pollster Daron Shaw": lower-case role words
 * (with their modifiers) right before a name. */
export function precedingRole(input: RuleInput, first: number, language: ResolveLanguage): Role | null {
  const { tokens } = input;
  const { roleWords } = language;
  let start = first;
  while (start - 1 >= 0 && first - start < 4 && tokens[start - 1]?.sentence === tokens[first]?.sentence) {
    const t = tokens[start - 1] as Token;
    if (!(roleWords.has(t.lower) || t.pos === 'ADJ' || t.pos === 'PROPN' || t.pos === 'NOUN')) break;
    start--;
  }
  const head = tokens[first - 1];
  if (start === first || !head || !roleWords.has(head.lower) || /^\p{Lu}/u.test(head.text)) return null;
  return { title: join(input, tokens.slice(start, first)), affiliation: null };
}

/** ", a researcher at X," after a name: the role words up to a preposition, then the affiliation. */
export function appositiveRole(input: RuleInput, after: number, language: ResolveLanguage): Role | null {
  const { tokens } = input;
  const { roleWords, rolePrepositions, appositiveDeterminers: determiners } = language;
  if (tokens[after]?.text !== ',') return null;
  const sentence = tokens[after]?.sentence;
  let end = after + 1;
  while (end < tokens.length && tokens[end]?.sentence === sentence && tokens[end]?.text !== ',' && !/^[.;:!?]$/.test(tokens[end]?.text ?? '') && end - after <= MAX_APPOSITIVE_TOKENS) end++;
  let first = after + 1;
  if (determiners.has(tokens[first]?.lower ?? '')) first++;
  let prep = first;
  while (prep < end && !rolePrepositions.has(tokens[prep]?.lower ?? '')) prep++;
  const titleTokens = tokens.slice(first, prep);
  const head = titleTokens.at(-1);
  if (!head || !roleWords.has(head.lower) || titleTokens.some((t) => t.pos === 'VERB')) return null;
  const title = join(input, titleTokens);
  const rest = tokens.slice(prep + 1, end);
  const affiliationTokens = determiners.has(rest[0]?.lower ?? '') ? rest.slice(1) : rest;
  return { title, affiliation: affiliationTokens.length > 0 ? join(input, affiliationTokens) : null };
}

function join(input: RuleInput, tokens: readonly Token[]): string {
  const a = tokens[0] as Token;
  const b = tokens[tokens.length - 1] as Token;
  return input.text.slice(a.start, b.end);
}
