/**
 * `whosaid positions` end to end: on the example story one actor's position moves (Bekele:
 * oppose in March, conditional in April); on the founding article (skipped without ../shared)
 * Barrot is open, Tenenbaum and Bauer conditional, Trump has no position, and France and NATO
 * roll up from their spokespeople while the researcher's institute does not.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Position, PositionChange } from '../../src/positions/positions.js';
import { fakeIo } from './fake-io.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seed = join(root, '../shared/seed/european-troops-ukraine.txt');
const dir = mkdtempSync(join(tmpdir(), 'whosaid-positions-'));
const FOOTBRIDGE = join(root, 'examples/questions/footbridge.yaml');
const TROOPS = join(root, 'examples/questions/european-troops.yaml');

async function run(args: string[]) {
  const io = fakeIo({ cwd: dir });
  const code = await main(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

beforeAll(async () => {
  expect((await run(['ingest', '--db', 'story.db', join(root, 'examples')])).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('positions on the example story', () => {
  it('prints the matrix with the latest stance, its date and conditions, and the history', async () => {
    const { code, stdout } = await run(['positions', '--db', 'story.db', '--questions', FOOTBRIDGE]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^The Alder footbridge — Should Eastmere build the footbridge over the Alder River\?\nACTOR\s+SPEAKS FOR\s+STANCE\s+DATE\s+CONDITIONS\s+N\s+HISTORY\n/);
    expect(stdout).toMatch(/Dariusz Bekele\s+-\s+conditional\s+2025-04-07\s+the county pays its share/);
  });

  it('lists the shift with the two statements side by side', async () => {
    const shifts = JSON.parse((await run(['positions', '--db', 'story.db', '--questions', FOOTBRIDGE, '--changes', '--json'])).stdout) as PositionChange[];
    const bekele = shifts.filter((c) => c.actor.name === 'Dariusz Bekele');
    expect(bekele.map((c) => [c.from.stance.stance, c.from.day, c.to.stance.stance, c.to.day])).toEqual([['oppose', '2025-03-05', 'conditional', '2025-04-07']]);
    expect(bekele[0]?.to.statement.content.text).toMatch(/no longer oppose the footbridge if the county pays its share/);
    const table = (await run(['positions', '--db', 'story.db', '--questions', FOOTBRIDGE, '--changes'])).stdout;
    expect(table).toMatch(/^Dariusz Bekele on footbridge: oppose → conditional\n {2}oppose {6}2025-03-05 {2}Eastmere Gazette: “/m);
  });

  it('gives one JSON entry per actor and question with its history in the statements’ shape, and CSV', async () => {
    const all = JSON.parse((await run(['positions', '--db', 'story.db', '--questions', FOOTBRIDGE, '--json'])).stdout) as Position[];
    const bekele = all.find((p) => p.actor.name === 'Dariusz Bekele');
    expect(bekele).toMatchObject({ question: 'footbridge', level: 'actor', stance: 'conditional', conditions: [{ phrase: 'the county pays its share', kind: 'condition' }] });
    expect(bekele?.history[0]?.statement).toMatchObject({ speakerName: 'Dariusz Bekele', content: { text: expect.any(String) }, article: { id: expect.any(String) } });
    const csv = (await run(['positions', '--db', 'story.db', '--questions', FOOTBRIDGE, '--csv'])).stdout;
    expect(csv.split('\n')[0]).toBe('question,level,actor_id,actor,actor_kind,speaks_for,stance,date,conditions,statements,history');
    expect(csv).toMatch(/^footbridge,actor,A\d+,Dariusz Bekele,person,,conditional,2025-04-07,the county pays its share,\d+,/m);
  });

  it('keeps the actors with the most statements with --limit, however many statements each has', async () => {
    const all = JSON.parse((await run(['positions', '--db', 'story.db', '--questions', FOOTBRIDGE, '--json'])).stdout) as Position[];
    const two = JSON.parse((await run(['positions', '--db', 'story.db', '--questions', FOOTBRIDGE, '--json', '--limit', '2'])).stdout) as Position[];
    const actors = two.filter((p) => p.level === 'actor');
    expect(actors).toHaveLength(2);
    const most = Math.max(...all.filter((p) => p.level === 'actor').map((p) => p.statements));
    expect(actors.some((p) => p.statements === most)).toBe(true);
    // the statements of a kept actor are all there: --limit does not cut statements
    for (const p of two) expect(p).toEqual(all.find((q) => q.level === p.level && q.actor.name === p.actor.name));
  });

  it.each([
    [['--questions', FOOTBRIDGE, '--question', 'nope'], 3, /no question with the id "nope" \(ids: footbridge\)/],
    [[], 2, /give the questions/],
    [['--questions', 'missing.yaml'], 3, /missing\.yaml: no such file/],
    [['--questions', FOOTBRIDGE, '--json', '--csv'], 2, /choose one of --json and --csv/],
  ])('refuses %j', async (args, code, message) => {
    const result = await run(['positions', '--db', 'story.db', ...args]);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
  });
});

describe.skipIf(!existsSync(seed))(`positions on the founding article${existsSync(seed) ? '' : ' (skipped: ../shared/seed is absent)'}`, () => {
  let all: Position[] = [];
  beforeAll(async () => {
    expect((await run(['ingest', '--db', 'seed.db', '--outlet', 'Le Monde', '--published', '2024-11-25', seed])).code).toBe(0);
    all = JSON.parse((await run(['positions', '--db', 'seed.db', '--questions', TROOPS, '--json'])).stdout) as Position[];
  });
  const of = (name: string) => all.find((p) => p.actor.name === name);

  it('Barrot open, Tenenbaum conditional on a ceasefire, Bauer conditional with the nuclear deterrent, Trump none', () => {
    expect(of('Jean-Noël Barrot')).toMatchObject({ stance: 'open', speaksFor: 'France' });
    expect(of('Eli Tenenbaum')).toMatchObject({ stance: 'conditional', speaksFor: null });
    expect(of('Eli Tenenbaum')?.conditions.map((c) => c.phrase).join(' ')).toMatch(/ceasefire/);
    expect(of('Rob Bauer')?.stance).toBe('conditional');
    expect(of('Rob Bauer')?.conditions).toContainEqual(expect.objectContaining({ kind: 'deterrent', phrase: expect.stringMatching(/nuclear escalation/) }));
    expect(of('Donald Trump')).toBeUndefined();
  });

  it('rolls Barrot up to France and Bauer to NATO, but not the researcher', () => {
    const bodies = all.filter((p) => p.level === 'speaks-for').map((p) => [p.actor.name, p.stance, p.spokespeople]);
    expect(bodies).toEqual(expect.arrayContaining([['France', 'open', ['Jean-Noël Barrot']], ['NATO', 'conditional', ['Rob Bauer']]]));
    expect(bodies.map(([name]) => name)).not.toContain('French Institute of International Relations');
  });
});
