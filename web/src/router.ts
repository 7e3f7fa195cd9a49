/**
 * Client routes, in the address bar so links, reload and back work: the dashboard at `/` and
 * `/app/`, `/app/statements` (filters in the query string), `/app/articles/{id}?statement={sid}`,
 * `/app/actors/{id}`, `/app/paste`, `/app/search?q=…`, `/app/network` (days in the query string). The server answers
 * index.html for every `/app/` path.
 */
import { useEffect, useState } from 'react';

export type Route =
  | { readonly view: 'dashboard'; readonly search: string }
  | { readonly view: 'actor'; readonly id: string }
  | { readonly view: 'paste' }
  | { readonly view: 'search'; readonly words: string }
  | { readonly view: 'statements'; readonly search: string }
  | { readonly view: 'network'; readonly search: string }
  | { readonly view: 'article'; readonly id: string; readonly statement: string | null }
  | { readonly view: 'missing'; readonly path: string };

export function parseRoute(pathname: string, search: string): Route {
  if (pathname === '/' || pathname === '/app' || pathname === '/app/') return { view: 'dashboard', search };
  if (pathname === '/app/statements') return { view: 'statements', search };
  if (pathname === '/app/paste') return { view: 'paste' };
  if (pathname === '/app/search') return { view: 'search', words: new URLSearchParams(search).get('q') ?? '' };
  if (pathname === '/app/network') return { view: 'network', search };
  const actor = /^\/app\/actors\/([^/]+)$/.exec(pathname);
  if (actor?.[1] !== undefined) return { view: 'actor', id: decodeURIComponent(actor[1]) };
  const article = /^\/app\/articles\/([^/]+)$/.exec(pathname);
  if (article?.[1] !== undefined) {
    return { view: 'article', id: decodeURIComponent(article[1]), statement: new URLSearchParams(search).get('statement') };
  }
  return { view: 'missing', path: pathname };
}

export const articleHref = (id: string, statement?: string): string =>
  `/app/articles/${encodeURIComponent(id)}${statement === undefined ? '' : `?statement=${encodeURIComponent(statement)}`}`;

export const actorHref = (id: string): string => `/app/actors/${encodeURIComponent(id)}`;

export function navigate(href: string, replace = false): void {
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export function useRoute(): Route {
  const read = (): Route => parseRoute(location.pathname, location.search);
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const update = (): void => setRoute(read());
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  return route;
}

/** A plain link that navigates in the app on a plain click (new tab and the like still work). */
export function onLinkClick(href: string) {
  return (event: { button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean; preventDefault: () => void }): void => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
}
