/**
 * Cross-validation folds by article: the articles (in id order) are dealt into `k` folds in an
 * order shuffled by a seeded generator, so every fold mixes publishers and dates and the same
 * seed gives the same folds.
 */
import { seededRandom } from './crf.js';

export function foldOf(count: number, k: number, seed: number): Int32Array {
  const order = Array.from({ length: count }, (_, i) => i);
  const random = seededRandom(seed ^ 0x5eed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const fold = new Int32Array(count);
  order.forEach((article, position) => {
    fold[article] = position % k;
  });
  return fold;
}
