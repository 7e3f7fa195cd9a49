/**
 * French roles and titles, lower-case as French writes them ("le ministre des Affaires
 * étrangères Jean-Noël Barrot", "la présidente de la Commission"), and honorifics. Data only.
 */
export const ROLE_NOUNS: readonly string[] = [
  'ministre', 'président', 'présidente', 'premier ministre', 'première ministre', 'porte-parole', 'chef', 'cheffe',
  'secrétaire', 'secrétaire général', 'secrétaire générale', 'ambassadeur', 'ambassadrice', 'envoyé', 'envoyée',
  'général', 'amiral', 'colonel', 'commandant', 'directeur', 'directrice', 'chercheur', 'chercheuse', 'analyste',
  'expert', 'experte', 'professeur', 'professeure', 'économiste', 'historien', 'historienne', 'député', 'députée',
  'sénateur', 'sénatrice', 'maire', 'élu', 'élue', 'candidat', 'candidate', 'dirigeant', 'dirigeante',
  'responsable', 'conseiller', 'conseillère', 'avocat', 'avocate', 'juge', 'procureur', 'procureure', 'fondateur',
  'fondatrice', 'patron', 'patronne', 'rédacteur', 'rédactrice', 'journaliste', 'correspondant', 'correspondante',
  'éditorialiste', 'militant', 'militante', 'membre', 'commissaire', 'chancelier', 'chancelière', 'roi', 'reine',
  'pape', 'président-directeur', 'délégué', 'déléguée', 'coordinateur', 'coordinatrice', 'vice-président',
  'vice-présidente', 'haut-représentant', 'diplomate', 'négociateur', 'négociatrice', 'spécialiste', 'politologue',
  'sociologue', 'médecin', 'syndicaliste', 'préfet', 'préfète', 'chef de la diplomatie', 'chef de l’État', "chef de l'État",
];

/** Honorifics mark a person but are no role: "M. Dupont", "Mme Leroy". */
export const HONORIFICS: readonly string[] = ['M.', 'MM.', 'Mme', 'Mmes', 'Mlle', 'Me', 'Dr', 'Pr', 'Mgr'];

/** Every word of a role, lower-case, the small words left out. */
export const ROLE_WORDS: ReadonlySet<string> = new Set(
  ROLE_NOUNS.flatMap((r) => r.split(' ')).filter((w) => !['de', 'la', 'le', "l'", 'l’', 'des', 'du'].includes(w)),
);
