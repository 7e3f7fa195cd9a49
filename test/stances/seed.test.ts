/**
 * The founding article with the question of the issue: Barrot open, Tenenbaum conditional on a
 * ceasefire, Bauer conditional with the nuclear-escalation deterrent, no position for Trump.
 * Nothing here or in the rules names the article: the question is a plain questions file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { AnalysisDocument } from '../../src/core/analysis.js';
import { isValidSpan } from '../../src/core/span.js';
import type { StatementStance } from '../../src/core/stance.js';
import { parseQuestions } from '../../src/extract/stances/questions.js';
import { stancesFor } from '../../src/extract/stances/stances-for.js';
import { schemaErrors } from '../helpers/analysis-schema.js';

const ARTICLE = new URL('../../../shared/seed/european-troops-ukraine.txt', import.meta.url);
const present = existsSync(fileURLToPath(ARTICLE));

const QUESTIONS = `questions:
  - id: eu-ground-troops
    label: European ground troops in Ukraine
    target: Should European countries deploy ground troops to Ukraine?
    descriptors: [ground forces, troops, boots on the ground, peacekeepers, reassurance force, deployment]
`;

describe.skipIf(!present)(`stances on the founding article${present ? '' : ' (skipped: ../shared/seed is absent)'}`, () => {
  let document: AnalysisDocument;
  const stancesOf = (name: string): StatementStance[] => {
    const ids = new Set(document.actors.filter((a) => a.name.includes(name)).map((a) => a.id));
    return document.statements.filter((s) => s.speaker !== null && ids.has(s.speaker)).flatMap((s) => s.stances ?? []);
  };

  it('is schema-valid with every span on its text', async () => {
    document = await stancesFor(analyze(readFileSync(ARTICLE, 'utf8')), parseQuestions(QUESTIONS, 'questions.yaml'));
    expect(schemaErrors(document)).toEqual([]);
    const spans = document.statements.flatMap((s) => s.stances ?? []).flatMap((s) => [s.evidence, s.match.span, ...s.conditions.map((c) => c.span)]);
    expect(spans.length).toBeGreaterThan(0);
    for (const span of spans) expect(isValidSpan(document.article.text, span)).toBe(true);
  });

  it('gives Barrot open', () => {
    expect(stancesOf('Barrot').map((s) => s.stance)).toEqual(['open']);
  });

  it('gives Tenenbaum conditional on a ceasefire', () => {
    const [stance, ...rest] = stancesOf('Tenenbaum');
    expect(rest).toEqual([]);
    expect(stance?.stance).toBe('conditional');
    expect(stance?.conditions.map((c) => [c.kind, c.phrase])).toEqual([['condition', 'a ceasefire agreement']]);
  });

  it('gives Bauer conditional with the nuclear-escalation deterrent', () => {
    const [stance, ...rest] = stancesOf('Bauer');
    expect(rest).toEqual([]);
    expect(stance?.stance).toBe('conditional');
    expect(stance?.conditions.map((c) => [c.kind, c.phrase])).toEqual([['deterrent', 'risk of nuclear escalation']]);
  });

  it('gives Trump no position', () => {
    expect(stancesOf('Trump')).toEqual([]);
  });
});
