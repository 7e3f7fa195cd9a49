/**
 * The story at a glance (the home view): counts, statements per day stacked by speaker (plain
 * SVG), the position matrix on the server's questions or on one the user asks, the outlets with
 * their anonymous and second-hand shares, and the most-quoted actors.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { fetchActors, fetchCounts, fetchPositions, fetchQuestions, fetchShifts, fetchSources, fetchTimeline, type TimelineDay } from './api.js';
import { actorHue } from './highlight.js';
import { useLoad } from './load.js';
import { PositionMatrix, ShiftList, StanceLegend } from './positions.js';
import { actorHref, navigate } from './router.js';
import { Link } from './Link.js';

/** Rows of the position matrix: the actors (and bodies) with the most statements on the questions. */
const MATRIX_ROWS = 25;

/** Speakers with a colour of their own in the timeline; the rest are stacked as "others". */
const TIMELINE_SPEAKERS = 6;

interface Speaker {
  readonly id: string;
  readonly name: string;
  readonly hue: number;
}

/** The speakers with most statements over the whole timeline, most first. */
export function leadingSpeakers(days: readonly TimelineDay[], count: number): Speaker[] {
  const totals = new Map<string, { name: string; statements: number }>();
  for (const day of days) {
    for (const s of day.speakers) {
      if (s.id === null) continue;
      const seen = totals.get(s.id);
      totals.set(s.id, { name: s.name ?? s.id, statements: (seen?.statements ?? 0) + s.statements });
    }
  }
  return [...totals.entries()]
    .sort(([a, x], [b, y]) => y.statements - x.statements || x.name.localeCompare(y.name) || a.localeCompare(b))
    .slice(0, count)
    .map(([id, { name }]) => ({ id, name, hue: actorHue(id) ?? 0 }));
}

const percent = (share: number): string => `${Math.round(share * 100)}%`;

/**
 * Statements per day, one bar per day that has any, stacked by the leading speakers (the rest
 * grey); undated statements are left out.
 */
