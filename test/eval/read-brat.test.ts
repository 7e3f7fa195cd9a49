import { describe, expect, it } from 'vitest';
import { parseAnn } from '../../src/eval/polnear/read-brat.js';

describe('parseAnn', () => {
  it('reads T, E and note records', () => {
    const ann = parseAnn(
      [
        'T1\tSource 0 15\tWashington Post',
        'T2\tCue 16 21\tbacks',
        'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
        '#1\tAnnotatorNotes T66\tShould line 38 be part of the annotation?',
        '',
      ].join('\n'),
    );
    expect(ann.spans.get('T1')).toEqual({ id: 'T1', label: 'Source', fragments: [[0, 15]], text: 'Washington Post', line: 1 });
    expect(ann.events).toEqual([
      {
        id: 'E1',
        type: 'Attribution',
        trigger: 'T4',
        args: [
          { role: 'Content', ref: 'T3' },
          { role: 'Cue', ref: 'T2' },
          { role: 'Source', ref: 'T1' },
        ],
        line: 3,
      },
    ]);
  });

  it('joins continuation lines, blank ones included, into the previous record', () => {
    const ann = parseAnn('T38\tContent 0 4;9 20\t3.\n\nThe number\nT39\tSource 30 32\the\n');
    expect(ann.spans.get('T38')?.text).toBe('3.\n\nThe number');
    expect(ann.spans.get('T39')).toMatchObject({ label: 'Source', text: 'he', line: 4 });
  });

  it('reads discontinuous spans as fragments in file order', () => {
    const ann = parseAnn('T9\tContent 315 448;463 553;600 601\tx y z\n');
    expect(ann.spans.get('T9')?.fragments).toEqual([
      [315, 448],
      [463, 553],
      [600, 601],
    ]);
  });

  it('keeps tabs inside the covered text', () => {
    expect(parseAnn('T1\tCue 0 3\ta\tb\n').spans.get('T1')?.text).toBe('a\tb');
  });

  it('reads a trigger-only event (with its trailing space) as an event without arguments', () => {
    const [event] = parseAnn('E21\tAttribution-no-source:T83 \n').events;
    expect(event).toMatchObject({ type: 'Attribution-no-source', trigger: 'T83', args: [] });
  });

  it.each([
    ['bad offsets', 'T1\tCue 5 x\tsaid\n', /line 1: T1: bad offsets/],
    ['end before start', 'T1\tCue 9 5\tsaid\n', /line 1: T1: bad offsets/],
    ['no offsets', 'T1\tCue\tsaid\n', /line 1: T1: no label/],
    ['bad argument', 'T1\tCue 0 4\tsaid\nE1\tAttribution:T1 Cue\n', /line 2: E1: bad argument "Cue"/],
    ['text before any record', 'stray\nT1\tCue 0 4\tsaid\n', /line 1: text before the first record/],
  ])('rejects %s with the line number', (_name, source, message) => {
    expect(() => parseAnn(source)).toThrow(message);
  });
});
