import { useEffect } from 'react';
import { ArticleView } from './ArticleView.js';
import { onLinkClick, useRoute } from './router.js';
import { StatementsView } from './StatementsView.js';

export function App() {
  const route = useRoute();
  useEffect(() => {
    document.title = route.view === 'article' ? 'Article — whosaid' : 'Statements — whosaid';
  }, [route]);
  return (
    <>
      <header className="top">
        <a className="brand" href="/" onClick={onLinkClick('/')}>whosaid</a>
        <nav aria-label="Views">
          <a href="/app/statements" onClick={onLinkClick('/app/statements')} aria-current={route.view === 'statements' ? 'page' : undefined}>
            Statements
          </a>
        </nav>
      </header>
      <main>
        {route.view === 'statements' && <StatementsView search={route.search} />}
        {route.view === 'article' && <ArticleView id={route.id} statement={route.statement} />}
        {route.view === 'missing' && <p role="alert">No page at {route.path}.</p>}
      </main>
    </>
  );
}
