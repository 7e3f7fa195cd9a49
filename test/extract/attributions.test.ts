/**
 * Attribution frames end to end: analyze() on one-sentence inputs, table-driven, with the
 * expected spans written inline (test/helpers/marked.ts):
 *
 *   ⟦…⟧ content (several for the parts of a split quote)   ⟨…⟩ source   ⟪…⟫ cue
 *
 * Conventions pinned here: a direct quote's content is the words inside the marks (a full stop
 * inside them included, the comma English puts before the closing mark left out); an indirect
 * content runs from the complementizer "that", when there is one, to the clause end, without
 * the final full stop. A row may also name the resolved speaker, its kind, and the via actor.
 *
 * Every row must produce exactly one statement (or `count`), and the rows in NOTHING none at all:
 * scare quotes, titles in quotes, quotes with no speech verb, passives and infinitives.
 */
import { describe, expect, it } from 'vitest';
import { analyzeWith } from '../../src/analyze.js';
import { englishPipeline } from '../../src/pipelines/en.js';
import type { ActorKind, AnalysisDocument, Statement, StatementKind } from '../../src/core/analysis.js';
import type { Span } from '../../src/core/span.js';
import { marked } from '../helpers/marked.js';

interface Row {
  readonly input: string;
  readonly kind: StatementKind;
  /** the resolved speaker's actor name; null: no speaker can be known from the sentence alone */
  readonly speaker?: string | null;
  readonly speakerKind?: ActorKind;
  readonly via?: string | null;
  /** how many statements the sentence holds; the row's is the one with the marked cue */
  readonly count?: number;
}

