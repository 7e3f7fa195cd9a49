/**
 * The French dates locale: chrono's French parser (chrono.fr) with the words that frame French
 * dates. "le 23 novembre" (chrono reads "23 novembre"), "mardi", "mardi dernier", "hier", "la
 * semaine dernière". French month and weekday names are lower-case, so the English rule that
 * rejects lower-case calendar words has no French counterpart.
 */
import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import type { CalendarDay } from '../calendar.js';
import { isNow, lacksCalendarComponent, numericWithoutYear } from '../keep-date-mentions.js';
import { localNoon, type DateLocale } from '../locale.js';

/** forwardDate off, as in English: news reports the past, so "mars" is not next March. */
function parse(text: string, reference: CalendarDay): ParsedResult[] {
  return chrono.fr.parse(text, localNoon(reference), { forwardDate: false });
}

export const FRENCH_DATES: DateLocale = {
  parse,
  leading: /^(?:[\s,;:–—-]+|(?:le|dès|depuis|depuis le|avant le|après le|jusqu['’]au|au|du|en|à|de|d['’]|dans|pendant|vers)\s+)+/i,
  trailing: /[\s,;:–—-]+$/,
  cues: {
    // "se réunira mardi", "prévue le 3 décembre", "d'ici à la semaine prochaine"
    futureBefore: /\b(?:va|vont|doit|doivent|devra|devront|sera|seront|aura|auront|prévue?s?|programmée?s?|attendue?s?)(?![\p{L}])/iu,
    futureWithin: /(?:prochaine?|demain|dans\s)/i,
    irrealisBefore: /\b(?:pourrait|pourraient|devrait|devraient|voudrait|souhaite|souhaitent|espère|si|objectif|cible)\b/i,
    limitJustBefore: /(?:d['’]ici(?: à)?|jusqu['’]à|avant)$/i,
  },
  rejectRules: [
    {
      id: 'no-calendar-component',
      rejects: ['Le rendez-vous est fixé à 15 heures.'],
      keeps: ['Ils se sont rencontrés le 3 mai.'],
      test: lacksCalendarComponent,
    },
    {
      id: 'now',
      rejects: ['Il peut maintenant partir.'],
      keeps: ["Il peut partir aujourd'hui."],
      test: isNow,
    },
    {
      id: 'numeric-without-year',
      rejects: ['Ils ont perdu 3 000 soldats le 9/11.'],
      keeps: ['Ils ont perdu 3 000 soldats le 9/11/2001.'],
      test: numericWithoutYear,
    },
  ],
  // "la semaine dernière", "le week-end", "ce week-end" name a span of days
  weekUnit: /(?:semaine|week-end)/i,
  weekdayModifier: /(?:dernier|dernière|prochain|prochaine)/i,
  pastWord: null,
  futureWord: null,
};
