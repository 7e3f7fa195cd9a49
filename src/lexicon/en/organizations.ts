/**
 * What makes a capitalised name an organisation rather than a person: head words
 * ("Institute", "Committee") and well-known acronyms. Data only.
 */
export const ORGANIZATION_HEADS: readonly string[] = [
  'Institute', 'Institution', 'Committee', 'Council', 'Commission', 'Ministry', 'Department', 'Agency', 'Office',
  'Party', 'Union', 'Association', 'Federation', 'Foundation', 'Fund', 'Bank', 'University', 'College', 'School',
  'Center', 'Centre', 'Court', 'Parliament', 'Assembly', 'Senate', 'Congress', 'House', 'Government',
  'Administration', 'Campaign', 'Corporation', 'Corp.', 'Inc.', 'Ltd', 'Ltd.', 'Company', 'Co.', 'Group',
  'Organization', 'Organisation', 'Alliance', 'Coalition', 'Forces', 'Army', 'Navy', 'Air Force', 'Police',
  'Service', 'Services', 'Board', 'Authority', 'Bureau', 'Network', 'Initiative', 'Project', 'Society',
  'League', 'Club', 'Church', 'Movement', 'Front', 'Caucus', 'Tribunal', 'Cabinet', 'Kremlin', 'Pentagon',
  'White House', 'Élysée', 'Elysee', 'Downing Street', 'Secretariat', 'Directorate', 'Command', 'Staff',
];

export const ORGANIZATION_ACRONYMS: readonly string[] = [
  'NATO', 'EU', 'UN', 'U.N.', 'OSCE', 'IMF', 'WHO', 'WTO', 'OECD', 'G7', 'G20', 'FBI', 'CIA', 'NSA', 'DOJ', 'DHS',
  'GOP', 'DNC', 'RNC', 'ECB', 'ICC', 'IAEA', 'UNHCR', 'UNICEF', 'NGO', 'ACLU', 'NAACP', 'NRA', 'SEC', 'FEC',
  'EPA', 'IRS', 'NASA', 'ISIS', 'ISIL', 'IFRI', 'RUSI', 'SIPRI', 'CSIS', 'Hamas', 'Hezbollah', 'Taliban',
];

/** Common nouns that make a source an organisation: "the port authority said", "the ministry". */
export const ORGANIZATION_NOUNS: readonly string[] = [
  'authority', 'authorities', 'ministry', 'council', 'company', 'agency', 'committee', 'campaign', 'government',
  'administration', 'department', 'office', 'party', 'court', 'commission', 'union', 'firm', 'organization',
  'organisation', 'foundation', 'board', 'bank', 'parliament', 'army', 'military', 'embassy', 'presidency',
  'cabinet', 'coalition', 'alliance', 'group', 'team', 'club', 'network', 'newspaper', 'paper', 'magazine',
  'broadcaster', 'channel', 'station', 'institute', 'university', 'school', 'hospital', 'police', 'prosecutors',
  'regulator', 'watchdog', 'secretariat', 'directorate', 'tribunal', 'senate', 'congress', 'assembly', 'council',
  'municipality', 'city', 'state', 'county', 'region', 'province', 'operator', 'manufacturer', 'carrier', 'airline',
];

/**
 * Words that make a capitalised name an event, which is no person: "the Halifax Security
 * Forum", "the Alder Valley Trade Fair". An event speaks, if at all, as the body that holds it.
 */
export const EVENT_HEADS: readonly string[] = [
  'Forum', 'Summit', 'Conference', 'Convention', 'Festival', 'Fair', 'Expo', 'Exhibition', 'Games', 'Olympics',
  'Championship', 'Championships', 'Symposium', 'Dialogue',
];
