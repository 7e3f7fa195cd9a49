/**
 * Per rule: how many statements a held-out fold's analysis made, and how many match a gold
 * attribution exactly as a whole and by cue. Reads a fold model written by --save-fold-model.
 *   npx tsx scripts/train/diagnose-rules.ts <model.json> [fold]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROLE_MODEL_FILE, type RoleModelData } from '../../src/extract/roles/model.js';
import { predictAttributions } from '../../src/eval/polnear/predict.js';
import { scoreArticle } from '../../src/eval/polnear/score.js';
import { trimForExact } from '../../src/eval/polnear/text-measure.js';
import { useModel } from '../../src/models/load.js';
import { foldOf } from './folds.js';
import { prepareRoleArticles } from './role-corpus.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const model = { decisionBias: { cue: 0, source: 0, content: 0 }, ...(JSON.parse(readFileSync(process.argv[2] as string, 'utf8')) as RoleModelData) };
const bias = Number(process.argv[4] ?? 0);
useModel(ROLE_MODEL_FILE, { ...model, decisionBias: { ...model.decisionBias, cue: bias } });
const k = Number(process.argv[3] ?? 0);
const folds = foldOf(840, 5, 1);
const test = prepareRoleArticles(path.resolve(root, '../shared/data/polnear/train'), (i) => folds[i] === k);
const byRule = new Map<string, { n: number; quote: number; cue: number }>();
for (const a of test) {
  const predicted = predictAttributions(a.id, a.text, a.published);
  const { quoteMatches } = scoreArticle(a.text, a.gold, predicted);
  const goldCues = new Set(a.gold.filter((g) => g.cue).map((g) => { const r = trimForExact(a.text, g.cue!); return `${r.start}:${r.end}`; }));
  predicted.forEach((p, i) => {
    const key = `${p.rule ?? '?'}${p.source ? '' : ' (no source)'}`;
    const c = byRule.get(key) ?? { n: 0, quote: 0, cue: 0 };
    c.n++;
    if ((quoteMatches[i] ?? -1) >= 0) c.quote++;
    if (p.cue) { const r = trimForExact(a.text, p.cue); if (goldCues.has(`${r.start}:${r.end}`)) c.cue++; }
    byRule.set(key, c);
  });
}
for (const [rule, c] of [...byRule].sort((x, y) => y[1].n - x[1].n)) console.log(rule.padEnd(45), c.n, 'cue P', (c.cue / c.n).toFixed(3), 'quote P', (c.quote / c.n).toFixed(3));
