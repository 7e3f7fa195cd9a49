import { describe, expect, it } from 'vitest';
import { spanOf } from '../../src/core/span.js';
import type { GoldAttribution, PredictedAttribution } from '../../src/eval/polnear/attribution.js';
import { diagnoseArticle } from '../../src/eval/polnear/diagnose.js';
import { scoreArticle } from '../../src/eval/polnear/score.js';

const TEXT = 'Smith said the plan works. Jones said it failed. Polls were quiet. Lee argued for more.';

function at(needle: string) {
  const start = TEXT.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" is not in the test text`);
  return spanOf(TEXT, start, start + needle.length);
}

function gold(event: string, source: string, cue: string, content: string): GoldAttribution {
  const c = at(content);
  return { event, source: at(source), cue: at(cue), content: c, contentParts: [c] };
}

function predicted(source: string | null, cue: string, content: string, rule: string): PredictedAttribution {
  return { source: source === null ? null : at(source), cue: at(cue), content: at(content), statement: rule, rule };
}

const GOLD = [
  gold('E1', 'Smith', 'said', 'the plan works'),
  gold('E2', 'Jones', 'said it', 'it failed'),
  gold('E3', 'Lee', 'argued', 'for more'),
];
const PREDICTED = [
  predicted(null, 'Polls were', 'quiet', 'r-unmatched'),
  predicted('Jones', 'said it', 'it failed.', 'r-exact'),
  predicted('Smith', 'Smith said', 'plan works', 'r-overlap'),
];

describe('diagnoseArticle', () => {
  const article = { id: 'nyt_2016-01-02_x', published: '2016-01-02', text: TEXT };
  const diagnosis = diagnoseArticle(article, GOLD, PREDICTED, scoreArticle(TEXT, GOLD, PREDICTED));

  it('summarises the article', () => {
    expect(diagnosis).toMatchObject({ article: article.id, gold: 3, predicted: 3, exactQuotes: 1, overlapPairs: 2 });
  });

  it('gives each gold its status, nearest prediction and part verdicts, in text order', () => {
    const [smith, jones, lee] = diagnosis.golds;
    expect(smith).toMatchObject({
      event: 'E1',
      status: 'overlap',
      nearest: { rule: 'r-overlap', how: 'matched', distance: 0, pairedWith: null, cue: { text: 'Smith said' } },
      parts: { source: 'exact', cue: 'overlap', content: 'overlap' },
    });
    expect(jones).toMatchObject({ event: 'E2', status: 'exact', parts: { source: 'exact', cue: 'exact', content: 'exact' } });
    expect(lee).toMatchObject({
      event: 'E3',
      status: 'missed',
      nearest: { rule: 'r-unmatched', how: 'closest', distance: '. '.length },
      parts: { source: 'missing', cue: 'wrong', content: 'wrong' },
    });
  });

  it('lists the predictions that matched nothing, with the closest gold', () => {
    expect(diagnosis.unmatchedPredictions).toEqual([
      {
        source: null,
        cue: { text: 'Polls were', start: TEXT.indexOf('Polls'), end: TEXT.indexOf(' quiet') },
        content: { text: 'quiet', start: TEXT.indexOf('quiet'), end: TEXT.indexOf('quiet') + 5 },
        statement: 'r-unmatched',
        rule: 'r-unmatched',
        // E2 ends and E3 starts two characters away: the first of equally close golds wins.
        nearestGold: 'E2',
        distance: 2,
      },
    ]);
  });

  it('names the gold a nearest prediction was paired with instead', () => {
    const twice = [gold('E1', 'Smith', 'said', 'the plan works'), gold('E9', 'Smith', 'said', 'the plan')];
    const one = [predicted('Smith', 'said', 'the plan works', 'r')];
    const result = diagnoseArticle(article, twice, one, scoreArticle(TEXT, twice, one));
    expect(result.golds[1]).toMatchObject({ event: 'E9', status: 'missed', nearest: { how: 'overlaps', pairedWith: 'E1' } });
  });

  it('marks every part missing when there are no predictions', () => {
    const result = diagnoseArticle(article, GOLD, [], scoreArticle(TEXT, GOLD, []));
    expect(result.golds[0]).toMatchObject({ status: 'missed', nearest: null, parts: { cue: 'missing', source: 'missing', content: 'missing' } });
  });
});
