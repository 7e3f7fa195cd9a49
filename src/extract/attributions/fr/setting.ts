/**
 * Settings that name whom a statement was made to, in French:
 *
 *   dans un entretien au Figaro · lors d'une interview à la BBC · sur France Inter ·
 *   au micro de RTL · dans un communiqué · à l'antenne de France Info
 *
 * Not: "sur le dossier" (no outlet or name after "sur"), "dans la capitale".
 */
import type { Token } from '../../../nlp/tokens.js';
import type { Setting } from '../candidate.js';
import type { RuleInput } from '../input.js';
import { phraseAfter } from './words.js';

const SETTING_NOUNS = new Set(['entretien', 'interview', 'communiqué', 'déclaration', 'conférence', 'tribune', 'message', 'discours', 'émission', 'lettre', 'courrier', 'vidéo', 'post', 'tweet']);
const OPENERS = new Set(['dans', 'lors', 'pendant', 'durant']);
const LINKS = new Set(['à', 'au', 'aux', 'avec', 'de', 'du', 'sur']);
const ON_AIR = new Set(['micro', 'antenne', 'plateau']);

function capitalised(t: Token | undefined): boolean {
  return t !== undefined && /^\p{Lu}/u.test(t.text);
}

/** "sur France Inter", "au micro de RTL": a broadcast named right away. */
function onAir(input: RuleInput, k: number, limit: number): Setting | null {
  const { tokens } = input;
  const t = tokens[k];
  if (t?.lower === 'sur' && capitalised(tokens[k + 1])) {
    const outlet = phraseAfter(input, k + 1, limit);
    return outlet ? { first: k, last: outlet.last, addressee: outlet } : null;
  }
  const noun = ["l'", 'l’'].includes(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
  if ((t?.lower === 'au' || t?.lower === 'à') && ON_AIR.has(tokens[noun]?.lower ?? '')) {
    const link = noun + 1;
    if (tokens[link]?.lower !== 'de' && tokens[link]?.lower !== 'du') return null;
    const outlet = phraseAfter(input, link + 1, limit);
    return outlet ? { first: k, last: outlet.last, addressee: outlet } : null;
  }
  return null;
}

export function settingAt(input: RuleInput, k: number, limit: number): Setting | null {
  const { tokens } = input;
  if (!OPENERS.has(tokens[k]?.lower ?? '')) return onAir(input, k, limit);
  for (let m = k + 1; m < Math.min(limit, k + 5); m++) {
    if (!SETTING_NOUNS.has(tokens[m]?.lower ?? '')) continue;
    let last = m + 1;
    while (last < limit && !LINKS.has(tokens[last]?.lower ?? '') && last - m < 3 && tokens[last]?.pos !== 'PUNCT') last++;
    if (!LINKS.has(tokens[last]?.lower ?? '')) return { first: k, last: m + 1, addressee: null };
    // "à la BBC", "au Figaro", "accordé à l'AFP"
    let start = last + 1;
    while (['la', "l'", 'l’', 'le'].includes(tokens[start]?.lower ?? '') && capitalised(tokens[start + 1])) start++;
    const addressee = capitalised(tokens[start]) ? phraseAfter(input, start, limit) : null;
    return addressee ? { first: k, last: addressee.last, addressee } : { first: k, last: m + 1, addressee: null };
  }
  return null;
}
