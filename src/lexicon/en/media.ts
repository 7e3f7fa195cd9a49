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
