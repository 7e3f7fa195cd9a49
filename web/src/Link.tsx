/** A link within the app: a plain `<a>` whose plain click navigates without a page load (router.ts). */
import type { AnchorHTMLAttributes } from 'react';
import { onLinkClick } from './router.js';

export function Link({ href, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a href={href} onClick={onLinkClick(href)} {...rest} />;
}
