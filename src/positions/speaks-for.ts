/**
 * Whom an actor speaks for, so positions roll up from people to the countries and organisations
 * they represent: a foreign minister speaks for France; a researcher speaks only for themself.
 * Countries, organisations and outlets speak for themselves.
 */
import type { ActorKind, Role } from '../core/analysis.js';
import { SPEAKS_FOR_TITLE_WORDS } from '../lexicon/en/titles.js';

export function speaksFor(kind: ActorKind, name: string, roles: readonly Role[]): string | null {
  if (kind === 'country' || kind === 'organization' || kind === 'media') return name;
  if (kind !== 'person') return null;
  for (const role of roles) {
    if (!role.title || !role.affiliation) continue;
    const words = role.title.toLowerCase().split(/[\s-]+/);
    if (words.some((word) => SPEAKS_FOR_TITLE_WORDS.has(word))) return representedBody(role.affiliation);
  }
  return null;
}

/** "NATO’s Military Committee" speaks for NATO: the body before a possessive. */
function representedBody(affiliation: string): string {
  const possessive = /^(.+?)[’']s\s/.exec(affiliation);
  return possessive?.[1] ?? affiliation;
}
