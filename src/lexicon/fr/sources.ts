/**
 * Nouns that make a French source anonymous ("une source proche du dossier", "un responsable"),
 * collective ("des experts", "l'entourage du président") or an organisation ("le ministère"), and
 * words that start sentences but never names. Data only.
 */
export const ANONYMOUS_SOURCE_NOUNS: readonly string[] = [
  'source', 'sources', 'responsable', 'responsables', 'diplomate', 'diplomates', 'conseiller', 'conseillers',
  'conseillère', 'conseillères', 'proche', 'proches', 'officiel', 'officiels', 'fonctionnaire', 'fonctionnaires',
  'interlocuteur', 'interlocuteurs', 'négociateur', 'négociateurs', 'cadre', 'cadres', 'collaborateur',
  'collaborateurs', 'collaboratrice', 'témoin', 'témoins', 'militaire', 'militaires', 'dirigeant', 'dirigeants',
];

export const GROUP_SOURCE_NOUNS: readonly string[] = [
  'entourage', 'experts', 'analystes', 'observateurs', 'opposants', 'critiques', 'manifestants', 'habitants',
  'électeurs', 'élus', 'députés', 'sénateurs', 'syndicats', 'partisans', 'alliés', 'chercheurs', 'économistes',
  'enquêteurs', 'autorités', 'médecins', 'salariés', 'riverains', 'associations', 'ong', 'capitales', 'pays',
  'européens', 'occidentaux', 'chancelleries',
];

export const ORGANIZATION_NOUNS: readonly string[] = [
  'ministère', 'gouvernement', 'présidence', 'élysée', 'commission', 'conseil', 'parlement', 'assemblée', 'sénat',
  'armée', 'état-major', 'ambassade', 'parti', 'mairie', 'préfecture', 'parquet', 'tribunal', 'cour', 'agence',
  'entreprise', 'groupe', 'syndicat', 'institut', 'université', 'journal', 'quotidien', 'chaîne', 'radio', 'hebdomadaire',
];

/** Heads that name an organisation with a name beside them: "le cabinet de Mme Durand", "l'équipe Martin". */
export const COLLECTIVE_HEADS: readonly string[] = ['cabinet', 'équipe', 'camp', 'gouvernement', 'parti', 'campagne', 'administration'];

/** Capitalised words that start sentences or headlines but never a name. */
export const NOT_NAME_WORDS: readonly string[] = [
  'Le', 'La', 'Les', "L'", 'L’', 'Un', 'Une', 'Des', 'Du', 'De', "D'", 'D’', 'Au', 'Aux', 'Ce', 'Cet', 'Cette', 'Ces',
  'Il', 'Elle', 'Ils', 'Elles', 'On', 'Nous', 'Vous', 'Je', "J'", 'J’', 'Son', 'Sa', 'Ses', 'Leur', 'Leurs', 'Mais',
  'Et', 'Ou', 'Donc', 'Car', 'Or', 'Si', 'Quand', 'Lorsque', 'Alors', 'Ainsi', 'Pour', 'Par', 'Avec', 'Sans', 'Dans',
  'En', 'Sur', 'Sous', 'Selon', "D'après", 'D’après', 'Après', 'Avant', 'Depuis', 'Pendant', 'Lors', 'Malgré',
  'Cependant', 'Pourtant', 'Toutefois', 'Néanmoins', 'Enfin', 'Puis', 'Ensuite', 'Aussi', 'Hier', "Aujourd'hui",
  'Aujourd’hui', 'Demain', 'Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche', 'Oui', 'Non',
  'Que', "Qu'", 'Qu’', 'Qui', 'Quoi', 'Comment', 'Pourquoi', 'Où', 'Tout', 'Tous', 'Toute', 'Toutes', 'Plusieurs',
  'Certains', 'Certaines', 'Chaque', 'Rien', 'Personne', 'Nul', 'Interrogé', 'Interrogée', 'Interrogés', 'Près',
  'Face', 'Contrairement', 'Concernant', 'Quant', 'Entre', 'Parmi', 'Vers', 'Chez', 'À', 'A', 'Ni',
];
