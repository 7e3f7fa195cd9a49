/** The dashboard's timeline stacking, the positions' wording and search snippets: pure functions, no DOM. */
import { describe, expect, it } from 'vitest';
import type { Position, PositionEntry, StanceCondition, StanceLabel, TimelineDay } from '../src/api.js';
import { leadingSpeakers } from '../src/DashboardView.js';
import { conditionsText, restingOn } from '../src/positions.js';
import { snippetParts } from '../src/SearchView.js';

const span = { start: 0, end: 1, text: 'x' };

describe('conditionsText', () => {
  it.each<[StanceCondition[], string]>([
    [[], ''],
    [[{ span, phrase: 'a ceasefire agreement', kind: 'condition' }], 'if a ceasefire agreement'],
    [[{ span, phrase: 'risk of nuclear escalation', kind: 'deterrent' }], 'unless risk of nuclear escalation'],
    [
      [{ span, phrase: 'the county pays', kind: 'condition' }, { span, phrase: 'costs rise', kind: 'deterrent' }],
      'if the county pays; unless costs rise',
    ],
  ])('%j reads "%s"', (conditions, text) => {
    expect(conditionsText(conditions)).toBe(text);
  });
});

const entry = (id: string, stance: StanceLabel, day: string | null): PositionEntry =>
  ({ day, statement: { id, article: { id: 'a' } }, stance: { stance, conditions: [] } }) as unknown as PositionEntry;

describe('restingOn', () => {
  it('is the latest statement with the position’s stance, not a later neutral one', () => {
    const history = [entry('S1', 'oppose', '2025-03-05'), entry('S2', 'conditional', '2025-04-07'), entry('S3', 'neutral', '2025-04-08')];
    expect(restingOn({ stance: 'conditional', history } as unknown as Position)?.statement.id).toBe('S2');
    expect(restingOn({ stance: 'neutral', history: [entry('S9', 'neutral', null)] } as unknown as Position)?.statement.id).toBe('S9');
    expect(restingOn({ stance: 'open', history: [] } as unknown as Position)).toBeNull();
  });
});

describe('leadingSpeakers', () => {
  const day = (d: string, speakers: [string | null, number][]): TimelineDay => ({
    day: d,
    statements: speakers.reduce((n, [, k]) => n + k, 0),
    speakers: speakers.map(([id, statements]) => ({ id, name: id === null ? null : `Name ${id}`, statements })),
  });

  it('ranks speakers by statements over every day, leaves out the unknown, and keeps the count asked', () => {
    const days = [day('2025-03-05', [['A1', 2], ['A2', 3], [null, 4]]), day('2025-03-06', [['A1', 2], ['A3', 1]])];
    expect(leadingSpeakers(days, 2).map((s) => s.id)).toEqual(['A1', 'A2']);
    expect(leadingSpeakers(days, 10).map((s) => s.name)).toEqual(['Name A1', 'Name A2', 'Name A3']);
    expect(leadingSpeakers([], 3)).toEqual([]);
  });

  it('breaks ties by name, so the colours do not shuffle between loads', () => {
    const days = [day('2025-03-05', [['A2', 1], ['A1', 1]])];
    expect(leadingSpeakers(days, 2).map((s) => s.id)).toEqual(['A1', 'A2']);
  });
});

describe('snippetParts', () => {
  it.each([
    ['…the banks have not moved in [forty] [years]…', [['…the banks have not moved in ', false], ['forty', true], [' ', false], ['years', true], ['…', false]]],
    ['no match at all', [['no match at all', false]]],
    ['[whole]', [['whole', true]]],
    ['an [unclosed bracket', [['an [unclosed bracket', false]]],
  ])('%s', (snippet, parts) => {
    expect(snippetParts(snippet).map((p) => [p.text, p.match])).toEqual(parts);
  });
});
