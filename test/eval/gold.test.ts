import { describe, expect, it } from 'vitest';
import { codePointToUtf16 } from '../../src/eval/polnear/code-points.js';
import { firstAnnotatorFiles, publishedFromId } from '../../src/eval/polnear/corpus.js';
import { buildGold, spanTextMismatches } from '../../src/eval/polnear/gold.js';
import { parseAnn } from '../../src/eval/polnear/read-brat.js';

const TEXT = '“We will win,” she said, “and soon.” Critics disagreed.';
//            0         1         2         3         4         5
//            0123456789012345678901234567890123456789012345678901234

function goldOf(text: string, ...lines: string[]) {
  return buildGold(text, parseAnn(`${lines.join('\n')}\n`));
}

describe('buildGold', () => {
  it('takes the hull of a discontinuous content, which then covers cue and source', () => {
    const [gold] = goldOf(
      TEXT,
      'T1\tContent 1 12;26 34\tWe will win and soon',
      'T2\tSource 15 18\tshe',
      'T3\tCue 19 23\tsaid',
      'T4\tAttribution 19 23\tsaid',
      'E1\tAttribution:T4 Content:T1 Source:T2 Cue:T3',
    );
    expect(gold?.content?.text).toBe('We will win,” she said, “and soon');
    expect(gold?.contentParts.map((s) => s.text)).toEqual(['We will win', 'and soon']);
    expect(gold).toMatchObject({ event: 'E1', source: { text: 'she' }, cue: { text: 'said' } });
  });

  it('merges Content2 into the content', () => {
    const [gold] = goldOf(
      TEXT,
      'T1\tContent 1 12\tWe will win',
      'T2\tContent 26 34\tand soon',
      'T3\tCue 19 23\tsaid',
      'E1\tAttribution-no-source:T3 Content:T1 Cue:T3 Content2:T2',
    );
    expect(gold?.content).toEqual({ start: 1, end: 34, text: 'We will win,” she said, “and soon' });
    expect(gold?.contentParts).toHaveLength(2);
    expect(gold?.source).toBeNull();
  });

  it('lets the argument role decide the part, not the T label', () => {
    const [gold] = goldOf(
      TEXT,
      'T1\tContent 37 44\tCritics',
      'T2\tSource 45 54\tdisagreed',
      'E1\tAttribution:T2 Source:T1 Cue:T2',
    );
    expect(gold).toMatchObject({ source: { text: 'Critics' }, cue: { text: 'disagreed' }, content: null });
  });

  it('skips events with only a trigger, and keeps shared spans in each event', () => {
    const gold = goldOf(
      TEXT,
      'T1\tSource 15 18\tshe',
      'T2\tCue 19 23\tsaid',
      'T3\tContent 1 12\tWe will win',
      'T4\tContent 26 35\tand soon.',
      'E1\tAttribution:T2 ',
      'E2\tAttribution:T2 Source:T1 Cue:T2 Content:T3',
      'E3\tAttribution:T2 Source:T1 Cue:T2 Content:T4',
    );
    expect(gold.map((g) => [g.event, g.source?.text, g.content?.text])).toEqual([
      ['E2', 'she', 'We will win'],
      ['E3', 'she', 'and soon.'],
    ]);
  });

  it('throws when an event refers to a missing span', () => {
    expect(() => goldOf(TEXT, 'E1\tAttribution:T9 Cue:T9')).toThrow(/E1 refers to T9/);
  });

  it('converts code-point offsets to UTF-16 after characters outside the BMP', () => {
    const text = 'Fans 🎉🎉 cheered, he said.';
    const ann = parseAnn('T1\tSource 17 19\the\nT2\tCue 20 24\tsaid\nE1\tAttribution:T2 Source:T1 Cue:T2\n');
    const [gold] = buildGold(text, ann);
    expect(gold?.source).toEqual({ start: 19, end: 21, text: 'he' });
    expect(gold?.cue?.text).toBe('said');
    expect(spanTextMismatches(text, ann)).toEqual([]);
  });
});

describe('spanTextMismatches', () => {
  it('compares discontinuous spans as fragments joined by one space', () => {
    const ann = parseAnn('T1\tContent 1 12;26 35\tWe will win and soon.\nT2\tCue 19 23\tsaid\nT3\tCue 0 3\tnope\n');
    expect(spanTextMismatches(TEXT, ann).map((s) => s.id)).toEqual(['T3']);
  });

  it('reports spans beyond the end of the text', () => {
    const ann = parseAnn('T1\tCue 50 99\tsaid\n');
    expect(spanTextMismatches('🎉 short', ann)).toHaveLength(1);
  });
});

describe('corpus naming', () => {
  it('keeps the annotator id that sorts first and ignores stray files', () => {
    const files = firstAnnotatorFiles(['a_b_6b86.ann', 'a_b_4e07.ann', 'a_b_4b22.ann', 'c_ef2d.ann', 'LONG: A reporter', 'x.txt']);
    expect(Object.fromEntries(files)).toEqual({ a_b: 'a_b_4b22.ann', c: 'c_ef2d.ann' });
  });

  it.each([
    ['nyt_2016-04-18_for-news-outlets-feeling-the-squ', '2016-04-18'],
    ['west-journal_2016-10-04_railing-against', '2016-10-04'],
    ['no-date-here', null],
  ])('reads the publication date of %s', (id, date) => {
    expect(publishedFromId(id)).toBe(date);
  });

  it('maps code points to UTF-16 offsets', () => {
    const toUtf16 = codePointToUtf16('a🎉b');
    expect([0, 1, 2, 3].map(toUtf16)).toEqual([0, 1, 3, 4]);
    expect(() => toUtf16(5)).toThrow(RangeError);
  });
});
