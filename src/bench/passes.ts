/**
 * The passes a bench child can time. Each loads its code only when chosen, so a child's peak
 * RSS holds that pass and nothing else.
 */
import type { BenchArticle } from './corpus.js';

/** Processes one article; returns its token count when the pass counts tokens. */
export type ArticlePass = (article: BenchArticle) => number;

/**
 * Timed passes per child. On a shared machine a pass's time swings by a third from run to run
 * (other tenants, caches); the fastest of several is the steadiest estimate of the code's own
 * cost, and both passes of a ratio are measured alike.
 */
export const TIMED_PASSES = 3;

export const PASS_NAMES = ['analyze', 'bare'] as const;
export type PassName = (typeof PASS_NAMES)[number];

export function isPassName(name: string): name is PassName {
  return (PASS_NAMES as readonly string[]).includes(name);
}

/** Full analysis, as the CLI and the library run it. */
async function analyzePass(): Promise<ArticlePass> {
  const { analyze } = await import('../analyze.js');
  return (article) => {
    analyze(article.text, { published: article.published });
    return 0;
  };
}

/**
 * The NLP library alone: wink-nlp tokenisation and POS tagging with the annotations the analysis
 * asks for (WINK_PIPE), read out as the analysis would read them. Its token count is the one
 * both passes are rated by.
 */
async function barePass(): Promise<ArticlePass> {
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const { WINK_PIPE } = await import('../nlp/wink.js');
  const nlp = winkNLP(model, [...WINK_PIPE]);
  return (article) => {
    const tokens = nlp.readDoc(article.text).tokens();
    tokens.out();
    tokens.out(nlp.its.pos);
    return tokens.length();
  };
}

export function loadPass(name: PassName): Promise<ArticlePass> {
  return name === 'analyze' ? analyzePass() : barePass();
}
