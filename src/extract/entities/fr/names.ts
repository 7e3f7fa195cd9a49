/**
 * French capitalised names and what they name, from capitalisation and lexicons (no POS):
 *
 *   le ministre des Affaires étrangères Jean-Noël Barrot → person "Jean-Noël Barrot",
 *                                                          title "ministre des Affaires étrangères"
 *   la cheffe de la diplomatie britannique Ann Carter    → person, affiliation United Kingdom
 *   M. Dupont, Mme Leroy                                  → person (honorific peeled off)
 *   au Monde, la BBC, sur France Inter                    → media "Le Monde", "BBC", "France Inter"
 *   le Royaume-Uni                                        → country "United Kingdom" (canonical names are English)
 *   la Commission européenne, l'OTAN                      → organisation
 *   Selon, Mardi, Le (sentence openers)                  → nothing
 *
 * A lone capitalised word is kept as "unknown" so a later "Barrot a déclaré" joins the person.
 */
import type { Role } from '../../../core/analysis.js';
import { spanOf } from '../../../core/span.js';
import type { Sentence, Token } from '../../../nlp/tokens.js';
import { FRENCH_COUNTRIES } from '../../../lexicon/fr/countries.js';
import { adjectiveForms } from '../../../lexicon/fr/inflect.js';
import { MEDIA_OUTLETS } from '../../../lexicon/fr/media.js';
import { ORGANIZATION_ACRONYMS, ORGANIZATION_HEADS } from '../../../lexicon/fr/organizations.js';
import { NOT_NAME_WORDS } from '../../../lexicon/fr/sources.js';
import { HONORIFICS, ROLE_WORDS } from '../../../lexicon/fr/titles.js';
import type { NameKind, NameMention } from '../mention.js';