const FRAMES: readonly Row[] = [
  // evidential verbs the tagger takes for cues: the clause, cue inside, no source
  { input: '⟦Demand ⟪seems⟫ likely to fall⟧.', kind: 'indirect', speaker: null },
  { input: '⟦The sale ⟪is expected⟫ to close in May⟧.', kind: 'indirect', speaker: null },
  // an inverted document source speaks for its maker
  { input: '“⟦We are ready⟧,” ⟪read⟫ ⟨a statement from the union⟩.', kind: 'direct' },
  // subject · cue · quote
  { input: '⟨Barrot⟩ ⟪stated⟫, “⟦We do not rule out any option.⟧”', kind: 'direct', speaker: 'Barrot' },
  // refusals are attributions too, as attribution corpora annotate them
  { input: '⟨She⟩ ⟪declined⟫ ⟦to comment⟧.', kind: 'indirect', speaker: null },
  // quote · subject · cue
  { input: '“⟦We will not yield⟧,” ⟨she⟩ ⟪said⟫.', kind: 'direct', speaker: null },
  { input: '“⟦We will support Ukraine as long as necessary⟧,” ⟨he⟩ ⟪declared⟫.', kind: 'direct' },
  { input: '"⟦We will come back with a smaller scheme⟧," ⟨Dorian Achterberg⟩ ⟪said⟫.', kind: 'direct', speaker: 'Dorian Achterberg' },
  // quote · cue · subject (inverted)
  { input: '“⟦The bridge will open in May⟧,” ⟪said⟫ ⟨Mayor Helen Ostrova⟩.', kind: 'direct', speaker: 'Helen Ostrova' },
  { input: '"⟦The bridge will open in May⟧," ⟪said⟫ ⟨Mayor Helen Ostrova⟩.', kind: 'direct', speaker: 'Helen Ostrova' },
  // a quote split by its attribution
  {
    input: '“⟦We have asked every household to cut its use⟧,” ⟨she⟩ ⟪said⟫, “⟦and we will review it in May.⟧”',
    kind: 'direct',
  },
  // speaker, colon, quote
  { input: '⟨Helen Ostrova⟩⟪:⟫ “⟦We will build it.⟧”', kind: 'direct', speaker: 'Helen Ostrova' },
  // a transcript quoted paragraph by paragraph: the quote mark opens the line before the label
  { input: '"⟨PENCE⟩⟪:⟫ ⟦Well, look, we will win in November⟧.', kind: 'indirect', speaker: 'PENCE' },
  // a quote signed with a dash
  { input: '“⟦He represents our greatest shame.⟧” ⟪―⟫ ⟨Sonya Herridge⟩', kind: 'direct' },
  { input: '“⟦Maybe we can build a wall.⟧” ⟪—⟫ ⟨Edwin G. Monroy⟩.', kind: 'direct', speaker: 'Edwin G. Monroy' },
  // a question quote: the sentence splitter ends the sentence at "?”" before the subject
  { input: '“⟦Why is he attacking me?⟧” ⟨Trump⟩ ⟪said⟫.', kind: 'direct', speaker: 'Trump' },
  // cues the lexicon's particles extend
  { input: '⟨The GOP nominee⟩ ⟪complained about⟫ ⟦his mic the morning after the debate⟧.', kind: 'indirect' },
  { input: 'And ⟨he⟩ ⟪railed against⟫ ⟦the corrupting influence of super PACs⟧.', kind: 'indirect' },
  // subject · cue · (addressee) · clause
  { input: '⟨A British military source⟩ ⟪told⟫ Le Monde ⟦that talks are ongoing⟧.', kind: 'indirect', speaker: 'A British military source', via: 'Le Monde' },
  { input: '⟨She⟩ ⟪told⟫ the BBC on Tuesday ⟦that the plan was dead⟧.', kind: 'indirect', via: 'BBC' },
  {
    input: '⟨Eli Tenenbaum, a researcher at the Velmora Institute⟩, ⟪told⟫ Le Monde ⟦that a ceasefire comes first⟧.',
    kind: 'indirect',
    speaker: 'Eli Tenenbaum',
    via: 'Le Monde',
  },
  { input: '⟨The ministry⟩ ⟪said⟫ on Tuesday ⟦that the talks would resume⟧.', kind: 'indirect' },
  { input: '⟨Ms. Quast⟩ ⟪insisted⟫ ⟦that the vote was fair⟧.', kind: 'indirect', speaker: 'Quast' },
  { input: '⟨Councillor Mirela Quast⟩ ⟪denied⟫ ⟦that the vote was rigged⟧.', kind: 'indirect', speaker: 'Mirela Quast' },
  { input: '⟨Rob Bauer⟩ ⟪noted⟫ ⟦that leaders might have considered it⟧.', kind: 'indirect', speaker: 'Rob Bauer' },
  { input: '⟨Officials⟩ ⟪said⟫ ⟦the bridge would reopen in June⟧.', kind: 'indirect', speaker: 'Officials' },
  // a cue taking the reported matter as its object
  {
    input: '⟨French Foreign Minister Jean-Noël Barrot⟩ ⟪reaffirmed⟫ ⟦France’s support for Ukraine⟧.',
    kind: 'indirect',
    speaker: 'Jean-Noël Barrot',
  },
  // clause · subject · cue (trailing attribution)
  { input: '⟦The budget will pass⟧, ⟨the official⟩ ⟪said⟫.', kind: 'indirect' },
  { input: '⟦Talks are ongoing⟧, ⟨a British military source⟩ ⟪told⟫ Le Monde.', kind: 'indirect', via: 'Le Monde' },
  { input: '⟦Turnout will top sixty percent⟧, ⟨the survey⟩ ⟪shows⟫.', kind: 'indirect' },
  // clause · subject · cue · clause (a parenthetical attribution)
  { input: '⟦The plan⟧, ⟨he⟩ ⟪said⟫, ⟦is dead⟧.', kind: 'indirect' },
  { input: '⟦The new plan⟧, ⟨he⟩ ⟪said⟫, ⟦is dead on arrival⟧.', kind: 'indirect' },
  // according to, before and after the content
  { input: '⟪According to⟫ ⟨Le Monde⟩, ⟦the topic has regained prominence⟧.', kind: 'indirect', speaker: 'Le Monde' },
  { input: '⟦Turnout fell by a third⟧, ⟪according to⟫ ⟨the electoral commission⟩.', kind: 'indirect' },
  // wink tags the word after "according to" a verb: a source noun or a noun phrase is still the source
  { input: '⟪According to⟫ ⟨police⟩, ⟦officers saw the driver leave the car⟧.', kind: 'indirect', count: 2 },
  { input: '⟪According to⟫ ⟨exit polls⟩, ⟦Romney had a ten-point lead⟧.', kind: 'indirect' },
  // the source runs to the sentence end or its comma; a quote may come before the cue
  { input: '⟦Turnout fell by a fifth⟧, ⟪according to⟫ ⟨a new Harlow Courier poll of likely voters in the east⟩.', kind: 'indirect' },
  { input: '“⟦We will fight on⟧,” ⟪according to⟫ ⟨the union’s leaflet⟩.', kind: 'direct' },
  // a reported clause holding a quoted fragment
  { input: '⟨The mayor⟩ ⟪said⟫ ⟦the charges were “a fair price” for residents⟧.', kind: 'mixed' },
  // a gerund cue after a preposition shares the sentence's subject
  { input: '⟨Trump⟩ landed in hot water last week by ⟪saying⟫ ⟦that the judge was biased⟧.', kind: 'indirect' },
  // a participial cue sharing the subject of the cue before it
  { input: '⟨He⟩ underscored the importance of the alliance, ⟪warning⟫ ⟦that time was short⟧.', kind: 'indirect', count: 2 },
  // an outlet the media lexicon lacks, known by its last word
  { input: '⟦The ferry will stop in winter⟧, ⟨the Harlow Courier⟩ ⟪reported⟫.', kind: 'indirect', speaker: 'Harlow Courier', speakerKind: 'media' },
  // anonymous sources named by what they know; the action they report is no statement of its own
  {
    input: '⟪According to⟫ ⟨people familiar with the plans⟩, ⟦the district has offered to cover the fees⟧.',
    kind: 'indirect',
    speaker: 'people familiar with the plans',
    speakerKind: 'anonymous',
  },
  { input: '⟪According to⟫ ⟨those close to the mayor⟩, ⟦the vote will be delayed⟧.', kind: 'indirect', speakerKind: 'anonymous' },
  { input: '⟦The merger is off⟧, ⟨a person briefed on the talks⟩ ⟪said⟫.', kind: 'indirect', speaker: 'a person briefed on the talks' },
  { input: '⟨A person briefed on the talks⟩ ⟪said⟫ ⟦the merger was off⟧.', kind: 'indirect', speakerKind: 'anonymous' },
  // a role, then the name in apposition, before a trailing cue
  {
    input: '⟦The ferry will cost about 3 million euros⟧, ⟨the port’s chief engineer, Ilse Varga⟩, ⟪said⟫ on Monday.',
    kind: 'indirect',
    speaker: 'Ilse Varga',
  },
  // a relative clause between the subject and the cue is part of the subject, its verb no cue
  {
    input: '⟨Councillor R. Okafor, who opposed the scheme⟩, ⟪told⟫ the Pellbrook Gazette ⟦that "borrowing more" was a mistake⟧.',
    kind: 'mixed',
    speaker: 'R. Okafor',
    via: 'Pellbrook Gazette',
  },
  // the content starts after a dateline's dash
  { input: 'TARNVIK, June 3 (Southern Wire) — ⟦Ferry traffic has doubled this year⟧, ⟨the harbour office⟩ ⟪said⟫ on Sunday.', kind: 'indirect' },
  { input: 'TARNVIK - ⟦The harbour will close in May⟧, ⟨Mayor Jon Aasen⟩ ⟪said⟫.', kind: 'indirect', speaker: 'Jon Aasen' },
  // a preposition the cue verb takes belongs to the cue
  { input: '⟨The harbour master⟩ ⟪complained about⟫ ⟦the noise⟧.', kind: 'indirect' },
  { input: '⟨Okafor⟩ ⟪agreed with⟫ ⟦the mayor’s plan⟧.', kind: 'indirect' },
  { input: '⟪Asked about⟫ ⟦the delay⟧, the mayor shrugged.', kind: 'indirect', speaker: null },
  { input: '⟨The minister⟩ ⟪expressed concern about⟫ ⟦the cost⟧.', kind: 'indirect' },
  // a capitalised group noun is a group, not a person's name
  { input: '⟨Residents of the old quarter⟩ ⟪welcomed⟫ ⟦the ruling⟧.', kind: 'indirect', speakerKind: 'group' },
];

