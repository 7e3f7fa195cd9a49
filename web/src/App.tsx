import { lazy, Suspense, useEffect } from 'react';
import { ActorView } from './ActorView.js';
import { ArticleView } from './ArticleView.js';
import { DashboardView } from './DashboardView.js';
import { onLinkClick, useRoute, type Route } from './router.js';
import { StatementsView } from './StatementsView.js';

// cytoscape is most of the app's weight: only the network view loads it, when first opened
const NetworkView = lazy(() => import('./NetworkView.js').then((module) => ({ default: module.NetworkView })));

const TITLES: Record<Route['view'], string> = {
  dashboard: 'Dashboard',
  statements: 'Statements',
  network: 'Network',
  article: 'Article',
  actor: 'Actor',
  missing: 'Not found',
};

export function App() {
  const route = useRoute();
  useEffect(() => {
    document.title = `${TITLES[route.view]} — whosaid`;
  }, [route]);
  return (
    <>
      <header className="top">
        <a className="brand" href="/" onClick={onLinkClick('/')}>whosaid</a>
        <nav aria-label="Views">
          <a href="/app/" onClick={onLinkClick('/app/')} aria-current={route.view === 'dashboard' ? 'page' : undefined}>
            Dashboard
          </a>
          <a href="/app/statements" onClick={onLinkClick('/app/statements')} aria-current={route.view === 'statements' ? 'page' : undefined}>
            Statements
          </a>
          <a href="/app/network" onClick={onLinkClick('/app/network')} aria-current={route.view === 'network' ? 'page' : undefined}>
            Network
          </a>
        </nav>
      </header>
      <main>
        {route.view === 'dashboard' && <DashboardView />}
        {route.view === 'statements' && <StatementsView search={route.search} />}
        {route.view === 'network' && (
          <Suspense fallback={<p aria-live="polite">Loading…</p>}>
            <NetworkView search={route.search} />
          </Suspense>
        )}
        {route.view === 'article' && <ArticleView id={route.id} statement={route.statement} />}
        {route.view === 'actor' && <ActorView key={route.id} id={route.id} />}
        {route.view === 'missing' && <p role="alert">No page at {route.path}.</p>}
      </main>
    </>
  );
}
