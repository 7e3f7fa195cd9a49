/**
 * Which stored actor an actor of a new article is, when no exact name key settles it: the
 * rules that keep "Barrot" with Jean-Noël Barrot but Bill Clinton apart from Hillary Clinton.
 * Pure, so every store implementation decides identity the same way.
 */
import type { ActorKind, Role } from '../../core/analysis.js';
import { givenNamesAgree, normalizeName, personName } from './name-key.js';

/** Article-scoped kinds: "officials" or "a source close to the talks" in two articles are not known to be the same people. */
export const ARTICLE_SCOPED_KINDS: ReadonlySet<ActorKind> = new Set(['anonymous', 'group']);

export interface ActorProfile {
  readonly name: string;
  readonly kind: ActorKind;
  readonly roles: readonly Role[];
}

export interface StoredCandidate extends ActorProfile {
  /** the store's handle for the actor */
  readonly ref: number;
  /** how many articles mention it: the more prominent namesake wins a tie */
  readonly articles: number;
}

/** The key under which an exact name form is filed: kind and normalised name. */
export function nameKey(kind: ActorKind, name: string): string {
  return `${kind}:${normalizeName(name)}`;
}

/** The surname under which a person is filed for fuzzy lookup; null for other kinds. */
export function surnameOf(actor: ActorProfile): string | null {
  return actor.kind === 'person' ? (personName(actor.name)?.surname ?? null) : null;
}

/**
 * Picks the candidate (persons sharing the surname) that `actor` is, or null for a new actor.
 * Candidates whose first name or affiliation contradicts are out; of the rest, the one whose
 * roles agree most, then the most prominent. A bare surname with two agreeing namesakes and no
 * role to choose between them goes to the more prominent, as a reader would read it.
 */
export function matchPerson(actor: ActorProfile, candidates: readonly StoredCandidate[]): StoredCandidate | null {
  const name = personName(actor.name);
  if (name === null) return null;
  let best: StoredCandidate | null = null;
  let bestScore = -1;
  for (const candidate of candidates) {
    const other = personName(candidate.name);
    if (other === null || other.surname !== name.surname) continue;
    if (!givenNamesAgree(name.given, other.given)) continue;
    if (affiliationsConflict(actor.roles, candidate.roles)) continue;
    const score = roleAgreement(actor.roles, candidate.roles);
    if (score > bestScore || (score === bestScore && best !== null && candidate.articles > best.articles)) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

function affiliations(roles: readonly Role[]): Set<string> {
  return new Set(roles.flatMap((role) => (role.affiliation ? [normalizeName(role.affiliation)] : [])));
}

function titles(roles: readonly Role[]): Set<string> {
  return new Set(roles.flatMap((role) => (role.title ? [normalizeName(role.title)] : [])));
}

/** Both sides name affiliations and none is shared: a French minister is not a US senator. */
function affiliationsConflict(a: readonly Role[], b: readonly Role[]): boolean {
  const mine = affiliations(a);
  const theirs = affiliations(b);
  if (mine.size === 0 || theirs.size === 0) return false;
  for (const affiliation of mine) if (theirs.has(affiliation)) return false;
  return true;
}

function roleAgreement(a: readonly Role[], b: readonly Role[]): number {
  const count = (mine: Set<string>, theirs: Set<string>) => [...mine].filter((x) => theirs.has(x)).length;
  return count(titles(a), titles(b)) * 2 + count(affiliations(a), affiliations(b));
}

/** The fuller of two names for one actor: more words, then more letters ("Barrot" → "Jean-Noël Barrot"). */
export function fullerName(current: string, seen: string): string {
  const words = (name: string) => normalizeName(name).split(' ').length;
  if (words(seen) !== words(current)) return words(seen) > words(current) ? seen : current;
  return seen.length > current.length ? seen : current;
}