const NOTHING: readonly string[] = [
  'Some so-called "experts" disagreed.',
  "Some so-called 'experts' disagreed.",
  'Her novel "The Long Road Home" sold well.',
  'He wrote "The Long Road Home" in 1998.',
  '“No entry” signs went up overnight.',
  'He was told to leave.',
  'Staff were told the news on Friday.',
  'The council has yet to respond.',
  'The report is due Monday.',
  'The statement was read aloud.',
  'However, the election has reignited talks among policymakers, suggesting a potential shift in strategy.',
  'According to plan, the work finished early.',
  'Renewed Strategic Focus',
  // a dash after a quote that no name signs
  'It was “a sham” — Trump then left.',
  'His favourite show is “Veep” — a comedy.',
  // a question quote followed by a sentence without a cue
  '“Is it over?” The crowd left.',
  'The mic was loud during the debate.',
  // a gerund after a preposition with no subject to share
  'By saying nothing, the plan was kept.',
  '“Critics complained about it,” read the caption.',
  // after an inverting verb, a thing is what was read, not who spoke
  '“Keep out,” read the sign on the gate.',
  // a cue ending its sentence takes the clause before only when a comma sets it off
  'Flood Plan Ministers Must Resign Former Mayor Says.',
  // a passive inside the tagger's span is still a passive
  'The farmers were warned that the river would flood.',
  // a relative clause's verb with an object describes the subject; the main verb reports nothing
  'Councillor R. Okafor, who opposed the scheme, left the meeting early.',
  'TARNVIK, June 3 (Southern Wire) — Ferry traffic has doubled this year.',
  // a light verb alone reports nothing
  'The mayor made the comments before leaving.',
  'The council released its accounts in July.',
];

