/**
 * Capitalised names and what they name, from token runs and lexicons (wink-nlp has no person or
 * organisation recogniser):
 *
 *   French Foreign Minister Jean-Noël Barrot   → person "Jean-Noël Barrot", Foreign Minister, France
 *   the BBC                                    → media "BBC"
 *   French Institute of International Relations → organization
 *   Ukraine                                    → country
 *   Renewed Strategic Focus  (a heading line)  → nothing
 */
import type { Token, Sentence } from '../../../nlp/tokens.js';
import type { Role } from '../../../core/analysis.js';
import { spanOf } from '../../../core/span.js';
import { COUNTRIES } from '../../../lexicon/en/countries.js';
import { MEDIA_HEADS, MEDIA_OUTLETS } from '../../../lexicon/en/media.js';
import { EVENT_HEADS, ORGANIZATION_ACRONYMS, ORGANIZATION_HEADS } from '../../../lexicon/en/organizations.js';
import { HONORIFICS, NAME_SUFFIXES, ROLE_TITLES, TITLE_MODIFIERS } from '../../../lexicon/en/titles.js';
import { ANONYMOUS_SOURCE_NOUNS, GROUP_SOURCE_NOUNS, NOT_NAME_WORDS } from '../../../lexicon/en/sources.js';
import type { NameKind, NameMention } from '../mention.js';

const COUNTRY_BY_NAME = new Map<string, string>();
const COUNTRY_BY_DEMONYM = new Map<string, string>();
for (const c of COUNTRIES) {
  for (const n of [c.name, ...(c.aliases ?? [])]) COUNTRY_BY_NAME.set(n.replace(/^the /, ''), c.name);
  for (const d of c.demonyms) COUNTRY_BY_DEMONYM.set(d, c.name);
}
const MEDIA = new Map(MEDIA_OUTLETS.map((m) => [m.replace(/^The /, ''), m.replace(/^The /, '')]));
const MEDIA_HEAD_SET = new Set(MEDIA_HEADS);
/** Role titles grouped by word count, most words first, so the longest title is tried first. */
const TITLES_BY_LENGTH = groupByWordCount(ROLE_TITLES);
const TITLE_WORDS = new Set(ROLE_TITLES.flatMap((t) => t.split(' ')));
const HONORIFIC_SET = new Set(HONORIFICS);
const TITLE_MODIFIER_SET = new Set(TITLE_MODIFIERS);
const NAME_SUFFIX_SET = new Set(NAME_SUFFIXES);
/** events are read as organisations: never persons, and a forum speaks as its organiser */
const ORG_HEADS = new Set([...ORGANIZATION_HEADS, ...EVENT_HEADS]);
const ORG_ACRONYMS = new Set(ORGANIZATION_ACRONYMS);
const NOT_NAME = new Set(NOT_NAME_WORDS);
/** "Residents of the east bank", "Officials said": a capitalised source noun is no name. */
const SOURCE_NOUNS = new Set([...ANONYMOUS_SOURCE_NOUNS, ...GROUP_SOURCE_NOUNS]);
/** "of", "for", "on" join only organisation names and titles ("Council on Foreign Relations"),
 * never a name to what follows it ("Le Monde on Monday"), nor anything to a day or a month
 * ("the Halifax Security Forum on Saturday"). */
