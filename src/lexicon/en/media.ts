/**
 * News outlets and agencies, so "told Le Monde" and "an interview with the BBC" resolve to a
 * media actor. Names are matched case-sensitively with an optional leading "the". Data only.
 */
export const MEDIA_OUTLETS: readonly string[] = [
  'Le Monde', 'Le Figaro', 'Libération', 'Les Echos', 'Le Parisien', 'France 24', 'France Inter', 'RFI', 'AFP',
  'Agence France-Presse', 'BBC', 'BBC News', 'Reuters', 'Associated Press', 'AP', 'Bloomberg', 'Bloomberg News',
  'CNN', 'Fox News', 'Fox', 'MSNBC', 'CNBC', 'NBC', 'NBC News', 'ABC', 'ABC News', 'CBS', 'CBS News', 'NPR', 'PBS',
  'New York Times', 'The New York Times', 'Washington Post', 'The Washington Post', 'Wall Street Journal',
  'The Wall Street Journal', 'USA Today', 'Los Angeles Times', 'Chicago Tribune', 'Boston Globe', 'Politico',
  'Breitbart', 'Breitbart News', 'Huffington Post', 'HuffPost', 'The Hill', 'Axios', 'Vox', 'BuzzFeed',
  'BuzzFeed News', 'The Atlantic', 'The New Yorker', 'Time', 'Newsweek', 'The Economist', 'Financial Times',
  'The Guardian', 'Guardian', 'The Times', 'The Telegraph', 'Daily Telegraph', 'The Independent', 'Daily Mail',
  'The Sun', 'Sky News', 'ITV', 'Channel 4', 'Der Spiegel', 'Spiegel', 'Die Zeit', 'Frankfurter Allgemeine Zeitung',
  'FAZ', 'Süddeutsche Zeitung', 'Die Welt', 'Bild', 'ARD', 'ZDF', 'Deutsche Welle', 'DW', 'El País', 'El Mundo',
  'La Repubblica', 'Corriere della Sera', 'ANSA', 'Euronews', 'Politico Europe', 'Al Jazeera', 'RT', 'TASS',
  'Interfax', 'RIA Novosti', 'Xinhua', 'Kyiv Independent', 'Ukrainska Pravda', 'Ukrinform', 'Kyodo', 'NHK',
  'Yonhap', 'Haaretz', 'The Jerusalem Post', 'Times of Israel', 'Western Journalism', 'Daily Beast',
  'The Daily Beast', 'Slate', 'Salon', 'Mother Jones', 'National Review', 'The Weekly Standard', 'Fox Business',
  'Meet the Press', 'Face the Nation', 'This Week', 'Fox News Sunday', 'State of the Union', 'Good Morning America',
  'Today', 'Morning Joe', 'Hardball', 'Hannity', 'The O’Reilly Factor', "The O'Reilly Factor", 'Des Moines Register',
  'Miami Herald', 'Dallas Morning News', 'The Dallas Morning News', 'Arizona Republic', 'Detroit Free Press',
  'Las Vegas Review-Journal', 'San Francisco Chronicle', 'Houston Chronicle', 'Politifact', 'PolitiFact',
  'FactCheck.org', 'Washington Examiner', 'Washington Times', 'New York Post', 'New York Daily News', 'Daily News',
  'Yahoo News', 'Fortune', 'Forbes', 'Business Insider', 'Mediapart', "L'Express", 'Le Point', 'Ouest-France',
  'La Croix', 'LCI', 'BFMTV', 'TF1', 'France 2', 'France Info', 'franceinfo', 'Europe 1', 'RTL', 'Radio France',
];

/**
 * Last words that make a capitalised name an outlet the list above lacks: "the Eastmere
 * Gazette", "(Northern Wire)", "Valley Radio". "Agency" only after another of them ("Kyodo
 * News Agency"), since most agencies are not news agencies.
 */
export const MEDIA_HEADS: readonly string[] = [
  'Gazette', 'Herald', 'Times', 'Post', 'Journal', 'Tribune', 'Chronicle', 'Courier', 'Wire', 'News', 'Observer',
  'Telegraph', 'Guardian', 'Express', 'Mirror', 'Standard', 'Review', 'Radio', 'TV', 'Broadcasting', 'Press',
  'Dispatch', 'Bulletin', 'Sentinel', 'Examiner', 'Inquirer',
];

/** What an outlet is, so "the paper" can refer back to a newspaper and "the broadcaster" to a broadcaster. */
export type OutletKind = 'newspaper' | 'broadcaster' | 'agency' | 'magazine' | 'website';

