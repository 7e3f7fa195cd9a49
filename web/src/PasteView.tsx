/**
 * The paste box: an article analysed on the spot (nothing stored), shown as the article view
 * shows a stored one, judged on the server's questions; then, if the user wants, saved to the
 * store. Saving is a write: when the server asks for its token, the user gives it (token.tsx).
 */
import { useState, type FormEvent } from 'react';
import { analyzeArticle, fetchQuestions, ingestArticle, type AnalysisDocument, type IngestAnswer, type PastedArticle } from './api.js';
import { ArticleReader, HighlightLegend } from './ArticleView.js';
import { useLoad } from './load.js';
import { articleHref } from './router.js';
import { Link } from './Link.js';
import { TokenField, useWriteToken } from './token.js';

const EMPTY: PastedArticle = { text: '', title: '', outlet: '', published: '', language: 'en' };

type Saving =
  | { readonly state: 'idle' }
  | { readonly state: 'saving' }
  | { readonly state: 'needs-token'; readonly message: string }
  | { readonly state: 'saved'; readonly answer: IngestAnswer }
  | { readonly state: 'failed'; readonly message: string };

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function PasteView() {
  const questions = useLoad(fetchQuestions, 'questions');
  const [article, setArticle] = useState<PastedArticle>(EMPTY);
  /** the article as analysed: what Save stores, even if the form was edited since */
  const [analysed, setAnalysed] = useState<{ article: PastedArticle; document: AnalysisDocument } | null>(null);
  const [analysing, setAnalysing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [saving, setSaving] = useState<Saving>({ state: 'idle' });
  const writes = useWriteToken();

  const set = <K extends keyof PastedArticle>(key: K, value: PastedArticle[K]): void => setArticle((a) => ({ ...a, [key]: value }));

  const analyse = (event: FormEvent): void => {
    event.preventDefault();
    if (article.text.trim() === '') {
      setError('Paste an article first.');
      return;
    }
    const sent = { ...article };
    setAnalysing(true);
    setError(null);
    setSaving({ state: 'idle' });
    analyzeArticle(sent, questions.data ?? [])
      .then(({ documents }) => {
        const document = documents[0];
        if (document === undefined) throw new Error('the server analysed nothing');
        setAnalysed({ article: sent, document });
        setChosen(document.statements[0]?.id ?? null);
      })
      .catch((e: unknown) => setError(messageOf(e)))
      .finally(() => setAnalysing(false));
  };

  const save = (event?: FormEvent): void => {
    event?.preventDefault();
    if (analysed === null) return;
    setSaving({ state: 'saving' });
    void writes.write((token) => ingestArticle(analysed.article, token)).then((outcome) =>
      setSaving(outcome.ok ? { state: 'saved', answer: outcome.value } : { state: outcome.needsToken ? 'needs-token' : 'failed', message: outcome.message }),
    );
  };

  const document = analysed?.document ?? null;
  const saved = saving.state === 'saved' ? saving.answer.articles[0] : undefined;
  return (
    <section className="paste">
      <h1>Analyse an article</h1>
      <form className="paste-form" onSubmit={analyse} aria-label="Article to analyse">
        <label className="text">
          Article text
          <textarea name="text" value={article.text} onChange={(e) => set('text', e.target.value)} rows={12} required
            placeholder="Paste the article's text: headline and body, as plain text." />
        </label>
        <div className="fields">
          <label>Title<input name="title" value={article.title} onChange={(e) => set('title', e.target.value)} /></label>
          <label>Outlet<input name="outlet" value={article.outlet} onChange={(e) => set('outlet', e.target.value)} placeholder="Le Monde" /></label>
          <label>Published<input name="published" type="date" value={article.published} onChange={(e) => set('published', e.target.value)} /></label>
          <label>
            Language
            <select name="language" value={article.language} onChange={(e) => set('language', e.target.value)}>
              <option value="en">English</option>
              <option value="fr">French</option>
            </select>
          </label>
        </div>
        <div className="actions">
          <button type="submit" disabled={analysing}>{analysing ? 'Analysing…' : 'Analyse'}</button>
          <span className="sub">Nothing is stored until you save.</span>
        </div>
      </form>
      {error !== null && <p role="alert" className="error">{error}</p>}
      {document !== null && (
        <article className="article-view" aria-label="Analysis">
          <header className="article-head">
            <h2>{analysed?.article.title || 'Untitled article'}</h2>
            <p className="meta" data-summary>
              {document.statements.length} statement{document.statements.length === 1 ? '' : 's'}, {document.actors.length} actor
              {document.actors.length === 1 ? '' : 's'}
              {document.diagnostics.filter((d) => d.severity === 'warning').map((d) => <span key={d.code} className="warning"> · {d.message}</span>)}
            </p>
            <HighlightLegend />
            <form className="save" onSubmit={save} aria-label="Save to the store">
              <TokenField writes={writes} />
              <button type="submit" disabled={saving.state === 'saving' || saving.state === 'saved'}>
                {saving.state === 'saving' ? 'Saving…' : 'Save to the store'}
              </button>
              <span role="status">
                {saving.state === 'needs-token' && saving.message}
                {saving.state === 'failed' && <span className="error">{saving.message}</span>}
                {saved !== undefined && (
                  <>
                    {saving.state === 'saved' && saving.answer.added > 0 ? 'Saved. ' : 'Already in the store. '}
                    <Link href={articleHref(saved.id)}>Open the stored article</Link>
                  </>
                )}
              </span>
            </form>
          </header>
          <ArticleReader document={document} chosen={chosen} onChoose={(s) => setChosen(s.id)} actorPages={false}
            questionLabels={new Map((questions.data ?? []).map((q) => [q.id, q.label]))} />
        </article>
      )}
    </section>
  );
}