export function TimelineChart({ days }: { days: readonly TimelineDay[] }) {
  const dated = days.filter((d): d is TimelineDay & { day: string } => d.day !== null);
  if (dated.length === 0) return <p>No dated statements.</p>;
  const speakers = leadingSpeakers(dated, TIMELINE_SPEAKERS);
  const max = Math.max(...dated.map((d) => d.statements));
  const bar = 28;
  const gap = 8;
  const height = 120;
  const width = dated.length * (bar + gap);
  return (
    <figure className="timeline">
      <div className="chart-wrap">
        <svg role="img" aria-labelledby="timeline-caption" viewBox={`0 0 ${width} ${height + 40}`} width={width} height={height + 40}>
          {dated.map((d, i) => {
            const h = Math.max(2, (d.statements / max) * height);
            const x = i * (bar + gap);
            const stack = stackOf(d, speakers);
            let top = height + 14;
            return (
              <g key={d.day} data-day={d.day}>
                <title>{`${d.day}: ${d.statements} statement${d.statements === 1 ? '' : 's'}${stack.map((p) => `\n${p.name}: ${p.statements}`).join('')}`}</title>
                {stack.map((part) => {
                  const ph = (part.statements / d.statements) * h;
                  top -= ph;
                  return (
                    <rect key={part.id} x={x} y={top} width={bar} height={ph} className={part.hue === null ? 'bar others' : 'bar'}
                      data-speaker={part.name} style={part.hue === null ? undefined : { fill: `hsl(${part.hue} 60% 50%)` }} />
                  );
                })}
                <text x={x + bar / 2} y={height - h + 10} textAnchor="middle" className="value">{d.statements}</text>
                <text x={x + bar / 2} y={height + 30} textAnchor="middle" className="label">{d.day.slice(5)}</text>
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption id="timeline-caption">
        Statements per day, {dated[0]?.day} to {dated[dated.length - 1]?.day}
        {dated.length < days.length && ' (undated statements left out)'}, by speaker:
        <ul className="timeline-legend">
          {speakers.map((s) => (
            <li key={s.id}>
              <span className="dot" style={{ ['--hue' as string]: String(s.hue) }} aria-hidden="true" />
              <Link href={actorHref(s.id)}>{s.name}</Link>
            </li>
          ))}
          <li><span className="dot others" aria-hidden="true" />others</li>
        </ul>
      </figcaption>
    </figure>
  );
}

/** One day's bar, bottom up: the leading speakers' statements, then everyone else's. */
function stackOf(day: TimelineDay, speakers: readonly Speaker[]): { id: string; name: string; hue: number | null; statements: number }[] {
  const parts = speakers
    .map((s) => ({ ...s, statements: day.speakers.find((x) => x.id === s.id)?.statements ?? 0 }))
    .filter((p) => p.statements > 0);
  const rest = day.statements - parts.reduce((n, p) => n + p.statements, 0);
  return rest > 0 ? [...parts, { id: '', name: 'others', hue: null, statements: rest }] : parts;
}

/**
 * The position matrix: on the server's questions, or on one the user asks (kept in the address
 * as ?question=…, so it can be shared).
 */
function PositionsPanel({ asked }: { asked: string | null }) {
  const questions = useLoad(fetchQuestions, 'questions');
  const unasked = asked === null && questions.data?.length === 0;
  const query = asked === null ? { limit: MATRIX_ROWS } : { question: asked, limit: MATRIX_ROWS };
  const key = `${asked ?? ''}|${questions.data === null ? 'loading' : questions.data.length}`;
  const positions = useLoad((signal) => (unasked ? Promise.resolve([]) : fetchPositions(query, signal)), key);
  const shifts = useLoad((signal) => (unasked ? Promise.resolve([]) : fetchShifts(query, signal)), key);
  const [draft, setDraft] = useState(asked ?? '');
  useEffect(() => setDraft(asked ?? ''), [asked]);
  const ask = (event: FormEvent): void => {
    event.preventDefault();
    const question = draft.trim();
    navigate(question === '' ? '/app/' : `/app/?question=${encodeURIComponent(question)}`);
  };
  const columns = asked === null ? (questions.data ?? []) : [...new Set((positions.data ?? []).map((p) => p.question))].map((id) => ({ id, label: asked }));
  const waiting = questions.data === null || (positions.data === null && positions.error === null);
  return (
    <section className="panel wide" aria-labelledby="h-positions">
      <h2 id="h-positions">Positions</h2>
      <form className="ask" role="search" aria-label="Ask a question" onSubmit={ask}>
        <label>
          Question
          <input name="question" value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="Should Europe deploy ground troops to Ukraine?" />
        </label>
        <button type="submit">Ask</button>
        {asked !== null && questions.data !== null && questions.data.length > 0 && (
          <Link href="/app/">The server's questions</Link>
        )}
      </form>
      {positions.error !== null && <p role="alert" className="error">{positions.error}</p>}
      {waiting ? (
        <p aria-live="polite">Loading…</p>
      ) : asked === null && columns.length === 0 ? (
        <p>This server has no questions of its own (whosaid serve --questions FILE): ask one above.</p>
      ) : (
        positions.data !== null && (
          <>
            <StanceLegend />
            {new Set(positions.data.filter((p) => p.level === 'actor').map((p) => p.actor.id ?? p.actor.name)).size === MATRIX_ROWS && (
              <p className="sub">Only the {MATRIX_ROWS} actors and {MATRIX_ROWS} bodies with the most statements on the questions are shown.</p>
            )}
            <PositionMatrix positions={positions.data} questions={columns.length > 0 ? columns : [{ id: '', label: asked ?? '' }]} />
            <h3 id="h-shifts">How positions moved</h3>
            {shifts.data === null ? (
              <p aria-live="polite">{shifts.error ?? 'Loading…'}</p>
            ) : (
              <ShiftList shifts={shifts.data} label={(id) => columns.find((c) => c.id === id)?.label ?? id} />
            )}
          </>
        )
      )}
    </section>
  );
}

export function DashboardView({ search }: { search: string }) {
  const asked = new URLSearchParams(search).get('question');
  const counts = useLoad(fetchCounts, 'counts');
  const timeline = useLoad(fetchTimeline, 'timeline');
  const sources = useLoad(fetchSources, 'sources');
  const actors = useLoad((signal) => fetchActors(10, signal), 'actors');
  const errors = [counts, timeline, sources, actors].map((x) => x.error).filter((e) => e !== null);

  return (
    <section className="dashboard">
      <h1>Story dashboard</h1>
      {errors.length > 0 && <p role="alert" className="error">{errors.join('; ')}</p>}
      <dl className="counts" aria-label="Counts">
        {(['articles', 'statements', 'actors'] as const).map((key) => (
          <div key={key} data-count={key}>
            <dt>{key[0]?.toUpperCase() + key.slice(1)}</dt>
            <dd>{counts.data === null ? '…' : counts.data[key]}</dd>
          </div>
        ))}
      </dl>
      <div className="dash-grid">
        <section className="panel wide" aria-labelledby="h-timeline">
          <h2 id="h-timeline">Timeline</h2>
          {timeline.data === null ? <p aria-live="polite">Loading…</p> : <TimelineChart days={timeline.data} />}
        </section>
        <PositionsPanel asked={asked === null || asked.trim() === '' ? null : asked} />
        <section className="panel" aria-labelledby="h-outlets">
          <h2 id="h-outlets">Outlets</h2>
          <div className="table-wrap">
            <table className="plain outlets">
              <thead>
                <tr><th>Outlet</th><th className="num">Articles</th><th className="num">Statements</th><th className="num">Anonymous</th><th className="num">Second-hand</th></tr>
              </thead>
              <tbody>
                {(sources.data ?? []).map((o) => (
                  <tr key={o.outlet ?? ''} data-outlet={o.outlet ?? ''}>
                    <td>{o.outlet ?? <em>no outlet</em>}</td>
                    <td className="num" data-label="Articles">{o.articles}</td>
                    <td className="num" data-label="Statements">{o.statements}</td>
                    <td className="num" data-label="Anonymous">{percent(o.anonymousShare)}</td>
                    <td className="num" data-label="Second-hand">{percent(o.secondHandShare)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
        <section className="panel" aria-labelledby="h-actors">
          <h2 id="h-actors">Most quoted</h2>
          <ol className="top-actors">
            {(actors.data ?? []).map((a) => (
              <li key={a.id}>
                <Link href={actorHref(a.id)}>{a.name}</Link>
                <span className="sub">{[a.kind, a.roles[0]?.title].filter((x) => x !== undefined && x !== null).join(' · ')}</span>
                <span className="n">{a.statements} statement{a.statements === 1 ? '' : 's'}</span>
              </li>
            ))}
          </ol>
          <p><Link href="/app/statements">All statements</Link></p>
        </section>
      </div>
    </section>
  );
}
