/**
 * Role titles that precede or follow names ("Foreign Minister Jean-Noël Barrot", "Rob Bauer,
 * Chair of NATO's Military Committee") and honorifics that only mark a person. Data only.
 * Multi-word titles are listed before their heads so the longest one is found first.
 */
export const ROLE_TITLES: readonly string[] = [
  'Prime Minister', 'Deputy Prime Minister', 'Foreign Minister', 'Defence Minister', 'Defense Minister',
  'Finance Minister', 'Interior Minister', 'Justice Minister', 'Health Minister', 'Minister', 'Foreign Secretary',
  'Defence Secretary', 'Defense Secretary', 'Home Secretary', 'Secretary of State', 'Secretary-General',
  'Secretary General', 'Secretary', 'Vice President', 'President', 'President-elect', 'Chancellor', 'Premier',
  'Governor', 'Gov.', 'Lieutenant Governor', 'Lt. Gov.', 'Senator', 'Sen.', 'Representative', 'Rep.',
  'Congressman', 'Congresswoman', 'Speaker', 'House Speaker', 'Majority Leader', 'Minority Leader', 'Leader',
  'Mayor', 'Ambassador', 'Envoy', 'Special Envoy', 'Attorney General', 'Judge', 'Justice', 'Chief Justice',
  'General', 'Gen.', 'Admiral', 'Adm.', 'Colonel', 'Col.', 'Lieutenant', 'Lt.', 'Major', 'Maj.', 'Captain',
  'Capt.', 'Commander', 'Chief of Staff', 'Chair', 'Chairman', 'Chairwoman', 'Chairperson', 'Director',
  'Deputy Director', 'Executive Director', 'Chief Executive', 'CEO', 'Spokesman', 'Spokeswoman', 'Spokesperson',
  'Press Secretary', 'Commissioner', 'High Representative', 'King', 'Queen', 'Prince', 'Princess', 'Pope',
  'Chief', 'Head', 'Professor', 'Prof.', 'Sheriff', 'Councillor', 'Councilor', 'Councilman', 'Councilwoman',
  'Pastor', 'Rev.', 'Bishop', 'Cardinal', 'Rabbi', 'Imam', 'Superintendent', 'Inspector', 'Detective',
  'Officer', 'Sergeant', 'Sgt.', 'Ald.', 'Alderman', 'Delegate', 'Assemblyman', 'Assemblywoman', 'Treasurer',
  'Comptroller', 'Auditor', 'Marshal', 'Field Marshal', 'Dean', 'Provost', 'Rector', 'Coach', 'Manager',
];

/** Lower-case role nouns that can head an appositive or a definite description ("the minister"). */
export const ROLE_NOUNS: readonly string[] = [
  'minister', 'president', 'prime minister', 'chancellor', 'secretary', 'senator', 'governor', 'mayor',
  'ambassador', 'envoy', 'general', 'admiral', 'spokesman', 'spokeswoman', 'spokesperson', 'chair', 'chairman',
  'chairwoman', 'director', 'researcher', 'analyst', 'expert', 'professor', 'economist', 'historian',
  'scholar', 'fellow', 'official', 'diplomat', 'lawmaker', 'legislator', 'congressman', 'congresswoman',
  'representative', 'candidate', 'nominee', 'leader', 'head', 'chief', 'commander', 'adviser', 'advisor',
  'aide', 'strategist', 'pollster', 'consultant', 'lawyer', 'attorney', 'judge', 'prosecutor', 'founder',
  'co-founder', 'executive', 'officer', 'manager', 'editor', 'correspondent', 'reporter', 'columnist',
  'journalist', 'author', 'writer', 'activist', 'organizer', 'campaigner', 'member', 'deputy', 'mp',
  'commissioner', 'sheriff', 'veteran', 'student', 'teacher', 'doctor', 'scientist', 'specialist',
  'coordinator', 'treasurer', 'press secretary', 'campaign manager', 'chief executive', 'ceo', 'partner',
  'donor', 'supporter', 'critic', 'voter', 'resident', 'owner', 'worker', 'father', 'mother', 'pastor',
];

/** Words that qualify the title after them: "Former Secretary of State", "Deputy Secretary". */
export const TITLE_MODIFIERS: readonly string[] = ['Former', 'Acting', 'Interim', 'Outgoing', 'Incoming', 'Retired', 'Deputy', 'Assistant', 'Associate', 'Senior'];

/** Words that end a person's name without being one: "Martin Luther King Jr.". */
export const NAME_SUFFIXES: readonly string[] = ['Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV'];

/** Honorifics mark a person but are no role. */
export const HONORIFICS: readonly string[] = ['Mr.', 'Mrs.', 'Ms.', 'Miss', 'Dr.', 'Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'Dame', 'Lord', 'Lady'];

/** Every content word of a role or title, lower-case: "Secretary of State" gives "secretary"
 * and "state", never "of". */
export const ROLE_WORDS: ReadonlySet<string> = new Set(
  [...ROLE_NOUNS, ...ROLE_TITLES.map((t) => t.toLowerCase())].flatMap((r) => r.split(' ')).filter((w) => !['of', 'the', 'and', 'for', 'de'].includes(w)),
);

/**
 * Words of titles whose holder speaks for the body named in the role: a foreign minister for
 * France, a secretary-general for NATO. A researcher, a professor or a source does not.
 */
export const SPEAKS_FOR_TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'minister', 'premier', 'chancellor', 'secretary', 'secretary-general', 'ambassador', 'envoy',
  'spokesman', 'spokeswoman', 'spokesperson', 'chair', 'chairman', 'chairwoman', 'chairperson', 'commissioner',
  'representative', 'governor', 'mayor', 'king', 'queen', 'leader', 'head', 'chief', 'ceo', 'director',
]);
