/**
 * What every browser test shares: Debian's chromium, headless, driven by playwright-core, against
 * `buildServer` on a loopback port; pages that record any request leaving the server and any
 * error the app logs; the folder screenshots are saved in (test-artifacts/web/).
 * `skipReason` says why a suite can't run (chromium or the built app missing).
 */
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { ServerOptions } from '../../src/server/app.js';
import { findWebRoot } from '../../src/server/web.js';
import { testServer, type TestServer } from '../server/app.js';

const CHROMIUM = process.env['WHOSAID_CHROMIUM'] ?? '/usr/bin/chromium';
const WEB_ROOT = findWebRoot();
export const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/web/', import.meta.url));

export const skipReason: string | null = !existsSync(CHROMIUM)
  ? `${CHROMIUM} is absent (apt-get install -y chromium)`
  : WEB_ROOT === null
    ? 'the web app is not built (npm run build)'
    : null;

export interface BrowserSession {
  readonly server: TestServer;
  /** http://127.0.0.1:port */
  readonly base: string;
  openPage(width: number, height: number): Promise<Page>;
  /** requests that went anywhere but the server */
  readonly outside: readonly string[];
  /** console errors and uncaught exceptions of every page */
  readonly problems: readonly string[];
  close(): Promise<void>;
}

export async function startBrowserSession(options: Parameters<typeof testServer>[0] & Partial<ServerOptions> = {}): Promise<BrowserSession> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const server = await testServer({ webRoot: WEB_ROOT, ...options });
  await server.app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-default-apps'],
  });
  const outside: string[] = [];
  const problems: string[] = [];
  return {
    server,
    base,
    outside,
    problems,
    async openPage(width, height) {
      const page = await browser.newPage({ viewport: { width, height }, acceptDownloads: true });
      page.on('request', (request) => {
        if (!request.url().startsWith(base)) outside.push(request.url());
      });
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
