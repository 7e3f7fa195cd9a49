/**
 * Outlets as French text names them. Outlet names do not change with the language, so the list
 * is the English one plus French titles it lacks; "au Monde", "du Figaro" drop the article, so
 * the name without "Le"/"La"/"Les" is an alias (French capitalises "Monde" only as the title).
 * Data only.
 */
import { MEDIA_OUTLETS as OUTLETS, type OutletKind } from '../en/media.js';

export const MEDIA_OUTLETS: readonly string[] = [
  ...OUTLETS, 'Le Journal du dimanche', 'JDD', 'Les Échos', "L'Humanité", 'L’Humanité', "L'Obs", 'L’Obs', 'Marianne',
  'Le Canard enchaîné', 'La Tribune', 'Le Soir', 'La Libre Belgique', 'Le Temps', 'RTBF', 'RTS', 'Radio-Canada',
  'La Presse', 'Le Devoir', 'TV5Monde', 'Arte', 'France Culture', 'France Télévisions', 'BFM', 'CNews', 'M6',
];

/** Nouns that refer back to an outlet named before ("le journal a révélé"), with the kinds they fit. */
export const OUTLET_NOUNS: Readonly<Record<string, readonly OutletKind[]>> = {
  journal: ['newspaper'], quotidien: ['newspaper'], hebdomadaire: ['newspaper', 'magazine'], magazine: ['magazine'],
  chaîne: ['broadcaster'], radio: ['broadcaster'], site: ['website'],
};
