/**
 * The French cue lexicon: every inflected form of the French reporting verbs, behind the same
 * CueLexicon contract as English. Finite forms (présent, imparfait, passé simple) count as
 * "third", participles ("déclaré", used after "a" or in "a-t-il déclaré") as "past".
 */
import { inflectAll } from '../../../lexicon/fr/inflect.js';
import { FRENCH_REPORTING_VERBS } from '../../../lexicon/fr/reporting-cues.js';
import type { CueEntry, CueLexicon } from '../cue-lexicon.js';

export function buildFrenchCueLexicon(): CueLexicon {
  const out = new Map<string, CueEntry>();
  for (const [word, { verb, form }] of inflectAll(FRENCH_REPORTING_VERBS)) {
    out.set(word, { verb: { base: verb.lemma }, form: form === 'participle' ? 'past' : 'third' });
  }
  return out;
}
