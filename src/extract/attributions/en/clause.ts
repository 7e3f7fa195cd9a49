/**
 * Where reported content starts and ends around a cue.
 *
 *   He underscored the importance of X, warning that every advance …
 *                  ^^^^^^^^^^^^^^^^^^^^ content ends before a participial cue
 *   … told Le Monde on Tuesday that talks are ongoing.
 *      ^^^^^^^^^^^^^^^^^^^^^^^ addressee and adverbials are skipped before content
 */
import type { Sentence, Token } from '../../../nlp/tokens.js';
import { ADVERBIAL_PREPOSITIONS, GERUND_PREPOSITIONS, TIME_WORDS } from '../../../lexicon/en/grammar.js';
import { REPORTING_NOUNS } from '../../../lexicon/en/reporting-cues.js';
import type { RuleInput } from '../input.js';
import type { Setting, TokenRange } from '../candidate.js';
import { phraseAfter } from './noun-phrase.js';

const SETTING_NOUNS = new Set(REPORTING_NOUNS.flatMap((n) => n.split(' ').slice(-1)));
/** Sets, not array literals: settingAt runs at many tokens of a sentence. */
const SETTING_PREPOSITIONS = new Set(['in', 'during', 'at', 'on', 'via']);
const ADDRESSEE_LINKS = new Set(['with', 'to', 'on', 'for', 'by']);

/** "The Long Road Home": every word capitalised and no sentence punctuation — a title, not speech. */
export function isTitle(words: string): boolean {
  const list = words.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return list.length > 1 && !/[.!?,;]$/.test(words) && list.every((w) => /^\p{Lu}/u.test(w) || ['a', 'an', 'the', 'of', 'and', 'in', 'on', 'to', 'for', 'at'].includes(w));
}

export function isSentenceEnd(t: Token | undefined): boolean {
  return t === undefined || /^[.!?…]+$/.test(t.text);
}

/** "in/during/at (a|an|the|his …) … interview|statement … (with|to|on) X" starting at `k`. */
export function settingAt(input: RuleInput, k: number, limit: number): Setting | null {
  const t = input.tokens[k];
  if (!t || !SETTING_PREPOSITIONS.has(t.lower)) return null;
  for (let m = k + 1; m < Math.min(limit, k + 7); m++) {
    const w = input.tokens[m] as Token;
    if (SETTING_NOUNS.has(w.lower)) {
      let last = m + 1;
      let addressee: TokenRange | null = null;
      const link = input.tokens[last];
      if (link && ADDRESSEE_LINKS.has(link.lower)) {
        addressee = phraseAfter(input.tokens, last + 1, limit);
        if (addressee) last = addressee.last;
      }
      return { first: k, last, addressee };
    }
    if (w.pos === 'VERB' || w.pos === 'PUNCT') return null;
  }
  return null;
}

/** Skips adverbials after a cue ("on Tuesday", "in a statement", "last week", "again"). */
export function skipAdverbials(input: RuleInput, k: number, limit: number, settings: Setting[]): number {
  let m = k;
  for (let guard = 0; guard < 6 && m < limit; guard++) {
    const t = input.tokens[m] as Token;
    const setting = settingAt(input, m, limit);
    if (setting) {
      settings.push(setting);
      m = setting.last;
      continue;
    }
    if (t.pos === 'ADV' && !['so', 'not', 'how', 'why', 'when', 'where'].includes(t.lower)) {
      m++;
      continue;
    }
    if (TIME_WORDS.has(t.lower) || (t.pos === 'PROPN' && TIME_WORDS.has(t.lower))) {
      m++;
      continue;
    }
    if (ADVERBIAL_PREPOSITIONS.has(t.lower) && m + 1 < limit) {
      const phrase = phraseAfter(input.tokens, m + 1, limit);
      const head = phrase ? input.tokens[phrase.last - 1] : undefined;
      if (phrase && head && (TIME_WORDS.has(head.lower) || /^\d/.test(head.text) || head.lower === 'reporters' || t.lower === 'to')) {
        m = phrase.last;
        continue;
      }
    }
    break;
  }
  return skipShortChunk(input, m, limit);
}

/** "said Thursday on Twitter, “…”": a short verbless stretch before a comma or colon and a
 * quote, or before "that", is an adverbial too. */
/** How long a verbless stretch between a cue and its content may be. */
const MAX_CHUNK_TOKENS = 12;

