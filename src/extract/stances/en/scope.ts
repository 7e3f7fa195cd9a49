/**
 * Which parts of a content yield to others. "There is no consensus, but nothing should be
 * excluded": the clause before "but" is conceded, the one after is the speaker's point.
 * "Although A, B" concedes A up to its comma; "B, although A" concedes A to the sentence end.
 * A cue in a conceded part decides only when the point itself holds none.
 */
import { CONCESSIVE_OPENERS, CONTRAST_MARKERS } from '../../../lexicon/en/stance.js';
import { phrasePattern, sentencesIn, type Region } from './words.js';

const CONTRAST = phrasePattern(CONTRAST_MARKERS);
const CONCESSIVE = phrasePattern(CONCESSIVE_OPENERS);

export function concededRegions(folded: string, region: Region): Region[] {
  const conceded: Region[] = [];
  for (const sentence of sentencesIn(folded, region)) {
    let from = sentence.start;
    for (const found of matchesIn(CONTRAST, folded, sentence)) {
      // "not only … but also" and "not yet" are not contrasts
      if (/^but\s+also/.test(folded.slice(found.start)) || /\bnot\s+$/.test(folded.slice(from, found.start))) continue;
      if (found.start > from) conceded.push({ start: from, end: found.start });
      from = found.end;
    }
    for (const found of matchesIn(CONCESSIVE, folded, sentence)) {
      const before = folded.slice(sentence.start, found.start);
      const opensSentence = /^[\s"“«'(]*$/.test(before);
      if (opensSentence) {
        const comma = folded.indexOf(',', found.end);
        if (comma > 0 && comma < sentence.end) conceded.push({ start: found.start, end: comma });
      } else if (/,\s*$/.test(before) && found.text !== 'while') {
        conceded.push({ start: found.start, end: sentence.end });
      }
    }
  }
  return conceded;
}

export function isConceded(conceded: readonly Region[], offset: number): boolean {
  return conceded.some((r) => r.start <= offset && offset < r.end);
}

export function matchesIn(pattern: RegExp, folded: string, region: Region): Array<Region & { text: string }> {
  const found: Array<Region & { text: string }> = [];
  pattern.lastIndex = region.start;
  for (let m = pattern.exec(folded); m && m.index < region.end; m = pattern.exec(folded)) {
    if (m.index + m[0].length > region.end) break;
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return found;
}
