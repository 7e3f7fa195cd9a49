/**
 * The wink-nlp instance, and documents read from a clean lexicon cache.
 *
 * wink-nlp's cache learns every new word it meets, and its tokenizer consults the cache, so
 * the same text can tokenise differently once other texts were read ("Trump's" split the first
 * time, kept whole later). To keep analysis a function of its input, wink's cache module is
 * wrapped before wink loads: each document starts from the model's own lexicon again. A reset
 * takes the words the last document added out of the model's feature lists, then refills the
 * cache object wink holds with the methods of a cache built afresh.
 */
import { createRequire } from 'node:module';
import type WinkNLP from 'wink-nlp';

type Wink = ReturnType<typeof WinkNLP>;
type WinkDoc = ReturnType<Wink['readDoc']>;

interface Feature {
  list?: unknown[];
  hash?: Record<string, number>;
  index?: number;
}
type CacheMethods = Record<string, (...args: unknown[]) => unknown>;
type CacheFactory = (model: { features: Record<string, Feature> }, featureFn: unknown) => CacheMethods;

const require = createRequire(import.meta.url);

/**
 * The annotations wink runs: POS tagging only, as tokens and tags are all the analysis reads.
 * wink's sentence boundaries, entities, negation and sentiment run after tokenising, add nothing
 * to the cache and write only their own results (sentences, entities, negation flags), which the
 * POS tagger does not read; leaving them out changes no token, space or tag and saves about 40%
 * of wink's time. The bench's bare pass runs the same annotations.
 */
export const WINK_PIPE: readonly string[] = ['pos'];

let instance: Wink | undefined;
let resetCache: () => void = () => undefined;

/** Replaces wink's cache factory with one whose caches can be reset; must run before wink loads. */
function installResettableCache(): void {
  const path = require.resolve('wink-nlp/src/cache.js');
  const original = require(path) as CacheFactory;
  const resettable: CacheFactory = (model, featureFn) => {
    const sizes = new Map(Object.entries(model.features).map(([name, f]) => [name, f.list?.length ?? 0]));
    // wink's tokenizer and automata keep this object, so a reset swaps its methods in place:
    // they then call the fresh cache directly, with no delegating call per lookup
    const cache = original(model, featureFn);
    resetCache = () => {
      let grew = false;
      for (const [name, f] of Object.entries(model.features)) {
        const size = sizes.get(name) ?? 0;
        if (!f.list || f.list.length <= size) continue;
        grew = true;
        if (f.hash) for (let i = size; i < f.list.length; i++) delete f.hash[String(f.list[i])];
        f.list.length = size;
        if (f.index !== undefined) f.index = size;
      }
      if (grew) Object.assign(cache, original(model, featureFn));
    };
    return cache;
  };
  const cached = require.cache[path];
  if (cached) cached.exports = resettable;
}

/** The wink-nlp instance, loaded once on first use: loading the model costs ~100 ms. */
export function wink(): Wink {
  if (!instance) {
    installResettableCache();
    const winkNLP = require('wink-nlp') as typeof WinkNLP;
    instance = winkNLP(require('wink-eng-lite-web-model'), [...WINK_PIPE]);
  }
  return instance;
}

/** Reads one document as if it were the first this process reads. */
export function readDocument(text: string): WinkDoc {
  const nlp = wink();
  resetCache();
  return nlp.readDoc(text);
}
