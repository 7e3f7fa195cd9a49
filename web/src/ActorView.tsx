/**
 * One actor: name and kind, the roles seen over time, the outlets that quoted them, their
 * position history on the server's questions, and their statements, each linking to its place
 * in the article.
 */
import { useState, type ReactNode } from 'react';
import { ActorCorrections } from './ActorCorrections.js';
import { fetchActor, fetchPositions, fetchQuestions } from './api.js';
import { actorHue } from './highlight.js';
import { useLoad } from './load.js';
import { PositionHistory } from './positions.js';
import { articleHref, navigate } from './router.js';
import { Link } from './Link.js';
import { statementDay } from './StatementsView.js';

/** Where the actor stood on each of the server's questions, statement by statement; nothing when the server has none. */
function ActorPositions({ id }: { id: string }) {
  const questions = useLoad(fetchQuestions, 'questions');
  const asked = questions.data !== null && questions.data.length > 0;
  const positions = useLoad((signal) => (asked ? fetchPositions({ speaker: id }, signal) : Promise.resolve([])), `${id}|${asked}`);
  if (!asked) return null;
  const own = (positions.data ?? []).filter((p) => p.level === 'actor' && p.actor.id === id);
  const label = (question: string) => questions.data?.find((q) => q.id === question)?.label ?? question;
  return (
    <section className="panel wide" aria-labelledby="h-positions">
      <h2 id="h-positions">Positions</h2>
      {positions.error !== null && <p role="alert" className="error">{positions.error}</p>}
      {positions.data === null && positions.error === null ? (
        <p aria-live="polite">Loading…</p>
      ) : own.length === 0 ? (
        <p>No statement of theirs is about {questions.data.map((q) => q.label).join(', ')}.</p>
      ) : (
        own.map((p) => <PositionHistory key={p.question} position={p} label={label(p.question)} />)
      )}
    </section>
  );
}

export function ActorView({ id }: { id: string }) {
  // a correction changes the actor: reload it
  const [revision, setRevision] = useState(0);
  const [notice, setNotice] = useState<ReactNode>(null);
  const { data, error } = useLoad((signal) => fetchActor(id, signal), `${id}#${revision}`);
  const status = <p role="status" className="notice">{notice}</p>;
  if (error !== null) return <>{status}<p role="alert" className="error">{error}</p></>;
  if (data === null) return <>{status}<p aria-live="polite">Loading…</p></>;
  const { actor, names, outlets, statements } = data;
  const hue = actorHue(actor.id);
  const others = names.filter((n) => n !== actor.name);

  return (
    <article className="actor-view">
      {status}
      <header>
        <h1>
          <span className="dot" style={hue === null ? undefined : { ['--hue' as string]: String(hue) }} aria-hidden="true" />
          {actor.name}
        </h1>
        <p className="meta">
          <span className="tag kind">{actor.kind}</span> {actor.statements} statement{actor.statements === 1 ? '' : 's'} in {actor.articles} article
          {actor.articles === 1 ? '' : 's'}
          {others.length > 0 && <> · also named {others.join(', ')}</>}
        </p>
      </header>
      <div className="dash-grid">
        <section className="panel" aria-labelledby="h-roles">
          <h2 id="h-roles">Roles</h2>
          {actor.roles.length === 0 ? (
            <p>No role seen.</p>
          ) : (
            <div className="table-wrap">
              <table className="plain roles">
                <thead><tr><th>Title</th><th>Affiliation</th><th>First seen</th><th>Last seen</th></tr></thead>
                <tbody>
                  {actor.roles.map((r, i) => (
                    <tr key={i}>
                      <td className="title">{r.title ?? ''}</td>
                      <td data-label="Affiliation">{r.affiliation ?? ''}</td>
                      <td data-label="First seen">{r.firstSeen ?? ''}</td>
                      <td data-label="Last seen">{r.lastSeen ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <section className="panel" aria-labelledby="h-quoted-by">
          <h2 id="h-quoted-by">Quoted by</h2>
          <ul className="outlet-counts">
            {outlets.map((o) => (
              <li key={o.outlet ?? ''}>
                <span>{o.outlet ?? <em>no outlet</em>}</span>
                <span className="n">{o.statements} statement{o.statements === 1 ? '' : 's'}, {o.articles} article{o.articles === 1 ? '' : 's'}</span>
              </li>
            ))}
          </ul>
        </section>
        <ActorPositions id={id} />
        <ActorCorrections key={`${actor.id}#${revision}`} actor={actor} names={names} onCorrected={(done) => {
          setNotice(done);
          setRevision((r) => r + 1);
        }} />
      </div>
      <section aria-labelledby="h-statements">
        <h2 id="h-statements">Statements ({statements.length})</h2>
        <div className="table-wrap">
          <table className="actor-statements">
            <thead><tr><th>Date</th><th>Statement</th><th>Kind</th><th>Outlet</th></tr></thead>
            <tbody>
              {statements.map((s) => {
                const href = articleHref(s.article.id, s.id);
                return (
                  <tr key={`${s.article.id}/${s.id}`} tabIndex={0} data-statement={s.id}
                    onKeyDown={(e) => { if (e.key === 'Enter' && e.target === e.currentTarget) navigate(href); }}
                    onClick={(e) => { if ((e.target as HTMLElement).closest('a') === null) navigate(href); }}>
                    <td className="date">{statementDay(s)}</td>
                    <td className="content"><Link href={href}>{s.content.text}</Link></td>
                    <td>{s.kind}</td>
                    <td>{s.article.outlet ?? ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </article>
  );
}
