/**
 * The statements table: the API's filters as a form (kept in the address bar), cursor paging
 * ("More"), oldest or newest first by the server (the Date column), sorting of the loaded rows
 * by the other columns, a CSV export of everything matching. A row opens the
 * statement in its article (click, Enter, or the link in its content cell); the speaker's name
 * links to their actor page.
 */
import { useEffect, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import { exportUrl, fetchStatements, filterParams, parseFilters, type Filters, type StoredStatement } from './api.js';
import { actorHue } from './highlight.js';
import { actorHref, articleHref, navigate } from './router.js';
import { Link } from './Link.js';

/** Columns sorted in the browser; dates are ordered by the server, across every page. */
type SortKey = 'speaker' | 'outlet' | 'kind';
interface Sort {
  readonly key: SortKey;
  readonly descending: boolean;
}

export const statementDay = (s: StoredStatement): string => s.date?.value ?? s.article.published ?? '';

const SORT_VALUE: Record<SortKey, (s: StoredStatement) => string> = {
  speaker: (s) => s.speakerName ?? '',
  outlet: (s) => s.article.outlet ?? '',
  kind: (s) => s.kind,
};

/** The loaded rows in the chosen order; ties keep the API's order (by day). */
export function sortRows(rows: readonly StoredStatement[], sort: Sort | null): StoredStatement[] {
  if (sort === null) return [...rows];
  const value = SORT_VALUE[sort.key];
  const sign = sort.descending ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => sign * value(a.row).localeCompare(value(b.row)) || a.index - b.index)
    .map((x) => x.row);
}

export function StatementsView({ search }: { search: string }) {
  const filters = useMemo(() => parseFilters(search), [search]);
  const [draft, setDraft] = useState<Filters>(filters);
  const [rows, setRows] = useState<StoredStatement[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sort, setSort] = useState<Sort | null>(null);

  useEffect(() => setDraft(filters), [filters]);
  useEffect(() => {
    const abort = new AbortController();
    setLoading(true);
    setError(null);
    fetchStatements(filters, null, abort.signal)
      .then((page) => {
        setRows([...page.statements]);
        setNext(page.next);
      })
      .catch((e: unknown) => {
        if (!abort.signal.aborted) setError(e instanceof Error ? e.message : String(e));
      })
      .finally(() => {
        if (!abort.signal.aborted) setLoading(false);
      });
    return () => abort.abort();
  }, [filters]);

  const more = (): void => {
    if (next === null) return;
    setLoading(true);
    fetchStatements(filters, next)
      .then((page) => {
        setRows((old) => [...old, ...page.statements]);
        setNext(page.next);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setLoading(false));
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const query = filterParams(draft).toString();
    navigate(`/app/statements${query === '' ? '' : `?${query}`}`);
  };
  const set = <K extends keyof Filters>(key: K, value: Filters[K]): void => setDraft((d) => ({ ...d, [key]: value }));
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const sortBy = (key: SortKey): void =>
    setSort((s) => (s?.key === key ? (s.descending ? null : { key, descending: true }) : { key, descending: false }));
  const ariaSort = (key: SortKey): 'ascending' | 'descending' | 'none' =>
    sort?.key !== key ? 'none' : sort.descending ? 'descending' : 'ascending';
  const dateSort = sort !== null ? 'none' : filters.order === 'newest' ? 'descending' : 'ascending';
  const flipOrder = (): void => {
    setSort(null);
    const query = filterParams({ ...filters, order: filters.order === 'newest' ? 'oldest' : 'newest' }).toString();
    navigate(`/app/statements${query === '' ? '' : `?${query}`}`);
  };

  const open = (s: StoredStatement) => (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (event.key === 'Enter' && event.target === event.currentTarget) navigate(articleHref(s.article.id, s.id));
  };

  return (
    <section className="statements">
      <h1>Statements</h1>
      <form className="filters" onSubmit={submit} role="search" aria-label="Filter statements">
        <label>Speaker<input name="speaker" value={draft.speaker} onChange={(e) => set('speaker', e.target.value)} placeholder="Barrot or A12" /></label>
        <label>Outlet<input name="outlet" value={draft.outlet} onChange={(e) => set('outlet', e.target.value)} /></label>
        <label>About<input name="about" value={draft.about} onChange={(e) => set('about', e.target.value)} placeholder="words, word*" /></label>
        <label>
          Kind
          <select name="kind" value={draft.kind} onChange={(e) => set('kind', e.target.value as Filters['kind'])}>
            <option value="">any</option>
            <option value="direct">direct</option>
            <option value="indirect">indirect</option>
            <option value="mixed">mixed</option>
          </select>
        </label>
        <label>Since<input name="since" type="date" value={draft.since} onChange={(e) => set('since', e.target.value)} /></label>
        <label>Until<input name="until" type="date" value={draft.until} onChange={(e) => set('until', e.target.value)} /></label>
        <label className="check">
          <input name="anonymous" type="checkbox" checked={draft.anonymous} onChange={(e) => set('anonymous', e.target.checked)} />
          Anonymous sources only
        </label>
        <div className="actions">
          <button type="submit">Apply</button>
          <a href={exportUrl(filters)} download="statements.csv">Export CSV</a>
        </div>
      </form>
      {error !== null && <p role="alert" className="error">{error}</p>}
      <p className="count" aria-live="polite">
        {loading ? 'Loading…' : `${rows.length} statement${rows.length === 1 ? '' : 's'}${next === null ? '' : ' shown, more to load'}`}
        {sort !== null && ' (sorted on the loaded rows)'}
      </p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th aria-sort={dateSort}>
                <button type="button" onClick={flipOrder} title={filters.order === 'newest' ? 'newest first: show oldest first' : 'oldest first: show newest first'}>Date</button>
              </th>
              <th aria-sort={ariaSort('speaker')}>
                <button type="button" onClick={() => sortBy('speaker')}>Speaker</button>
              </th>
              <th>Statement</th>
              {(['kind', 'outlet'] as const).map((key) => (
                <th key={key} aria-sort={ariaSort(key)}>
                  <button type="button" onClick={() => sortBy(key)}>{key === 'kind' ? 'Kind' : 'Outlet'}</button>
                </th>
              ))}
              <th>Via</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((s) => {
              const href = articleHref(s.article.id, s.id);
              const hue = actorHue(s.speaker);
              return (
                <tr key={`${s.article.id}/${s.id}`} tabIndex={0} onKeyDown={open(s)} onClick={(e) => {
                  if ((e.target as HTMLElement).closest('a') === null) navigate(href);
                }} data-statement={s.id}>
                  <td className="date">{statementDay(s)}</td>
                  <td className="speaker">
                    <span className="dot" style={hue === null ? undefined : { ['--hue' as string]: String(hue) }} aria-hidden="true" />
                    {s.speaker !== null && s.speakerName !== null ? (
                      <Link href={actorHref(s.speaker)}>{s.speakerName}</Link>
                    ) : (
                      (s.speakerName ?? <em>unknown</em>)
                    )}
                    {s.speakerKind === 'anonymous' && <span className="tag">anonymous</span>}
                  </td>
                  <td className="content"><Link href={href}>{s.content.text}</Link></td>
                  <td>{s.kind}</td>
                  <td>{s.article.outlet ?? ''}</td>
                  <td>{s.viaName ?? ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {next !== null && (
        <button type="button" className="more" onClick={more} disabled={loading}>More</button>
      )}
    </section>
  );
}
