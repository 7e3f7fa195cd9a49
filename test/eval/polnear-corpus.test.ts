/**
 * Checks the reader against the real PolNeAR folders: the README's first-annotator figures,
 * every T span's text against the article, and a perfect score for gold against itself.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isValidSpan } from '../../src/core/span.js';
import { listArticles, loadArticle, type LoadedArticle } from '../../src/eval/polnear/corpus.js';
import { spanTextMismatches } from '../../src/eval/polnear/gold.js';
import { parseAnn } from '../../src/eval/polnear/read-brat.js';
import { addTally, emptyTally, scoreArticle, scoresOf } from '../../src/eval/polnear/score.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const corpusRoot = path.resolve(repoRoot, '../shared/data/polnear');
const exists = existsSync(path.join(corpusRoot, 'dev', 'text'));

// From the README's table "Attributions under the first-annotator rule".
const SPLITS = [
  { split: 'dev', articles: 84, attributions: 2192, quoted: 624, unquoted: 1568, noSource: 126, discontinuous: 301 },
  { split: 'annotator-training', articles: 4, attributions: 57, quoted: 23, unquoted: 34, noSource: 2, discontinuous: 10 },
  { split: 'train', articles: 840, attributions: 19834, quoted: 5183, unquoted: 14649, noSource: 1473, discontinuous: 3149 },
] as const;

const QUOTE_MARK = /["“”„‟«»]/;

const loaded = new Map<string, LoadedArticle[]>();
function articlesOf(split: string): LoadedArticle[] {
  const cached = loaded.get(split) ?? listArticles(path.join(corpusRoot, split)).map(loadArticle);
  loaded.set(split, cached);
  return cached;
}

describe.skipIf(!exists)(`PolNeAR corpus (skipped when ${corpusRoot} is absent)`, () => {
  describe.each(SPLITS)('$split', (expected) => {
    const splitDir = path.join(corpusRoot, expected.split);
    const skip = !existsSync(splitDir);

    it.skipIf(skip)('has the README figures under the first-annotator rule', () => {
      const articles = articlesOf(expected.split);
      const gold = articles.flatMap((a) => a.gold);
      const withContent = gold.filter((g) => g.content !== null);
      // The README looks for quote marks in the annotated fragments, not in the gaps of the hull.
      const quoted = (g: (typeof gold)[number]): boolean => g.contentParts.some((part) => QUOTE_MARK.test(part.text));
      expect(articles).toHaveLength(expected.articles);
      expect(articles.every((a) => a.annPath !== null)).toBe(true);
      expect(gold).toHaveLength(expected.attributions);
      expect(withContent.filter(quoted)).toHaveLength(expected.quoted);
      expect(withContent.filter((g) => !quoted(g))).toHaveLength(expected.unquoted);
      expect(gold.filter((g) => g.source === null)).toHaveLength(expected.noSource);
      expect(gold.filter((g) => g.contentParts.length > 1)).toHaveLength(expected.discontinuous);
    });

    it.skipIf(skip)('has every T span text equal to the article at its offsets', () => {
      for (const article of articlesOf(expected.split)) {
        const ann = parseAnn(readFileSync(article.annPath!, 'utf8'));
        expect(spanTextMismatches(article.text, ann), article.id).toEqual([]);
        for (const g of article.gold) {
          for (const span of [g.source, g.cue, g.content, ...g.contentParts]) {
            if (span) expect(isValidSpan(article.text, span), `${article.id} ${g.event}`).toBe(true);
          }
        }
      }
    });

    it.skipIf(skip)('scores its gold against itself as 1 everywhere', () => {
      let tally = emptyTally();
      for (const article of articlesOf(expected.split)) {
        tally = addTally(tally, scoreArticle(article.text, article.gold, article.gold).tally);
      }
      const scores = scoresOf(tally);
      for (const family of [scores.exact, scores.overlap]) {
        for (const figures of Object.values(family)) expect(figures.f1).toBe(1);
      }
    });
  });

  it('reads the multi-annotator dev articles from the annotator id that sorts first', () => {
    const files = readdirSync(path.join(corpusRoot, 'dev', 'attributions')).filter((f) => f.endsWith('.ann'));
    const byArticle = new Map<string, string[]>();
    for (const f of files) {
      const id = f.slice(0, -'_xxxx.ann'.length);
      byArticle.set(id, [...(byArticle.get(id) ?? []), f]);
    }
    const multi = [...byArticle].filter(([, annotated]) => annotated.length > 1);
    expect(multi.map(([, annotated]) => annotated.length)).toEqual([6, 6]);
    for (const [id, annotated] of multi) {
      const chosen = articlesOf('dev').find((a) => a.id === id)?.annPath;
      expect(path.basename(chosen ?? '')).toBe([...annotated].sort()[0]);
    }
  });
});