function skipShortChunk(input: RuleInput, k: number, limit: number): number {
  // ", among other things, that …": a parenthetical chunk between commas
  if (input.tokens[k]?.text === ',') {
    const inner = skipShortChunk(input, k + 1, limit);
    if (inner > k + 1 && input.tokens[inner]?.text === ',' && input.tokens[inner + 1]?.lower === 'that') return inner + 1;
    if (inner > k + 1 && input.tokens[inner]?.lower === 'that') return inner;
    return k;
  }
  for (let m = k; m < Math.min(limit, k + MAX_CHUNK_TOKENS); m++) {
    const t = input.tokens[m] as Token;
    if (t.pos === 'VERB' || t.pos === 'AUX' || input.inQuote[m]) return k;
    // before "that" only a prepositional or time adverbial, never an object ("a consensus that")
    if (t.lower === 'that' && m > k) return ADVERBIAL_PREPOSITIONS.has(input.tokens[k]?.lower ?? '') || TIME_WORDS.has(input.tokens[k]?.lower ?? '') ? m : k;
    if ((t.text === ',' || t.text === ':') && m > k) {
      const next = input.tokens[m + 1];
      return (next && input.quoteOpeningAt.has(next.start)) || next?.lower === 'that' ? m : k;
    }
    if (t.pos === 'PUNCT') return k;
  }
  return k;
}

/**
 * True when tokens from k look like a finite clause: a subject then a finite verb within a few
 * words ("the plan failed"), not a noun phrase with an infinitive ("the need to act").
 */
export function looksLikeClause(input: RuleInput, k: number, limit: number): boolean {
  const { tokens } = input;
  for (let m = k + 1; m < Math.min(limit, k + 12); m++) {
    const t = tokens[m] as Token;
    if (/^["“”'«»]$/.test(t.text)) continue;
    // a complement or relative clause inside a noun phrase ("a consensus that X is …"), unless
    // the word before is a cue verb wink took for a noun ("those revelations show that …")
    if (t.lower === 'that' || t.pos === 'SCONJ') return m > k + 1 && input.cues.has(tokens[m - 1]?.lower ?? '');
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      const prev = tokens[m - 1] as Token;
      // gerunds and infinitives sit inside noun phrases ("voters passing by", "the need to act")
      if (prev.lower === 'to' || (t.lower.endsWith('ing') && prev.pos !== 'AUX')) continue;
      return true;
    }
    if (t.pos === 'PUNCT' && t.text !== '-' && t.text !== '’' && t.text !== "'") return false;
  }
  return false;
}

function startsCue(input: RuleInput, m: number): boolean {
  let k = m;
  while (input.tokens[k]?.pos === 'ADV') k++;
  const t = input.tokens[k];
  const entry = t ? input.cues.get(t.lower) : undefined;
  return t !== undefined && entry !== undefined && entry.form !== 'base' && entry.form !== 'participle' && t.pos === 'VERB';
}

/** A participial cue opening a new attribution after a comma: ", warning that …", ", saying …". */
export function isParticipialCue(input: RuleInput, m: number): boolean {
  const t = input.tokens[m];
  const entry = t ? input.cues.get(t.lower) : undefined;
  if (!t || entry?.form !== 'participle') return false;
  const next = input.tokens[m + 1];
  return t.pos === 'VERB' || next?.lower === 'that' || (next !== undefined && input.quoteOpeningAt.has(next.start));
}

/** Cuts a trailing setting ("… during a 23 November interview with the BBC") off content. */
export function trailingSetting(input: RuleInput, first: number, last: number): Setting | null {
  for (let m = first + 1; m < last; m++) {
    if (input.inQuote[m]) continue;
    const setting = settingAt(input, m, last);
    if (setting && setting.last >= last - 1) return setting;
  }
  return null;
}

/**
 * End (token index, exclusive) of the clause starting at k: the sentence end, a semicolon, or
 * a comma that introduces a participial cue (", warning that …") or a new attribution.
 */
export function clauseEnd(input: RuleInput, sentence: Sentence, k: number): number {
  for (let m = k; m < sentence.last; m++) {
    const t = input.tokens[m] as Token;
    if (input.inQuote[m]) continue;
    if (t.text === ';') return m;
    // "said it was early but added that …": a coordinated cue starts a new attribution
    if ((t.lower === 'and' || t.lower === 'but') && startsCue(input, m + 1)) return m;
    // "distanced himself by saying …": the gerund cue starts an attribution of its own
    if (GERUND_PREPOSITIONS.has(t.lower) && m > k && isParticipialCue(input, m + 1)) return m;
    if (t.text === ',') {
      if (isParticipialCue(input, m + 1)) return m;
      const next = input.tokens[m + 1];
      if (next && next.lower === 'according' && input.tokens[m + 2]?.lower === 'to') return m;
    }
  }
  return sentence.last;
}