const COUNTRY_BY_NAME = new Map<string, string>();
const COUNTRY_BY_DEMONYM = new Map<string, string>();
for (const c of FRENCH_COUNTRIES) {
  for (const n of c.names) COUNTRY_BY_NAME.set(n, c.name);
  for (const d of c.demonyms.flatMap(adjectiveForms)) {
    COUNTRY_BY_DEMONYM.set(d, c.name);
    COUNTRY_BY_DEMONYM.set(d.charAt(0).toUpperCase() + d.slice(1), c.name);
  }
}
const ARTICLE = /^(?:Le|La|Les|L['’])\s*/;
const MEDIA = new Map<string, string>();
for (const m of MEDIA_OUTLETS) {
  MEDIA.set(m, m);
  // "au Monde", "du Figaro": the title without its article
  if (ARTICLE.test(m)) MEDIA.set(m.replace(ARTICLE, ''), m);
}
const ORG_HEADS = new Set(ORGANIZATION_HEADS);
const ORG_ACRONYMS = new Set(ORGANIZATION_ACRONYMS);
const NOT_NAME = new Set(NOT_NAME_WORDS);
const HONORIFIC = new Set(HONORIFICS);
/** Small words inside names: "Jean de La Fontaine", "Conseil de sécurité". */
const CONNECTORS = new Set(['de', 'du', 'des', 'la', 'le', "d'", 'd’', "l'", 'l’']);
/** How far before a name a title may start: "la cheffe de la diplomatie britannique Ann Carter". */
const MAX_TITLE_TOKENS = 7;

export function countryOfDemonym(word: string): string | undefined {
  return COUNTRY_BY_DEMONYM.get(word);
}

function capitalised(t: Token | undefined): boolean {
  return t !== undefined && /^\p{Lu}/u.test(t.text) && /\p{L}/u.test(t.text);
}

function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

function words(tokens: readonly Token[], a: number, b: number): string {
  let out = '';
  for (let k = a; k < b; k++) out += (k > a && !glued(tokens[k - 1], tokens[k]) ? ' ' : '') + (tokens[k] as Token).text;
  return out;
}

/** Capitalised runs, hyphens and initials glued inside ("Jean-Noël", "J.-M."), "de"/"la" between capitals. */
function runs(tokens: readonly Token[], s: Sentence): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = s.first;
  while (i < s.last) {
    if (!capitalised(tokens[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < s.last) {
      const t = tokens[j] as Token;
      if (capitalised(t) && !HONORIFIC.has(t.text)) j++;
      else if ((t.text === '-' || t.text === '.') && glued(tokens[j - 1], t) && glued(t, tokens[j + 1]) && capitalised(tokens[j + 1])) j += 2;
      else if (CONNECTORS.has(t.lower) && capitalised(tokens[j + 1]) && ORG_HEADS.has((tokens[i] as Token).text)) j++;
      else break;
    }
    out.push([i, j]);
    i = j;
  }
  return out;
}

/** "ministre des Affaires étrangères", "présidente de la Commission", "chercheur": a title ending right before `first`. */
function titleBefore(tokens: readonly Token[], s: Sentence, first: number): { start: number; role: Role } | null {
  let found = -1;
  for (let k = first - 1; k >= Math.max(s.first, first - MAX_TITLE_TOKENS); k--) {
    const t = tokens[k] as Token;
    if (t.pos === 'PUNCT' && t.text !== '-') break;
    if (ROLE_WORDS.has(t.lower) && !capitalised(t)) found = k;
  }
  if (found < 0) return null;
  let affiliation: string | null = null;
  for (let k = found; k < first; k++) affiliation ??= COUNTRY_BY_DEMONYM.get((tokens[k] as Token).text) ?? null;
  const title = words(tokens, found, first);
  return { start: found, role: { title, affiliation } };
}

function classify(tokens: readonly Token[], a: number, b: number, marked: boolean): { kind: NameKind; name: string } | null {
  const name = words(tokens, a, b);
  const media = MEDIA.get(name);
  if (media) return { kind: 'media', name: media };
  const country = COUNTRY_BY_NAME.get(name);
  if (country) return { kind: 'country', name: country };
  if (COUNTRY_BY_DEMONYM.has(name)) return null;
  const org = ORG_ACRONYMS.has(name) || tokens.slice(a, b).some((t) => ORG_HEADS.has(t.text)) || /^\p{Lu}{2,6}$/u.test(name);
  if (org) return { kind: 'organization', name };
  if (b - a >= 2 && b - a <= 6) return { kind: 'person', name };
  return { kind: marked ? 'person' : 'unknown', name };
}

export function findNames(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): NameMention[] {
  const out: NameMention[] = [];
  for (const s of sentences) {
    for (const [a, b] of runs(tokens, s)) {
      let start = a;
      const skipped = (t: Token): boolean => NOT_NAME.has(t.text) || CONNECTORS.has(t.lower) || HONORIFIC.has(t.text);
      while (start < b && skipped(tokens[start] as Token)) start++;
      if (start >= b) continue;
      // "Le Monde", "La Croix": an outlet keeps its article
      const whole = words(tokens, a, b);
      if (start > a && MEDIA.has(whole)) start = a;
      const honorific = HONORIFIC.has(tokens[start - 1]?.text ?? '');
      // "ministre des Affaires étrangères": a capital after "des" completes a title, it is no name
      const complement = CONNECTORS.has(tokens[a - 1]?.lower ?? '');
      // "ministre des Armées Paul Vernier": the run's first word completes the title, the rest is the name
      if (complement && b - start >= 3 && !ORG_HEADS.has((tokens[start] as Token).text)) start++;
      const title = honorific || (complement && start === a) ? null : titleBefore(tokens, s, start);
      const found = classify(tokens, start, b, honorific || title !== null);
      if (!found) continue;
      const person = found.kind === 'person';
      out.push({
        span: spanOf(text, (tokens[start] as Token).start, (tokens[b - 1] as Token).end),
        tokens: { first: start, last: b },
        full: { first: person && title ? title.start : honorific ? start - 1 : start, last: b },
        kind: found.kind,
        name: found.name,
        role: person && title ? title.role : null,
      });
    }
  }
  return out;
}
