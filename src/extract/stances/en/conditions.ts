/**
 * Conditions and deterrents attached to a position, with their phrase normalised:
 *   "would depend on a ceasefire"                        → condition "a ceasefire"
 *   "depend on specific conditions, such as a ceasefire agreement" → condition "a ceasefire agreement"
 *   "only after a ceasefire", "not without a UN mandate" → condition "a ceasefire", "a UN mandate"
 *   "were it not for the risk of nuclear escalation by Russia" → deterrent "risk of nuclear escalation"
 * The phrase runs from the marker to the end of its clause. A deterrent names a risk, so its
 * "the" and the agent after "by" go ("by Russia" says who, not what). Not conditions: "even if",
 * "as if", "if necessary", "as long as necessary", "once again".
 */
import { CONDITION_END, CONDITION_MARKERS, DETERRENT_NOUNS } from '../../../lexicon/en/stance.js';
import { matchesIn } from './scope.js';
import { phrasePattern, type Region } from './words.js';

export interface FoundCondition {
  readonly start: number;
  readonly end: number;
  /** where the marker ends and the phrase begins */
  readonly phraseStart: number;
  readonly phrase: string;
  readonly kind: 'condition' | 'deterrent';
}

const MARKERS = CONDITION_MARKERS.map((marker) => ({ ...marker, regex: phrasePattern([marker.pattern]) }));
const END = new RegExp(CONDITION_END, 'u');

export function findConditions(text: string, folded: string, region: Region): FoundCondition[] {
  const found: FoundCondition[] = [];
  for (const { regex, kind } of MARKERS) {
    for (const marker of matchesIn(regex, folded, region)) {
      if (found.some((f) => f.start <= marker.start && marker.start < f.phraseStart)) continue;
      const condition = conditionAfter(text, folded, marker, region, kind);
      if (condition) found.push(condition);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function conditionAfter(text: string, folded: string, marker: Region, region: Region, kind: FoundCondition['kind']): FoundCondition | null {
  const rest = folded.slice(marker.end, region.end);
  const stop = END.exec(rest);
  let end = marker.end + (stop ? stop.index : rest.length);
  while (end > marker.end && /\s/.test(text[end - 1] ?? '')) end--;
  let phraseStart = marker.end;
  while (phraseStart < end && /\s/.test(text[phraseStart] ?? '')) phraseStart++;
  let phrase = text.slice(phraseStart, end).replace(/\s+/g, ' ').replace(/^that /i, '');
  if (kind === 'deterrent') phrase = deterrentPhrase(phrase);
  if (!/[\p{L}\p{N}]/u.test(phrase)) return null;
  return { start: marker.start, end, phraseStart, phrase, kind };
}

function deterrentPhrase(phrase: string): string {
  const words = phrase.split(' ');
  if (words[0]?.toLowerCase() === 'the' && DETERRENT_NOUNS.has(words[1]?.toLowerCase() ?? '')) words.shift();
  // the agent: "by Russia", "by the Kremlin", "from Moscow"
  return words.join(' ').replace(/\s+(?:by|from)\s+(?:the\s+)?\p{Lu}[\p{L}\s'’-]*$/u, '');
}
