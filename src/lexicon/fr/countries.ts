/**
 * Countries as French names them, with their demonyms (masculine singular; the inflector gives
 * the other forms). The canonical name is the English one of lexicon/en/countries.ts, so that a
 * country is one actor in the store whichever language an article is in: "britannique" and
 * "British" both give "United Kingdom". Data only.
 */
export interface FrenchCountry {
  /** the canonical (English) name */
  readonly name: string;
  /** French names: "Royaume-Uni", "Grande-Bretagne" */
  readonly names: readonly string[];
  /** masculine singular demonyms, lower-case: "britannique" */
  readonly demonyms: readonly string[];
}

const c = (name: string, names: string[], demonyms: string[]): FrenchCountry => ({ name, names, demonyms });

export const FRENCH_COUNTRIES: readonly FrenchCountry[] = [
  c('France', ['France'], ['français']), c('United Kingdom', ['Royaume-Uni', 'Grande-Bretagne', 'Angleterre', 'Londres'], ['britannique', 'anglais']),
  c('United States', ['États-Unis', 'Etats-Unis', 'Washington'], ['américain', 'états-unien']), c('Germany', ['Allemagne', 'Berlin'], ['allemand']),
  c('Russia', ['Russie', 'Moscou', 'Kremlin'], ['russe']), c('Ukraine', ['Ukraine', 'Kiev', 'Kyiv'], ['ukrainien']),
  c('Italy', ['Italie', 'Rome'], ['italien']), c('Spain', ['Espagne', 'Madrid'], ['espagnol']), c('Poland', ['Pologne', 'Varsovie'], ['polonais']),
  c('Belgium', ['Belgique', 'Bruxelles'], ['belge']), c('Switzerland', ['Suisse'], ['suisse']), c('Netherlands', ['Pays-Bas'], ['néerlandais']),
  c('China', ['Chine', 'Pékin'], ['chinois']), c('Japan', ['Japon', 'Tokyo'], ['japonais']), c('India', ['Inde'], ['indien']),
  c('Canada', ['Canada', 'Ottawa'], ['canadien']), c('Mexico', ['Mexique'], ['mexicain']), c('Brazil', ['Brésil'], ['brésilien']),
  c('Turkey', ['Turquie', 'Ankara'], ['turc']), c('Iran', ['Iran', 'Téhéran'], ['iranien']), c('Israel', ['Israël'], ['israélien']),
  c('Palestine', ['Palestine'], ['palestinien']), c('Egypt', ['Égypte', 'Egypte'], ['égyptien']), c('Algeria', ['Algérie', 'Alger'], ['algérien']),
  c('Morocco', ['Maroc', 'Rabat'], ['marocain']), c('Tunisia', ['Tunisie'], ['tunisien']), c('Lebanon', ['Liban'], ['libanais']),
  c('Syria', ['Syrie', 'Damas'], ['syrien']), c('Saudi Arabia', ['Arabie saoudite'], ['saoudien']), c('Qatar', ['Qatar'], ['qatari']),
  c('Sweden', ['Suède'], ['suédois']), c('Norway', ['Norvège'], ['norvégien']), c('Finland', ['Finlande'], ['finlandais']),
  c('Denmark', ['Danemark'], ['danois']), c('Austria', ['Autriche'], ['autrichien']), c('Greece', ['Grèce'], ['grec']),
  c('Portugal', ['Portugal'], ['portugais']), c('Romania', ['Roumanie'], ['roumain']), c('Hungary', ['Hongrie'], ['hongrois']),
  c('Czech Republic', ['République tchèque', 'Tchéquie'], ['tchèque']), c('Ireland', ['Irlande'], ['irlandais']),
  c('Estonia', ['Estonie'], ['estonien']), c('Latvia', ['Lettonie'], ['letton']), c('Lithuania', ['Lituanie'], ['lituanien']),
  c('Belarus', ['Biélorussie', 'Bélarus'], ['biélorusse']), c('Moldova', ['Moldavie'], ['moldave']), c('Georgia', ['Géorgie'], ['géorgien']),
  c('Australia', ['Australie'], ['australien']), c('South Korea', ['Corée du Sud', 'Séoul'], ['sud-coréen']),
  c('North Korea', ['Corée du Nord', 'Pyongyang'], ['nord-coréen']), c('South Africa', ['Afrique du Sud'], ['sud-africain']),
  c('Mali', ['Mali'], ['malien']), c('Senegal', ['Sénégal'], ['sénégalais']), c('Nigeria', ['Nigeria'], ['nigérian']),
];