interface Projection {
  source: Span | null;
  cue: Span | null;
  contentParts: readonly Span[];
  kind: StatementKind;
  speaker?: string | null;
  speakerKind?: ActorKind | undefined;
  via?: string | null;
}

function nameOf(doc: AnalysisDocument, id: string | null): string | null {
  return id === null ? null : (doc.actors.find((a) => a.id === id)?.name ?? null);
}

function project(doc: AnalysisDocument, s: Statement, row: Row): Projection {
  return {
    source: s.source,
    cue: s.cue,
    contentParts: s.contentParts,
    kind: s.kind,
    ...(row.speaker !== undefined ? { speaker: nameOf(doc, s.speaker) } : {}),
    ...(row.speakerKind !== undefined ? { speakerKind: doc.actors.find((a) => a.id === s.speaker)?.kind } : {}),
    ...(row.via !== undefined ? { via: nameOf(doc, s.via) } : {}),
  };
}

/** One line per statement, so a failing NOTHING row shows what was found. */
function summary(doc: AnalysisDocument): string[] {
  return doc.statements.map((s) => `${s.kind} · source ${JSON.stringify(s.source?.text ?? null)} · cue ${JSON.stringify(s.cue?.text ?? null)} · content ${JSON.stringify(s.content.text)} [${s.rule}]`);
}

// The rules' own frames, resolved as analyze() resolves them but without the role tagger's
// decision: what the rules propose is what the tagger reads (the whole analysis is measured on
// PolNeAR by cross-validation, and test/extract/roles/ checks it on plain sentences).
const RULES_ONLY = { ...englishPipeline, learned: null };
const analyzeByRules = (text: string): AnalysisDocument => analyzeWith(RULES_ONLY, text);

describe('attribution frames (the rules, resolved)', () => {
  it.each(FRAMES.map((row) => [row.input, row] as const))('%s', (_input, row) => {
    const m = marked(row.input);
    const doc = analyzeByRules(m.text);
    expect(summary(doc)).toHaveLength(row.count ?? 1);
    const statement = doc.statements.find((s) => s.cue !== null && m.cue !== null && s.cue.start === m.cue.start) ?? doc.statements[0];
    expect(statement).toBeDefined();
    const expected: Projection = {
      source: m.source,
      cue: m.cue,
      contentParts: m.content,
      kind: row.kind,
      ...(row.speaker !== undefined ? { speaker: row.speaker } : {}),
      ...(row.speakerKind !== undefined ? { speakerKind: row.speakerKind } : {}),
      ...(row.via !== undefined ? { via: row.via } : {}),
    };
    expect(project(doc, statement as Statement, row)).toEqual(expected);
  });

  it.each(NOTHING)('finds no statement in %j', (text) => {
    expect(summary(analyzeByRules(text))).toEqual([]);
  });
});

describe('marked() test helper', () => {
  it('strips the markers and returns their spans', () => {
    const m = marked('⟨Barrot⟩ ⟪stated⟫, “⟦We do not rule out any option.⟧”');
    expect(m.text).toBe('Barrot stated, “We do not rule out any option.”');
    expect(m.source).toEqual({ start: 0, end: 6, text: 'Barrot' });
    expect(m.cue).toEqual({ start: 7, end: 13, text: 'stated' });
    expect(m.content).toEqual([{ start: 16, end: 46, text: 'We do not rule out any option.' }]);
  });

  it('returns content parts in order and no source or cue when none is marked', () => {
    const m = marked('“⟦A⟧,” he said, “⟦B.⟧”');
    expect(m.content.map((p) => p.text)).toEqual(['A', 'B.']);
    expect(m.source).toBeNull();
    expect(m.cue).toBeNull();
  });

  it('counts offsets in UTF-16 units after astral characters', () => {
    const m = marked('😀 ⟦ok⟧');
    expect(m.content).toEqual([{ start: 3, end: 5, text: 'ok' }]);
  });

  it.each(['⟦unclosed', 'closed⟧', '⟦a ⟦b⟧ c⟧', '⟨a⟩ ⟨b⟩', '⟪a⟫ ⟪b⟫'])('rejects malformed markup %j', (input) => {
    expect(() => marked(input)).toThrow(/marked\(\)/);
  });
});
