/**
 * Linking the role tagger's spans into attributions, with the spans given by hand (no model):
 * every order the linker knows, checked by the parts' texts.
 */
import { describe, expect, it } from 'vitest';
import { buildRuleInput } from '../../../src/extract/attributions/input.js';
import { buildCueLexicon } from '../../../src/extract/cues/cue-lexicon.js';
import { findQuotes } from '../../../src/extract/quotes/paired-quote-marks.js';
import { linkRoles } from '../../../src/extract/roles/link.js';
import type { Role } from '../../../src/extract/roles/labels.js';
import type { RoleSpan } from '../../../src/extract/roles/tagger.js';
import { REPORTING_VERBS } from '../../../src/lexicon/en/reporting-cues.js';
import { tokenize } from '../../../src/nlp/tokens.js';

const LEXICON = buildCueLexicon(REPORTING_VERBS);

/** Spans from `[phrase, role]` pairs, each phrase found after the previous one. */
function link(text: string, marks: readonly [string, Role][]): { source: string | null; cue: string | null; content: string[] }[] {
  const layers = tokenize(text);
  const input = buildRuleInput(layers, findQuotes(text), LEXICON);
  let from = 0;
  const spans: RoleSpan[] = marks.map(([phrase, role]) => {
    const start = text.indexOf(phrase, from);
    if (start < 0) throw new Error(`no "${phrase}" in the text`);
    from = start + phrase.length;
    const first = layers.tokens.findIndex((t) => t.start >= start);
    const last = layers.tokens.findIndex((t) => t.start >= start + phrase.length);
    return { role, first, last: last < 0 ? layers.tokens.length : last };
  });
  return linkRoles(input, spans).map((c) => ({ source: c.source?.text ?? null, cue: c.cue?.text ?? null, content: c.contentParts.map((p) => p.text) }));
}

describe('linkRoles', () => {
  it.each<[string, string, [string, Role][], { source: string | null; cue: string | null; content: string[] }[]]>([
    ['source · cue · content', 'Sanders said the system is rigged.', [['Sanders', 'source'], ['said', 'cue'], ['the system is rigged', 'content']], [{ source: 'Sanders', cue: 'said', content: ['the system is rigged'] }]],
    ['content · cue · inverted source', '“We will win,” said the senator.', [['We will win', 'content'], ['said', 'cue'], ['the senator', 'source']], [{ source: 'the senator', cue: 'said', content: ['We will win'] }]],
    ['content · source · cue', '“We will win,” she said.', [['We will win', 'content'], ['she', 'source'], ['said', 'cue']], [{ source: 'she', cue: 'said', content: ['We will win'] }]],
    [
      'a split quote',
      '“We will win,” she said, “and soon.”',
      [['We will win', 'content'], ['she', 'source'], ['said', 'cue'], ['and soon', 'content']],
      [{ source: 'she', cue: 'said', content: ['We will win', 'and soon'] }],
    ],
    [
      "a content ending the sentence before is another cue's, not a split quote's first part",
      'The ad slams the plan. The ad claims “it will fail.”',
      [['The ad', 'source'], ['slams', 'cue'], ['the plan', 'content'], ['The ad', 'source'], ['claims', 'cue'], ['it will fail', 'content']],
      [
        { source: 'The ad', cue: 'slams', content: ['the plan'] },
        { source: 'The ad', cue: 'claims', content: ['it will fail'] },
      ],
    ],
    [
      'a source shared by two cues',
      'He said the plan failed and added that it cost too much.',
      [['He', 'source'], ['said', 'cue'], ['the plan failed', 'content'], ['added', 'cue'], ['it cost too much', 'content']],
      [
        { source: 'He', cue: 'said', content: ['the plan failed'] },
        { source: 'He', cue: 'added', content: ['it cost too much'] },
      ],
    ],
    ['a cue without a source makes nothing', 'The deal is expected to close soon.', [['is expected', 'cue'], ['to close soon', 'content']], []],
    ['a cue without content makes nothing', 'He said so.', [['He', 'source'], ['said', 'cue']], []],
    [
      'a source in another sentence is not taken',
      'Officials met. Critics said the deal was bad.',
      [['Officials', 'source'], ['said', 'cue'], ['the deal was bad', 'content']],
      [],
    ],
  ])('%s', (_name, text, marks, expected) => {
    expect(link(text, marks)).toEqual(expected);
  });
});