const ORG_CONNECTORS = new Set(['of', 'for', 'on']);
const CONNECTORS = new Set(['of', 'for', 'on', 'de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'bin', 'al', 'da', 'di', 'del']);

export function countryOfDemonym(word: string): string | undefined {
  return COUNTRY_BY_DEMONYM.get(word);
}

const UPPER_FIRST = /^\p{Lu}/u;

/**
 * Starts with an upper-case letter (which is also the letter a name needs). Runs for most tokens
 * several times, so ASCII, nearly all of them, is decided without the Unicode regex.
 */
function capitalised(t: Token): boolean {
  const code = t.text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER_FIRST.test(t.text);
}

/** A title word that is no outlet's last word: "Secretary of State" goes on, "Associated Press on Monday" does not. */
function titleWordBefore(t: Token | undefined): boolean {
  return t !== undefined && TITLE_WORDS.has(t.text) && !MEDIA_HEAD_SET.has(t.text);
}

function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Token runs that may be names: capitalised words, joined by hyphens and inner connectors. */
function runs(tokens: readonly Token[], s: Sentence): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = s.first;
  while (i < s.last) {
    if (!capitalised(tokens[i] as Token)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < s.last) {
      const t = tokens[j] as Token;
      if (capitalised(t)) j++;
      else if ((t.text === '-' || t.text === '.') && glued(tokens[j - 1], t) && glued(t, tokens[j + 1]) && capitalised(tokens[j + 1] as Token)) j += 2;
      else if (CONNECTORS.has(t.text) && tokens[j + 1] && capitalised(tokens[j + 1] as Token) && !NOT_NAME.has(tokens[j + 1]?.text ?? '') && (ORG_HEADS.has(tokens[j - 1]?.text ?? '') || titleWordBefore(tokens[j - 1]) || !ORG_CONNECTORS.has(t.text))) j++;
      else break;
    }
    out.push([i, j]);
    i = j;
  }
  return out;
}

function words(tokens: readonly Token[], a: number, b: number): string {
  let out = '';
  for (let k = a; k < b; k++) {
    const t = tokens[k] as Token;
    out += (k > a && !glued(tokens[k - 1], t) ? ' ' : '') + t.text;
  }
  return out;
}

function groupByWordCount(titles: readonly string[]): Array<[number, Set<string>]> {
  const byLength = new Map<number, Set<string>>();
  for (const t of titles) {
    const length = t.split(' ').length;
    byLength.set(length, (byLength.get(length) ?? new Set()).add(t));
  }
  return [...byLength].sort(([a], [b]) => b - a);
}

/**
 * The longest role title spelled by the tokens from `start` (at most up to `b`), its modifiers
 * included ("Former Secretary of State"), with its token count. A title of n words is compared
 * with the words of the next n tokens, so each length needs one lookup rather than one
 * comparison per title.
 */
function titleAt(tokens: readonly Token[], start: number, b: number): { title: string; length: number } | undefined {
  let at = start;
  while (at < b && TITLE_MODIFIER_SET.has(tokens[at]?.text ?? '')) at++;
  for (const [length, titles] of TITLES_BY_LENGTH) {
    if (titles.has(words(tokens, at, Math.min(b, at + length)))) return { title: words(tokens, start, at + length), length: at + length - start };
  }
  return undefined;
}

/**
 * A title inside a run, after words that say where or whom it serves, with a full name after
 * it: "Texas Sen. Ted Cruz", "AFL-CIO President Richard Trumka", "White House Press Secretary
 * Josh Earnest". Not a lone word after it ("Martin Luther King Jr.").
 */
function innerTitle(tokens: readonly Token[], a: number, b: number): { at: number; title: string; length: number } | undefined {
  for (let at = a + 1; at < b - 2; at++) {
    const found = titleAt(tokens, at, b);
    const rest = found ? b - at - found.length : 0;
    const first = found ? tokens[at + found.length] : undefined;
    if (found && rest >= 2 && rest <= 4 && first !== undefined && !NAME_SUFFIX_SET.has(first.text)) return { at, ...found };
  }
  return undefined;
}

/** Peels demonyms, titles and honorifics off the front of a run; `honorific` says one was there ("Mr. Welch"). */
function peel(tokens: readonly Token[], a: number, b: number): { start: number; role: Role | null; honorific: boolean } {
  let start = a;
  let title: string | null = null;
  let affiliation: string | null = null;
  let honorific = false;
  for (let guard = 0; guard < 4 && start < b; guard++) {
    const t = tokens[start] as Token;
    if (NOT_NAME.has(t.text) || HONORIFIC_SET.has(t.text)) {
      honorific ||= HONORIFIC_SET.has(t.text);
      start++;
      continue;
    }
    const demonym = COUNTRY_BY_DEMONYM.get(t.text);
    if (demonym && start + 1 < b) {
      affiliation = demonym;
      start++;
      continue;
    }
    const found = titleAt(tokens, start, b);
    if (found && start + found.length <= b) {
      title = found.title;
      start += found.length;
      continue;
    }
    break;
  }
  const inner = title === null ? innerTitle(tokens, start, b) : undefined;
  if (inner) {
    const where = words(tokens, start, inner.at);
    return { start: inner.at + inner.length, role: { title: inner.title, affiliation: COUNTRY_BY_DEMONYM.get(where) ?? COUNTRY_BY_NAME.get(where) ?? where }, honorific };
  }
  return { start, role: title || affiliation ? { title, affiliation } : null, honorific };
}

/** wink tags surnames that are English verbs as verbs ("Loretta Lynch", "Mr. Welch"); a verb's
 * -s, -ed and -ing forms stay verbs ("Trump Says"). */
function misTaggedSurname(t: Token): boolean {
  return t.pos === 'VERB' && !/(?:s|ed|ing)$/.test(t.lower);
}

/** `titled`: a title or an honorific came before, so the run names a person. */
function classify(tokens: readonly Token[], a: number, b: number, titled: boolean): { kind: NameKind; name: string } | null {
  const name = words(tokens, a, b);
  const media = MEDIA.get(name);
  if (media) return { kind: 'media', name: media };
  const country = COUNTRY_BY_NAME.get(name);
  if (country) return { kind: 'country', name: country };
  if (isMediaName(tokens, a, b)) return { kind: 'media', name };
  const last = tokens[b - 1] as Token;
  if (ORG_ACRONYMS.has(name) || ORG_HEADS.has(last.text) || isOrganization(tokens, a, b) || /^[A-Z]{2,6}$/.test(name)) return { kind: 'organization', name };
  if (COUNTRY_BY_DEMONYM.has(name) || (b - a === 1 && !titled && SOURCE_NOUNS.has(last.lower))) return null;
  // the first word may be mis-tagged ("Rob" as a verb), and the surname ("Loretta Lynch", after
  // a title any word but a verb's inflection: "Press Secretary Josh Earnest"); the rest must be proper nouns
  const middle = tokens.slice(a + 1, b - 1).every((t) => t.pos === 'PROPN' || t.text === '-' || t.text === '.' || CONNECTORS.has(t.text));
  const firstOk = tokens[a]?.pos === 'PROPN' || !NOT_NAME.has(tokens[a]?.text ?? '');
  const lastOk = last.pos === 'PROPN' || misTaggedSurname(last) || (titled && last.pos !== 'VERB');
  if (b - a >= 2 && b - a <= 5 && middle && firstOk && lastOk) return { kind: 'person', name };
  // "who" stands for people only: "Bekele, who leads the opposition, …" names a person
  const relativeWho = tokens[b]?.text === ',' && tokens[b + 1]?.lower === 'who';
  if (b - a === 1 && (titled || last.pos === 'PROPN')) return { kind: titled || relativeWho ? 'person' : 'unknown', name };
  return null;
}

/**
 * An outlet the lexicon lacks, by its last word: "Eastmere Gazette", "Northern Wire", "Kyodo News
 * Agency", and a lone head after "the" ("the Post has learned").
 */
function isMediaName(tokens: readonly Token[], a: number, b: number): boolean {
  const last = tokens[b - 1]?.text ?? '';
  const head = MEDIA_HEAD_SET.has(last) || (last === 'Agency' && b - a >= 2 && MEDIA_HEAD_SET.has(tokens[b - 2]?.text ?? ''));
  if (!head) return false;
  return b - a >= 2 || tokens[a - 1]?.lower === 'the';
}

/** A run with an organisation head anywhere ("French Institute of International Relations"). */
function isOrganization(tokens: readonly Token[], a: number, b: number): boolean {
  if (b - a < 2) return false;
  for (let k = a; k < b; k++) if (ORG_HEADS.has(tokens[k]?.text ?? '') && !TITLE_WORDS.has(tokens[k]?.text ?? '')) return true;
  return false;
}

function isHeading(tokens: readonly Token[], s: Sentence): boolean {
  const last = tokens[s.last - 1] as Token;
  return !/[.!?:”"…]$/.test(last.text) && tokens.slice(s.first, s.last).every((t) => capitalised(t) || t.pos !== 'VERB');
}

export function findNames(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): NameMention[] {
  const out: NameMention[] = [];
  for (const s of sentences) {
    if (isHeading(tokens, s)) continue;
    for (const [a, b] of runs(tokens, s)) {
      const whole = words(tokens, a, b).replace(/^The /, '');
      const keepWhole = MEDIA.has(whole) || isMediaName(tokens, a, b) || isOrganization(tokens, a, b);
      const peeled = keepWhole ? { start: tokens[a]?.text === 'The' ? a + 1 : a, role: null, honorific: false } : peel(tokens, a, b);
      const role = peeled.role;
      let start = peeled.start;
      while (start < b && CONNECTORS.has(tokens[start]?.text ?? '')) start++;
      if (start >= b) continue;
      const found = classify(tokens, start, b, role?.title != null || peeled.honorific);
      if (!found) continue;
      const first = tokens[start] as Token;
      const lastTok = tokens[b - 1] as Token;
      out.push({
        span: spanOf(text, first.start, lastTok.end),
        tokens: { first: start, last: b },
        full: { first: a, last: b },
        kind: found.kind,
        name: found.name,
        role: found.kind === 'person' ? role : null,
      });
    }
  }
  return out;
}
