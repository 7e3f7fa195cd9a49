/**
 * Nouns that make a source anonymous ("a British military source", "informed sources",
 * "officials") or collective ("critics", "voters"), and pronouns with what they can refer to.
 * Data only.
 */
export const ANONYMOUS_SOURCE_NOUNS: readonly string[] = [
  'source', 'sources', 'official', 'officials', 'diplomat', 'diplomats', 'aide', 'aides', 'insider', 'insiders',
  'person', 'people', 'individual', 'individuals', 'adviser', 'advisers', 'advisor', 'advisors', 'confidant',
  'confidants', 'associate', 'associates', 'staffer', 'staffers', 'operative', 'operatives', 'whistleblower',
  // "those close to the talks"
  'those',
];

export const GROUP_SOURCE_NOUNS: readonly string[] = [
  'critics', 'supporters', 'opponents', 'analysts', 'experts', 'observers', 'voters', 'residents', 'protesters',
  'protestors', 'demonstrators', 'lawmakers', 'legislators', 'leaders', 'allies', 'republicans', 'democrats',
  'conservatives', 'liberals', 'progressives', 'activists', 'economists', 'scientists', 'researchers', 'investors',
  'donors', 'delegates', 'members', 'officers', 'police', 'authorities', 'witnesses', 'neighbors', 'neighbours',
  'parents', 'students', 'workers', 'employees', 'executives', 'organizers', 'organisers', 'advocates', 'groups',
  'polls', 'pollsters', 'surveys', 'reporters', 'journalists', 'commentators', 'historians', 'strategists',
  'policymakers', 'governments', 'countries', 'nations', 'states', 'campaigns', 'americans', 'europeans',
];


export const PERSONAL_PRONOUNS = {
  singular: ['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself'],
  plural: ['they', 'them', 'their', 'theirs', 'themselves'],
} as const;

/** Words whose capitalised form starts sentences or headlines but never a name. */
export const NOT_NAME_WORDS: readonly string[] = [
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'His', 'Her',
  'Their', 'Our', 'Its', 'My', 'Your', 'But', 'And', 'Or', 'So', 'If', 'When', 'While', 'Although', 'Though',
  'After', 'Before', 'Since', 'As', 'At', 'In', 'On', 'Of', 'For', 'From', 'With', 'Without', 'By', 'To', 'Into',
  'However', 'Meanwhile', 'Moreover', 'Additionally', 'Also', 'Yet', 'Still', 'Then', 'There', 'Here', 'What',
  'Why', 'How', 'Who', 'Where', 'Which', 'Whether', 'According', 'Following', 'During', 'Despite', 'Under',
  'Over', 'Asked', 'When', 'Mr', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Yes', 'No', 'Not', 'Now', 'Today', 'Tonight', 'Yesterday', 'Tomorrow', 'Some', 'Many', 'Most',
  'All', 'Every', 'Each', 'Both', 'Other', 'Another', 'Such', 'One', 'Two', 'Three', 'Several', 'Few',
];
