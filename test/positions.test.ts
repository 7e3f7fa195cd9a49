import { describe, expect, it } from 'vitest';
import type { Role } from '../src/core/analysis.js';
import type { StanceLabel, StatementStance } from '../src/core/stance.js';
import { changes, leadingPositions, positions, type JudgedStatement } from '../src/positions/positions.js';
import { speaksFor } from '../src/positions/speaks-for.js';
import type { StoredStatement } from '../src/store/store.js';

const span = { start: 0, end: 1, text: 'x' };

function judged(n: number, speaker: string, stance: StanceLabel, day: string | null, roles: Role[] = []): JudgedStatement {
  const statement = {
    id: `article:s${n}`,
    kind: 'indirect',
    speaker: `A-${speaker}`,
    source: null,
    cue: null,
    content: span,
    contentParts: [span],
    via: null,
    date: day === null ? null : { value: day, precision: 'day', basis: 'text' },
    rule: 'test',
    speakerName: speaker,
    speakerKind: 'person',
    speakerRoles: roles,
    viaName: null,
    article: { id: 'article', url: null, outlet: null, title: null, published: null },
    cluster: null,
  } satisfies StoredStatement;
  const judgement: StatementStance = {
    question: 'q',
    stance,
    confidence: 0.7,
    evidence: span,
    conditions: stance === 'conditional' ? [{ span, phrase: 'a ceasefire', kind: 'condition' }] : [],
    match: { by: 'content', term: 'troops', span },
    backend: 'rules',
  };
  return { statement, stance: judgement };
}

const minister: Role[] = [{ title: 'Foreign Minister', affiliation: 'France' }];

describe('positions', () => {
  it('takes the latest stance that takes a side, in date order whatever the input order', () => {
    const [p] = positions([judged(2, 'Ana', 'conditional', '2025-03-02'), judged(1, 'Ana', 'oppose', '2025-03-01'), judged(3, 'Ana', 'neutral', '2025-03-03')]);
    expect(p).toMatchObject({ stance: 'conditional', day: '2025-03-02', statements: 3, conditions: [{ phrase: 'a ceasefire' }] });
    expect(p?.history.map((e) => e.stance.stance)).toEqual(['oppose', 'conditional', 'neutral']);
  });

  it('never lets an undated statement be the latest word over a dated one', () => {
    const [p] = positions([judged(1, 'Ana', 'support', '2025-03-01'), judged(2, 'Ana', 'oppose', null)]);
    expect(p?.stance).toBe('support');
  });

  it('is neutral only when no statement takes a side', () => {
    expect(positions([judged(1, 'Ana', 'neutral', '2025-03-01')])[0]?.stance).toBe('neutral');
  });

  it('rolls people up to the body they speak for, and not researchers', () => {
    const all = positions([
      judged(1, 'Ana', 'open', '2025-03-01', minister),
      judged(2, 'Ben', 'oppose', '2025-03-02', [{ title: 'researcher', affiliation: 'Institute of Things' }]),
    ]);
    expect(all.map((p) => [p.level, p.actor.name, p.speaksFor, p.stance])).toEqual([
      ['actor', 'Ben', null, 'oppose'],
      ['actor', 'Ana', 'France', 'open'],
      ['speaks-for', 'France', null, 'open'],
    ]);
    expect(all[2]?.spokespeople).toEqual(['Ana']);
  });

  it('lists the shifts between stances that take a side', () => {
    const shifts = changes(
      positions([judged(1, 'Ana', 'oppose', '2025-03-01'), judged(2, 'Ana', 'neutral', '2025-03-02'), judged(3, 'Ana', 'conditional', '2025-04-01'), judged(4, 'Ana', 'conditional', '2025-04-02')]),
    );
    expect(shifts.map((c) => [c.from.statement.id, c.to.statement.id, `${c.from.stance.stance}→${c.to.stance.stance}`])).toEqual([['article:s1', 'article:s3', 'oppose→conditional']]);
  });
});

describe('leadingPositions', () => {
  const minister = [{ title: 'Foreign Minister', affiliation: 'France' }];
  const all = positions([
    judged(1, 'Ana', 'open', '2025-03-01', minister),
    judged(2, 'Ana', 'open', '2025-03-02', minister),
    judged(3, 'Ben', 'oppose', '2025-03-02'),
    judged(4, 'Cleo', 'support', '2025-03-03', [{ title: 'Defence Minister', affiliation: 'Germany' }]),
  ]);

  it('keeps the N actors and the N bodies with the most statements, in the order given', () => {
    expect(leadingPositions(all, 1).map((p) => [p.level, p.actor.name])).toEqual([
      ['actor', 'Ana'],
      ['speaks-for', 'France'],
    ]);
    // a tie (Ben and Cleo, one statement each) is cut by key, the same way every time
    expect(leadingPositions(all, 2).map((p) => p.actor.name)).toEqual(['Ana', 'Ben', 'Germany', 'France']);
    expect(leadingPositions(all, 10)).toEqual(all);
  });
});

describe('speaksFor', () => {
  it.each([
    ['a foreign minister speaks for the country', 'person', minister, 'France'],
    ['a chair speaks for the body before the possessive', 'person', [{ title: 'Chair', affiliation: 'NATO’s Military Committee' }], 'NATO'],
    ['a spokeswoman speaks for her organisation', 'person', [{ title: 'spokeswoman', affiliation: 'European Commission' }], 'European Commission'],
    ['a researcher speaks for no one', 'person', [{ title: 'researcher', affiliation: 'French Institute of International Relations' }], null],
    ['a title without an affiliation speaks for no one', 'person', [{ title: 'Councillor', affiliation: null }], null],
    ['an anonymous source speaks for no one', 'anonymous', [{ title: 'military source', affiliation: 'United Kingdom' }], null],
  ] as const)('%s', (_, kind, roles, expected) => {
    expect(speaksFor(kind, 'Someone', roles)).toBe(expected);
  });

  it('lets countries and organisations speak for themselves', () => {
    expect(speaksFor('country', 'France', [])).toBe('France');
    expect(speaksFor('organization', 'NATO', [])).toBe('NATO');
  });
});