/** Outlets of the list above by kind (without "The"); the others are known by their last word. */
export const OUTLETS_BY_KIND: Readonly<Record<OutletKind, readonly string[]>> = {
  newspaper: [
    'Le Monde', 'Le Figaro', 'Libération', 'Les Echos', 'Le Parisien', 'USA Today', 'Hill', 'Independent', 'Daily Mail',
    'Sun', 'Die Zeit', 'Frankfurter Allgemeine Zeitung', 'FAZ', 'Süddeutsche Zeitung', 'Die Welt', 'Bild', 'El País',
    'El Mundo', 'La Repubblica', 'Corriere della Sera', 'Haaretz', 'Times of Israel',
    'Des Moines Register', 'Dallas Morning News', 'Arizona Republic', 'Detroit Free Press', 'Las Vegas Review-Journal',
    'New York Daily News', 'Daily News', 'Ouest-France', 'La Croix',
  ],
  broadcaster: [
    'France 24', 'France Inter', 'RFI', 'BBC', 'BBC News', 'CNN', 'Fox News', 'Fox', 'MSNBC', 'CNBC', 'NBC', 'NBC News',
    'ABC', 'ABC News', 'CBS', 'CBS News', 'NPR', 'PBS', 'Sky News', 'ITV', 'Channel 4', 'ARD', 'ZDF', 'Deutsche Welle',
    'DW', 'Euronews', 'Al Jazeera', 'RT', 'NHK', 'Fox Business', 'LCI', 'BFMTV', 'TF1', 'France 2', 'France Info',
    'franceinfo', 'Europe 1', 'RTL', 'Radio France',
  ],
  agency: [
    'AFP', 'Agence France-Presse', 'Reuters', 'Associated Press', 'AP', 'Bloomberg', 'Bloomberg News', 'ANSA', 'TASS',
    'Interfax', 'RIA Novosti', 'Xinhua', 'Ukrinform', 'Kyodo', 'Yonhap',
  ],
  magazine: [
    'Der Spiegel', 'Spiegel', 'Atlantic', 'New Yorker', 'Time', 'Newsweek', 'Economist', 'Mother Jones', 'National Review',
    'Weekly Standard', 'Fortune', 'Forbes', 'Le Point', "L'Express",
  ],
  website: [
    'Politico', 'Politico Europe', 'Breitbart', 'Breitbart News', 'Huffington Post', 'HuffPost', 'Axios', 'Vox', 'BuzzFeed',
    'BuzzFeed News', 'Daily Beast', 'Slate', 'Salon', 'Western Journalism', 'Yahoo News', 'Business Insider', 'Mediapart',
    'Politifact', 'PolitiFact', 'FactCheck.org', 'Kyiv Independent', 'Ukrainska Pravda',
  ],
};

/** The kind of an outlet by the last word of its name ("the Eastmere Gazette", "Valley Radio"). */
export const MEDIA_HEAD_KINDS: Readonly<Record<string, OutletKind>> = {
  Gazette: 'newspaper', Herald: 'newspaper', Times: 'newspaper', Post: 'newspaper', Journal: 'newspaper',
  Tribune: 'newspaper', Chronicle: 'newspaper', Courier: 'newspaper', Observer: 'newspaper', Telegraph: 'newspaper',
  Guardian: 'newspaper', Express: 'newspaper', Mirror: 'newspaper', Standard: 'newspaper', Dispatch: 'newspaper',
  Bulletin: 'newspaper', Sentinel: 'newspaper', Examiner: 'newspaper', Inquirer: 'newspaper', Radio: 'broadcaster',
  TV: 'broadcaster', Broadcasting: 'broadcaster', Wire: 'agency', Agency: 'agency', Review: 'magazine',
};

/** Nouns that refer back to an outlet named before ("the paper said"), with the kinds they fit. */
export const OUTLET_NOUNS: Readonly<Record<string, readonly OutletKind[]>> = {
  paper: ['newspaper'], newspaper: ['newspaper'], daily: ['newspaper'], tabloid: ['newspaper'], broadsheet: ['newspaper'],
  weekly: ['newspaper', 'magazine'], magazine: ['magazine'], broadcaster: ['broadcaster'], network: ['broadcaster'],
  channel: ['broadcaster'], station: ['broadcaster'], website: ['website'], site: ['website'],
  outlet: ['newspaper', 'broadcaster', 'agency', 'magazine', 'website'],
  publication: ['newspaper', 'magazine', 'website'],
};
