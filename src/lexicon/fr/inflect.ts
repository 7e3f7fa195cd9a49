/**
 * A small French inflector for reporting verbs: the third-person forms news uses (présent,
 * imparfait, passé simple) and the past participle in its four agreements.
 *
 *   déclarer → déclare, déclarent, déclarait, déclaraient, déclara, déclarèrent, déclaré(e)(s)
 *   annoncer → annonce, annonçait, annonça · juger → jugeait, jugea · répéter → répète
 *   rappeler → rappelle · avertir → avertit, avertissait, averti
 */
import type { FrenchReportingVerb } from './reporting-cues.js';

export type FrenchForm = 'present' | 'imperfect' | 'simple-past' | 'participle';

export interface InflectedForm {
  readonly word: string;
  readonly form: FrenchForm;
}

/** "annonc" + "a" → "annonça", "jug" + "a" → "jugea": keep the soft c and g before a and o. */
function soften(stem: string, ending: string): string {
  if (!/^[ao]/.test(ending)) return stem + ending;
  if (stem.endsWith('c')) return `${stem.slice(0, -1)}ç${ending}`;
  if (stem.endsWith('g')) return `${stem}e${ending}`;
  return stem + ending;
}

/** Before a silent ending the stem's last é opens ("répète") and -eler, -eter double ("rappelle"); "marteler" opens instead ("martèle"). */
function strongStem(stem: string): string {
  if (/é[^aeéèiouy]+$/.test(stem)) return stem.replace(/é([^aeéèiouy]+)$/, 'è$1');
  if (/(?:app|renouv)el$|jet$/.test(stem)) return stem + stem.at(-1);
  if (/e[lt]$/.test(stem) || /ev$/.test(stem)) return stem.replace(/e([ltv])$/, 'è$1');
  return stem;
}

function participles(participle: string): string[] {
  const base = participle.endsWith('s') ? participle : `${participle}s`;
  return [participle, `${participle}e`, base, `${participle}es`];
}

function forms(verb: FrenchReportingVerb): Array<[string, FrenchForm]> {
  if (verb.irregular) {
    const [third, thirdPlural, imperfectStem, simple, simplePlural, participle] = verb.irregular;
    return [
      [third, 'present'], [thirdPlural, 'present'],
      [`${imperfectStem}ait`, 'imperfect'], [`${imperfectStem}aient`, 'imperfect'],
      [simple, 'simple-past'], [simplePlural, 'simple-past'],
      ...participles(participle).map((p): [string, FrenchForm] => [p, 'participle']),
    ];
  }
  const stem = verb.lemma.slice(0, -2);
  if (verb.lemma.endsWith('ir')) {
    return [
      [`${stem}it`, 'present'], [`${stem}issent`, 'present'],
      [`${stem}issait`, 'imperfect'], [`${stem}issaient`, 'imperfect'],
      [`${stem}irent`, 'simple-past'],
      ...participles(`${stem}i`).map((p): [string, FrenchForm] => [p, 'participle']),
    ];
  }
  const strong = strongStem(stem);
  return [
    [`${strong}e`, 'present'], [`${strong}ent`, 'present'],
    [soften(stem, 'ait'), 'imperfect'], [soften(stem, 'aient'), 'imperfect'],
    [soften(stem, 'a'), 'simple-past'], [`${stem}èrent`, 'simple-past'],
    ...participles(`${stem}é`).map((p): [string, FrenchForm] => [p, 'participle']),
  ];
}

/** Every form of every verb, the first verb to claim a form keeping it. */
export function inflectAll(verbs: readonly FrenchReportingVerb[]): Map<string, { verb: FrenchReportingVerb; form: FrenchForm }> {
  const out = new Map<string, { verb: FrenchReportingVerb; form: FrenchForm }>();
  for (const verb of verbs) {
    for (const [word, form] of forms(verb)) if (!out.has(word)) out.set(word, { verb, form });
  }
  return out;
}

/** An adjective's four forms from its masculine singular: "français" → française, françaises; "britannique" → britanniques. */
export function adjectiveForms(masculine: string): string[] {
  if (masculine.endsWith('e')) return [masculine, `${masculine}s`];
  if (masculine.endsWith('s')) return [masculine, `${masculine}e`, `${masculine}es`];
  if (masculine.endsWith('c')) return [masculine, `${masculine}s`, `${masculine.slice(0, -1)}que`, `${masculine.slice(0, -1)}ques`];
  const feminine = /(?:ien|on)$/.test(masculine) ? `${masculine}ne` : `${masculine}e`;
  return [masculine, `${masculine}s`, feminine, `${feminine}s`];
}
