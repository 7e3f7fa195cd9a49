/**
 * Full-text search over the whole store (the header's search box): the statements whose content
 * matches every word, and the articles whose title or text does, each with a snippet; best
 * matches first. Each result opens its article (at the statement, for a statement).
 */
import { fetchSearch, type ArticleHit } from './api.js';
import { useLoad } from './load.js';
import { actorHref, articleHref } from './router.js';
import { Link } from './Link.js';
import { statementDay } from './StatementsView.js';

/** The snippet with the store's [bracketed] matches as marks; the text stays text. */
export function snippetParts(snippet: string): { text: string; match: boolean }[] {
  return snippet
    .split(/(\[[^\]]*\])/)
    .filter((part) => part !== '')
    .map((part) => (/^\[[^\]]*\]$/.test(part) ? { text: part.slice(1, -1), match: true } : { text: part, match: false }));
}

function ArticleResult({ hit }: { hit: ArticleHit }) {
  const href = articleHref(hit.id);
  return (
    <li>
      <Link href={href}>{hit.title ?? 'Untitled article'}</Link>
      <span className="sub"> {[hit.outlet, hit.published].filter((x) => x !== null).join(' · ')}</span>
      <p className="snippet">
        {snippetParts(hit.snippet).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}
      </p>
    </li>
  );
}

export function SearchView({ words }: { words: string }) {
  const asked = words.trim();
  const result = useLoad((signal) => (asked === '' ? Promise.resolve({ statements: [], articles: [] }) : fetchSearch(asked, signal)), asked);
  return (
    <section className="search-view">
      <h1>{asked === '' ? 'Search' : <>Search: “{asked}”</>}</h1>
      {asked === '' && <p>Type words in the search box above; word* matches a prefix.</p>}
      {result.error !== null && <p role="alert" className="error">{result.error}</p>}
      {result.data === null && result.error === null && <p aria-live="polite">Loading…</p>}
      {result.data !== null && asked !== '' && (
        <div className="dash-grid">
          <section className="panel" aria-labelledby="h-found-statements">
            <h2 id="h-found-statements">Statements ({result.data.statements.length})</h2>
            <ol className="results">
              {result.data.statements.map((s) => {
                const href = articleHref(s.article.id, s.id);
                return (
                  <li key={`${s.article.id}/${s.id}`} data-statement={s.id}>
                    {s.speaker !== null && s.speakerName !== null ? (
                      <Link className="who" href={actorHref(s.speaker)}>{s.speakerName}</Link>
                    ) : (
                      <span className="who">{s.speakerName ?? 'unknown'}</span>
                    )}
                    <span className="sub"> {[statementDay(s), s.article.outlet].filter((x) => x !== null && x !== '').join(' · ')}</span>
                    <p><Link href={href}>{s.content.text}</Link></p>
                  </li>
                );
              })}
            </ol>
          </section>
          <section className="panel" aria-labelledby="h-found-articles">
            <h2 id="h-found-articles">Articles ({result.data.articles.length})</h2>
            <ol className="results">
              {result.data.articles.map((hit) => <ArticleResult key={hit.id} hit={hit} />)}
            </ol>
          </section>
        </div>
      )}
    </section>
  );
}
