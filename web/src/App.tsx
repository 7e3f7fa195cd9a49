import { lazy, Suspense, useEffect, useState, type FormEvent } from 'react';
import { ActorView } from './ActorView.js';
import { ArticleView } from './ArticleView.js';
import { DashboardView } from './DashboardView.js';
import { PasteView } from './PasteView.js';
import { SearchView } from './SearchView.js';
import { navigate, useRoute, type Route } from './router.js';
import { Link } from './Link.js';
import { StatementsView } from './StatementsView.js';

// cytoscape is most of the app's weight: only the network view loads it, when first opened
const NetworkView = lazy(() => import('./NetworkView.js').then((module) => ({ default: module.NetworkView })));

const TITLES: Record<Route['view'], string> = {
  dashboard: 'Dashboard',
  statements: 'Statements',
  network: 'Network',
  article: 'Article',
  actor: 'Actor',
  paste: 'Analyse an article',
  search: 'Search',
  missing: 'Not found',
};

/** The views the header links to. */
const NAV: readonly { readonly view: Route['view']; readonly href: string; readonly label: string }[] = [
  { view: 'dashboard', href: '/app/', label: 'Dashboard' },
  { view: 'statements', href: '/app/statements', label: 'Statements' },
  { view: 'paste', href: '/app/paste', label: 'Paste' },
  { view: 'network', href: '/app/network', label: 'Network' },
];

/** The header's search box: the words go to the search view, in the address. */
function SearchBox({ words }: { words: string }) {
  const [draft, setDraft] = useState(words);
  useEffect(() => setDraft(words), [words]);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    navigate(`/app/search?q=${encodeURIComponent(draft.trim())}`);
  };
  return (
    <form className="search-box" role="search" aria-label="Search the store" onSubmit={submit}>
      <input type="search" name="q" aria-label="Search words" placeholder="Search statements and articles" value={draft} onChange={(e) => setDraft(e.target.value)} />
    </form>
  );
}

export function App() {
  const route = useRoute();
  useEffect(() => {
    document.title = `${TITLES[route.view]} — whosaid`;
  }, [route]);
  return (
    <>
      <header className="top">
        <Link className="brand" href="/">whosaid</Link>
        <nav aria-label="Views">
          {NAV.map(({ view, href, label }) => (
            <Link key={view} href={href} aria-current={route.view === view ? 'page' : undefined}>{label}</Link>
          ))}
        </nav>
        <SearchBox words={route.view === 'search' ? route.words : ''} />
      </header>
      <main>
        {route.view === 'dashboard' && <DashboardView search={route.search} />}
        {route.view === 'statements' && <StatementsView search={route.search} />}
        {route.view === 'network' && (
          <Suspense fallback={<p aria-live="polite">Loading…</p>}>
            <NetworkView search={route.search} />
          </Suspense>
        )}
        {route.view === 'article' && <ArticleView id={route.id} statement={route.statement} />}
        {route.view === 'actor' && <ActorView key={route.id} id={route.id} />}
        {route.view === 'paste' && <PasteView />}
        {route.view === 'search' && <SearchView words={route.words} />}
        {route.view === 'missing' && <p role="alert">No page at {route.path}.</p>}
      </main>
    </>
  );
}
