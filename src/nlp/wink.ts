import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;

let instance: Wink | undefined;

/** The wink-nlp instance, loaded once on first use: loading the model costs ~100 ms. */
export function wink(): Wink {
  instance ??= winkNLP(model);
  return instance;
}
