/**
 * findNames() over the tokens analyze() uses (src/nlp/tokens.ts), table-driven. Each row marks
 * every expected name span with ⟦…⟧ (test/helpers/marked.ts), titles and demonyms left outside
 * the marks, and lists what each mention is, in order. Rows with no marks must find nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/analysis.js';
import type { NameKind } from '../../src/extract/entities/mention.js';
import { findNames } from '../../src/extract/entities/en/names.js';
import { tokenize } from '../../src/nlp/tokens.js';
import { marked } from '../helpers/marked.js';

interface Expected {
  readonly kind: NameKind;
  readonly name: string;
  readonly role?: Role;
}

const person = (name: string, title: string | null = null, affiliation: string | null = null): Expected =>
  title || affiliation ? { kind: 'person', name, role: { title, affiliation } } : { kind: 'person', name };
const media = (name: string): Expected => ({ kind: 'media', name });
const country = (name: string): Expected => ({ kind: 'country', name });
const organization = (name: string): Expected => ({ kind: 'organization', name });

const ROWS: ReadonlyArray<readonly [string, readonly Expected[]]> = [
  ['French Foreign Minister ⟦Jean-Noël Barrot⟧ spoke on Saturday.', [person('Jean-Noël Barrot', 'Foreign Minister', 'France')]],
  ['He gave an interview to the ⟦BBC⟧.', [media('BBC')]],
  ['The report appeared in ⟦Le Monde⟧ on Monday.', [media('Le Monde')]],
  ['British Prime Minister ⟦Keir Starmer⟧ arrived in ⟦France⟧.', [person('Keir Starmer', 'Prime Minister', 'United Kingdom'), country('France')]],
  ['Mayor ⟦Helen Ostrova⟧ met ⟦Dariusz Bekele⟧ on Tuesday.', [person('Helen Ostrova', 'Mayor'), person('Dariusz Bekele')]],
  [
    '⟦Eli Tenenbaum⟧, a researcher at the ⟦French Institute of International Relations⟧, spoke.',
    [person('Eli Tenenbaum'), organization('French Institute of International Relations')],
  ],
  ['He visited ⟦Ukraine⟧ and ⟦Russia⟧ last year.', [country('Ukraine'), country('Russia')]],
  ['He flew to the ⟦United Kingdom⟧ in May.', [country('United Kingdom')]],
  ['The summit was hosted by ⟦NATO⟧ in July.', [organization('NATO')]],
  // outlets the lexicon lacks, by their last word
  ['She wrote to the ⟦Pellbrook Gazette⟧ last week.', [media('Pellbrook Gazette')]],
  ['The story ran in the ⟦Harlow Courier⟧ and on ⟦Valley Radio⟧.', [media('Harlow Courier'), media('Valley Radio')]],
  ['The ⟦Ostland News Agency⟧ carried the report.', [media('Ostland News Agency')]],
  ['The ⟦Post⟧ has learned of the plan.', [media('Post')]],
  // "Agency" alone does not make an outlet
  ['The ⟦Central Harbour Agency⟧ approved it.', [organization('Central Harbour Agency')]],
];

const NOTHING: readonly string[] = [
  'Renewed Strategic Focus',
  'Renewed Strategic Focus\nThe talks went on.',
  'Conditions for Deployment',
  'The talks went well.',
  'According to the report, it was late.',
  'However, nothing was decided on Monday.',
  // capitalised source nouns start sentences, they name nobody
  'Residents welcomed the ruling.',
  'Officials met on Monday.',
];

function project(text: string): Array<{ span: string; kind: NameKind; name: string; role?: Role }> {
  const { tokens, sentences } = tokenize(text);
  return findNames(text, tokens, sentences).map((n) => ({ span: n.span.text, kind: n.kind, name: n.name, ...(n.role ? { role: n.role } : {}) }));
}

describe('findNames', () => {
  it.each(ROWS)('%s', (input, expected) => {
    const { text, content } = marked(input);
    const { tokens, sentences } = tokenize(text);
    const found = findNames(text, tokens, sentences);
    // the mentions' spans, exactly where the row marks them
    expect(found.map((n) => n.span)).toEqual(content);
    expect(project(text)).toEqual(expected.map((e, i) => ({ span: content[i]?.text, ...e })));
  });

  it.each(NOTHING)('finds no name in %j', (text) => {
    expect(project(text)).toEqual([]);
  });
});
