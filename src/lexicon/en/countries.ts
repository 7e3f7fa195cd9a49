/**
 * Countries with their demonyms and other names, so "French Foreign Minister" gives the
 * affiliation France and "British military source" the United Kingdom. The demonyms include the
 * nouns for one person ("Dutchman", "Briton"), so "the Dutchman said" can refer back. Data only.
 */
export interface CountryEntry {
  readonly name: string;
  readonly demonyms: readonly string[];
  readonly aliases?: readonly string[];
}

const c = (name: string, demonyms: string[], aliases: string[] = []): CountryEntry => ({ name, demonyms, aliases });

export const COUNTRIES: readonly CountryEntry[] = [
  c('Afghanistan', ['Afghan']), c('Albania', ['Albanian']), c('Algeria', ['Algerian']),
  c('Argentina', ['Argentine', 'Argentinian']), c('Armenia', ['Armenian']), c('Australia', ['Australian']),
  c('Austria', ['Austrian']), c('Azerbaijan', ['Azerbaijani']), c('Bahrain', ['Bahraini']),
  c('Bangladesh', ['Bangladeshi']), c('Belarus', ['Belarusian']), c('Belgium', ['Belgian']),
  c('Bolivia', ['Bolivian']), c('Bosnia and Herzegovina', ['Bosnian'], ['Bosnia']), c('Brazil', ['Brazilian']),
  c('Bulgaria', ['Bulgarian']), c('Cambodia', ['Cambodian']), c('Cameroon', ['Cameroonian']),
  c('Canada', ['Canadian']), c('Chile', ['Chilean']), c('China', ['Chinese'], ["People's Republic of China", 'Beijing']),
  c('Colombia', ['Colombian']), c('Croatia', ['Croatian']), c('Cuba', ['Cuban']), c('Cyprus', ['Cypriot']),
  c('Czech Republic', ['Czech'], ['Czechia']), c('Denmark', ['Danish', 'Dane']), c('Ecuador', ['Ecuadorian']),
  c('Egypt', ['Egyptian']), c('Estonia', ['Estonian']), c('Ethiopia', ['Ethiopian']), c('Finland', ['Finnish', 'Finn']),
  c('France', ['French', 'Frenchman', 'Frenchwoman']), c('Georgia', ['Georgian']), c('Germany', ['German']), c('Ghana', ['Ghanaian']),
  c('Greece', ['Greek']), c('Hungary', ['Hungarian']), c('Iceland', ['Icelandic']), c('India', ['Indian']),
  c('Indonesia', ['Indonesian']), c('Iran', ['Iranian']), c('Iraq', ['Iraqi']), c('Ireland', ['Irish', 'Irishman', 'Irishwoman']),
  c('Israel', ['Israeli']), c('Italy', ['Italian']), c('Japan', ['Japanese']), c('Jordan', ['Jordanian']),
  c('Kazakhstan', ['Kazakh']), c('Kenya', ['Kenyan']), c('Kosovo', ['Kosovar']), c('Kuwait', ['Kuwaiti']),
  c('Latvia', ['Latvian']), c('Lebanon', ['Lebanese']), c('Libya', ['Libyan']), c('Lithuania', ['Lithuanian']),
  c('Luxembourg', ['Luxembourgish']), c('Malaysia', ['Malaysian']), c('Mali', ['Malian']), c('Mexico', ['Mexican']),
  c('Moldova', ['Moldovan']), c('Montenegro', ['Montenegrin']), c('Morocco', ['Moroccan']),
  c('Netherlands', ['Dutch', 'Dutchman', 'Dutchwoman'], ['the Netherlands', 'Holland']), c('New Zealand', ['New Zealander']),
  c('Nigeria', ['Nigerian']), c('North Korea', ['North Korean'], ['Pyongyang']), c('North Macedonia', ['Macedonian']),
  c('Norway', ['Norwegian']), c('Pakistan', ['Pakistani']), c('Palestine', ['Palestinian']), c('Peru', ['Peruvian']),
  c('Philippines', ['Filipino', 'Philippine'], ['the Philippines']), c('Poland', ['Polish', 'Pole']),
  c('Portugal', ['Portuguese']), c('Qatar', ['Qatari']), c('Romania', ['Romanian']),
  c('Russia', ['Russian'], ['Russian Federation', 'Moscow', 'Kremlin']), c('Saudi Arabia', ['Saudi']),
  c('Serbia', ['Serbian', 'Serb']), c('Singapore', ['Singaporean']), c('Slovakia', ['Slovak']),
  c('Slovenia', ['Slovenian', 'Slovene']), c('Somalia', ['Somali']), c('South Africa', ['South African']),
  c('South Korea', ['South Korean'], ['Korea', 'Seoul']), c('Spain', ['Spanish', 'Spaniard']), c('Sudan', ['Sudanese']),
  c('Sweden', ['Swedish', 'Swede']), c('Switzerland', ['Swiss']), c('Syria', ['Syrian']), c('Taiwan', ['Taiwanese']),
  c('Thailand', ['Thai']), c('Tunisia', ['Tunisian']), c('Turkey', ['Turkish', 'Turk'], ['Türkiye']),
  c('Ukraine', ['Ukrainian'], ['Kyiv', 'Kiev']), c('United Arab Emirates', ['Emirati'], ['UAE']),
  c('United Kingdom', ['British', 'Briton', 'English', 'Englishman', 'Englishwoman', 'Scottish', 'Scotsman', 'Scotswoman', 'Welsh', 'Welshman', 'Welshwoman'], ['UK', 'U.K.', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales']),
  c('United States', ['American', 'US', 'U.S.'], ['United States of America', 'USA', 'U.S.A.', 'America', 'the United States', 'Washington']),
  c('Uruguay', ['Uruguayan']), c('Uzbekistan', ['Uzbek']), c('Venezuela', ['Venezuelan']), c('Vietnam', ['Vietnamese']),
  c('Yemen', ['Yemeni']), c('Zimbabwe', ['Zimbabwean']),
];
