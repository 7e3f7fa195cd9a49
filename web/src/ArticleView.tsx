/**
 * One article: its text as text (React escapes it; no HTML from sources is ever parsed), with
 * every statement's speaker, cue and content highlighted in its speaker's colour, and the list
 * of statements beside it; choosing one marks its spans and scrolls to them. Speakers' names
 * link to their actor pages.
 */
import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { fetchArticle, type ArticleAnswer, type Statement } from './api.js';
import { actorHue, marksOf, segments, type Segment } from './highlight.js';
import { actorHref, articleHref, navigate, onLinkClick } from './router.js';

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

export function ArticleView({ id, statement }: { id: string; statement: string | null }) {
  const [answer, setAnswer] = useState<ArticleAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const textRef = useRef<HTMLDivElement>(null);

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

  useEffect(() => {
    if (answer === null || statement === null) return;
    const first = textRef.current?.querySelector(`mark[data-statement="${CSS.escape(statement)}"]`);
    first?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [answer, statement]);

  if (error !== null) return <p role="alert" className="error">{error}</p>;
  if (answer === null) return <p aria-live="polite">Loading…</p>;
  const { document } = answer;
  const names = new Map(document.actors.map((a) => [a.id, a.name]));
  const choose = (s: Statement): void => navigate(articleHref(id, s.id), true);

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
        <p className="legend" aria-hidden="true">
          <mark className="speaker">speaker</mark> <mark className="cue">cue</mark> <mark className="content">content</mark>
        </p>
      </header>
      <div className="article-body">
        <div ref={textRef} className="text-column">
          <ArticleText text={document.article.text} statements={document.statements} chosen={statement} />
        </div>
        <aside aria-label="Statements in this article">
          <h2>Statements ({document.statements.length})</h2>
          <ol className="side-list">
            {document.statements.map((s) => (
              <li key={s.id} style={hueStyle(s.speaker)} className={s.id === statement ? 'chosen' : undefined}>
                {s.speaker === null ? (
                  <span className="who">unknown</span>
                ) : (
                  <a className="who" href={actorHref(s.speaker)} onClick={onLinkClick(actorHref(s.speaker))}>{names.get(s.speaker) ?? s.speaker}</a>
                )}
                <span className="kind">{s.kind}</span>
                <button type="button" onClick={() => choose(s)} aria-pressed={s.id === statement} data-statement={s.id}>
                  <span className="what">{s.content.text}</span>
                </button>
              </li>
            ))}
          </ol>
          <p><a href="/app/statements" onClick={onLinkClick('/app/statements')}>All statements</a> · <a href="/app/" onClick={onLinkClick('/app/')}>Dashboard</a></p>
        </aside>
      </div>
    </article>
  );
}
