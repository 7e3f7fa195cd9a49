import { readFileSync } from 'node:fs';

/**
 * The version in package.json, read at run time (for `--version` and the API document): src and
 * dist sit at the same depth, and the build's rootDir (src) keeps the file from being imported.
 */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version?: unknown;
  };
  return String(manifest.version);
}
