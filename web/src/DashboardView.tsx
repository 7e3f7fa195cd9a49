/**
 * The story at a glance (the home view): counts, statements per day as a bar chart (plain SVG),
 * the outlets with their anonymous and second-hand shares, and the most-quoted actors.
 */
import { fetchActors, fetchCounts, fetchSources, fetchTimeline, type TimelineDay } from './api.js';
import { useLoad } from './load.js';
import { actorHref, onLinkClick } from './router.js';

const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** Statements per day, one bar per day that has any; undated statements are left out. */
export function TimelineChart({ days }: { days: readonly TimelineDay[] }) {
  const dated = days.filter((d): d is TimelineDay & { day: string } => d.day !== null);
  if (dated.length === 0) return <p>No dated statements.</p>;
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
            return (
              <g key={d.day} data-day={d.day}>
                <title>{`${d.day}: ${d.statements} statement${d.statements === 1 ? '' : 's'}`}</title>
                <rect x={x} y={height - h + 14} width={bar} height={h} className="bar" />
                <text x={x + bar / 2} y={height - h + 10} textAnchor="middle" className="value">{d.statements}</text>
                <text x={x + bar / 2} y={height + 30} textAnchor="middle" className="label">{d.day.slice(5)}</text>
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption id="timeline-caption">
        Statements per day, {dated[0]?.day} to {dated[dated.length - 1]?.day}
        {dated.length < days.length && ' (undated statements left out)'}
      </figcaption>
    </figure>
  );
}

export function DashboardView() {
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
                <a href={actorHref(a.id)} onClick={onLinkClick(actorHref(a.id))}>{a.name}</a>
                <span className="sub">{[a.kind, a.roles[0]?.title].filter((x) => x !== undefined && x !== null).join(' · ')}</span>
                <span className="n">{a.statements} statement{a.statements === 1 ? '' : 's'}</span>
              </li>
            ))}
          </ol>
          <p><a href="/app/statements" onClick={onLinkClick('/app/statements')}>All statements</a></p>
        </section>
      </div>
    </section>
  );
}
