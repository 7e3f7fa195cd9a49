/**
 * One article: its text as text (React escapes it; no HTML from sources is ever parsed), with
 * every statement's speaker, cue and content highlighted in its speaker's colour, and the list
 * of statements beside it; choosing one marks its spans and scrolls to them. `ArticleReader`
 * serves both a stored article and one just analysed (the paste box), whose actor ids are the
 * document's own and so have no actor page.
 */
import { useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { fetchArticle, type AnalysisDocument, type ArticleAnswer, type Statement } from './api.js';
import { actorHue, marksOf, segments, type Segment } from './highlight.js';
import { StanceChip } from './positions.js';
import { actorHref, articleHref, navigate } from './router.js';
import { Link } from './Link.js';
function hueStyle(actor: string | null): CSSProperties | undefined {
  const hue = actorHue(actor);
  return hue === null ? undefined : ({ ['--hue' as string]: String(hue) } as CSSProperties);
}

export function ArticleText({ text, statements, chosen }: { text: string; statements: readonly Statement[]; chosen: string | null }) {
  const parts = useMemo(() => segments(text, marksOf(statements), chosen), [text, statements, chosen]);
  return (
    <div className="article-text">
      {parts.map((segment: Segment) =>
        segment.mark === null ? (
          segment.text
        ) : (
          <mark
            key={segment.start}
            className={`${segment.mark.role}${segment.mark.statement === chosen ? ' chosen' : ''}`}
            data-role={segment.mark.role}
            data-statement={segment.mark.statement}
            style={hueStyle(segment.mark.actor)}
          >
            {segment.text}
          </mark>
        ),
      )}
    </div>
  );
}

/** The statement's day and the outlet or addressee it went through: "2024-11-23 · via BBC". */
function statementMeta(s: Statement, names: ReadonlyMap<string, string>): string {
  const via = s.via === null ? null : `via ${names.get(s.via) ?? s.via}`;
  return [s.date?.value ?? null, via].filter((x) => x !== null).join(' · ');
}

export function ArticleReader({ document, chosen, onChoose, actorPages, questionLabels, footer }: {
  document: AnalysisDocument;
  chosen: string | null;
  onChoose: (statement: Statement) => void;
  /** speakers' names link to their actor pages (the document's actor ids are the store's) */
  actorPages: boolean;
  /** question id → label, for the stances of a document judged on questions */
  questionLabels?: ReadonlyMap<string, string>;
  footer?: ReactNode;
}) {
  const textRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (chosen === null) return;
    const first = textRef.current?.querySelector(`mark[data-statement="${CSS.escape(chosen)}"]`);
    first?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [document, chosen]);
  const names = new Map(document.actors.map((a) => [a.id, a.name]));
  return (
    <div className="article-body">
      <div ref={textRef} className="text-column">
        <ArticleText text={document.article.text} statements={document.statements} chosen={chosen} />
      </div>
      <aside aria-label="Statements in this article">
        <h2>Statements ({document.statements.length})</h2>
        <ol className="side-list">
          {document.statements.map((s) => (
            <li key={s.id} style={hueStyle(s.speaker)} className={s.id === chosen ? 'chosen' : undefined} data-statement={s.id}>
              {s.speaker === null ? (
                <span className="who">unknown</span>
              ) : actorPages ? (
                <Link className="who" href={actorHref(s.speaker)}>{names.get(s.speaker) ?? s.speaker}</Link>
              ) : (
                <span className="who">{names.get(s.speaker) ?? s.speaker}</span>
              )}
              <span className="kind">{s.kind}</span>
              <span className="when">{statementMeta(s, names)}</span>
              {(s.stances ?? []).map((stance) => (
                <span key={stance.question} className="stances">{questionLabels?.get(stance.question) ?? stance.question}: <StanceChip stance={stance.stance} /></span>
              ))}
              <button type="button" onClick={() => onChoose(s)} aria-pressed={s.id === chosen} data-statement={s.id}>
                <span className="what">{s.content.text}</span>
              </button>
            </li>
          ))}
        </ol>
        {footer}
      </aside>
    </div>
  );
}

export function ArticleView({ id, statement }: { id: string; statement: string | null }) {
  const [answer, setAnswer] = useState<ArticleAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    setAnswer(null);
    setError(null);
    fetchArticle(id, abort.signal)
      .then(setAnswer)
      .catch((e: unknown) => {
        if (!abort.signal.aborted) setError(e instanceof Error ? e.message : String(e));
      });
    return () => abort.abort();
  }, [id]);

  if (error !== null) return <p role="alert" className="error">{error}</p>;
  if (answer === null) return <p aria-live="polite">Loading…</p>;

  return (
    <article className="article-view">
      <header className="article-head">
        <h1>{answer.title ?? 'Untitled article'}</h1>
        <p className="meta">
          {[answer.outlet, answer.published].filter((x) => x !== null).join(' · ')}
          {answer.url !== null && /^https?:\/\//.test(answer.url) && (
            <> · <a href={answer.url} rel="noreferrer noopener">source</a></>
          )}
        </p>
        <HighlightLegend />
      </header>
      <ArticleReader
        document={answer.document}
        chosen={statement}
        onChoose={(s) => navigate(articleHref(id, s.id), true)}
        actorPages
        footer={<p><Link href="/app/statements">All statements</Link> · <Link href="/app/">Dashboard</Link></p>}
      />
    </article>
  );
}

export function HighlightLegend() {
  return (
    <p className="legend" aria-hidden="true">
      <mark className="speaker">speaker</mark> <mark className="cue">cue</mark> <mark className="content">content</mark>
    </p>
  );
}
