/**
 * Turns a language's reporting-verb list into a lookup from every word form to its verb,
 * built once per lexicon.
 */
import { pastForm, presentParticiple, thirdPerson } from '../../lexicon/en/inflect.js';
import { REPORTING_VERBS, type ReportingVerb } from '../../lexicon/en/reporting-cues.js';

export type VerbForm = 'base' | 'third' | 'past' | 'participle';

export interface CueEntry {
  readonly verb: ReportingVerb;
  readonly form: VerbForm;
}

export type CueLexicon = ReadonlyMap<string, CueEntry>;

function formOf(word: string, verb: ReportingVerb): VerbForm {
  if (word.endsWith('ing')) return 'participle';
  if (word === thirdPerson(verb.base) || (word.endsWith('s') && word !== verb.base)) return 'third';
  return 'past';
}

export function buildCueLexicon(verbs: readonly ReportingVerb[]): CueLexicon {
  const map = new Map<string, CueEntry>();
  for (const verb of verbs) {
    const forms = verb.irregular
      ? [verb.base, ...verb.irregular]
      : [verb.base, thirdPerson(verb.base), pastForm(verb.base), presentParticiple(verb.base)];
    for (const word of forms) {
      if (verb.ambiguous?.includes(word)) continue;
      if (!map.has(word)) map.set(word, { verb, form: word === verb.base ? 'base' : formOf(word, verb) });
    }
    // irregular lists name the past forms; the regular -s and -ing forms still apply
    if (verb.irregular) {
      for (const word of [thirdPerson(verb.base), presentParticiple(verb.base)]) {
        if (verb.ambiguous?.includes(word)) continue;
        if (!map.has(word)) map.set(word, { verb, form: formOf(word, verb) });
      }
    }
  }
  return map;
}

/** English's lexicon, built once: the English rules, the role tagger's features and the resolvers read it. */
export const ENGLISH_CUES: CueLexicon = buildCueLexicon(REPORTING_VERBS);
