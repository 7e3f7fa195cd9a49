/**
 * The wink-nlp instance, reading every document as if it were the first.
 *
 * wink-nlp's cache learns every new word it meets, and its tokenizer asks the cache whether a
 * piece of text is a known word before splitting it, so the same text could tokenise differently
 * once other texts were read ("Trump's" split the first time, kept whole later). To keep
 * analysis a function of its input, wink's cache module is wrapped before wink loads: the
 * tokenizer's look-up sees only the model's own lexicon, never a word learned from a document.
 * The learned words stay in the cache (their features are the same whenever they are computed),
 * so later documents need not learn them again, until the cache holds LEARNED_LIMIT of them and
 * starts afresh to bound a long-running process's memory.
 */
import { createRequire } from 'node:module';
import type WinkNLP from 'wink-nlp';

type Wink = ReturnType<typeof WinkNLP>;
type WinkDoc = ReturnType<Wink['readDoc']>;

interface Feature {
  list?: unknown[];
  hash?: Record<string, number>;
  index?: number;
  intrinsicSize?: number;
}
type Lookup = (text: string) => number[] | null;
type CacheMethods = Record<string, (...args: unknown[]) => unknown> & { lookup: Lookup; add: (...args: unknown[]) => unknown };
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
let resetIfFull: () => void = () => undefined;

/** Words learned from documents that the cache keeps before it starts afresh. */
const LEARNED_LIMIT = 200_000;

/** Replaces wink's cache factory with one whose look-up ignores learned words and whose size is bounded; must run before wink loads. */
function installDocumentIndependentCache(): void {
  const path = require.resolve('wink-nlp/src/cache.js');
  const original = require(path) as CacheFactory;
  const independent: CacheFactory = (model, featureFn) => {
    const lexeme = model.features.lexeme as Feature;
    const intrinsic = lexeme.intrinsicSize ?? 0;
    const features = Object.values(model.features);
    const sizes = features.map((f) => f.list?.length ?? 0);
    const methods = (): CacheMethods => {
      const fresh = original(model, featureFn);
      const { lookup, add } = fresh;
      // A learned word reads as unknown to the tokenizer, as it did the first time it was met;
      // the model's own feature functions, which run inside add(), see every word.
      let adding = false;
      fresh.lookup = (text) => {
        const found = lookup(text);
        return !adding && found?.length === 1 && (found[0] as number) >= intrinsic ? null : found;
      };
      fresh.add = (...args) => {
        adding = true;
        try {
          return add(...args);
        } finally {
          adding = false;
        }
      };
      return fresh;
    };
    // wink's tokenizer and automata keep this object, so starting afresh swaps its methods in place
    const cache = methods();
    resetIfFull = () => {
      if ((lexeme.list?.length ?? 0) - intrinsic < LEARNED_LIMIT) return;
      features.forEach((f, k) => {
        const size = sizes[k] as number;
        if (!f.list) return;
        if (f.hash) for (let i = size; i < f.list.length; i++) delete f.hash[String(f.list[i])];
        f.list.length = size;
        if (f.index !== undefined) f.index = size;
      });
      Object.assign(cache, methods());
    };
    return cache;
  };
  const cached = require.cache[path];
  if (cached) cached.exports = independent;
}

/** The wink-nlp instance, loaded once on first use: loading the model costs ~100 ms. */
export function wink(): Wink {
  if (!instance) {
    installDocumentIndependentCache();
    const winkNLP = require('wink-nlp') as typeof WinkNLP;
    instance = winkNLP(require('wink-eng-lite-web-model'), [...WINK_PIPE]);
  }
  return instance;
}

/** Reads one document as if it were the first this process reads. */
export function readDocument(text: string): WinkDoc {
  const nlp = wink();
  resetIfFull();
  return nlp.readDoc(text);
}
