/**
 * A directory's files, recursively, in a stable order: names sorted by code unit (not by
 * locale, so every machine agrees), depth first, dotfiles and dot-directories skipped, and
 * files that are never articles (images, media, archives, style sheets, scripts, configuration) passed over:
 * a saved web page's folder holds them beside the page. Named on the command line, such a
 * file is still read and refused with its reason.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { WhosaidError } from '../core/errors.js';

const NOT_ARTICLES = new Set(
  'png jpg jpeg gif webp avif svg ico bmp tif tiff pdf zip tar tgz bz2 xz 7z rar mp3 mp4 m4a wav ogg webm mov avi woff woff2 ttf otf eot css js mjs map wasm exe dll so dylib bin db sqlite yaml yml toml ini'.split(' '),
);

function neverAnArticle(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && NOT_ARTICLES.has(name.slice(dot + 1).toLowerCase());
}

export type WalkEntry = { readonly path: string } | { readonly path: string; readonly error: WhosaidError };

/**
 * Paths are `dir` joined with the names below it, as the user would write them. A directory
 * that cannot be listed is an entry with an error; a symbolic link back up the tree is not
 * followed twice.
 */
export async function* walkFiles(dir: string, cwd: string, seen = new Set<string>()): AsyncGenerator<WalkEntry> {
  let names: string[];
  try {
    const real = await realpath(resolve(cwd, dir));
    if (seen.has(real)) return;
    seen.add(real);
    names = (await readdir(real)).filter((name) => !name.startsWith('.') && !neverAnArticle(name)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch (cause) {
    yield { path: dir, error: new WhosaidError('E_INPUT_UNREADABLE', `${dir}: cannot list the directory (${messageOf(cause)})`, { cause }) };
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    // stat, not the dirent: a link to a directory is walked like the directory
    const isDirectory = await stat(resolve(cwd, path)).then((info) => info.isDirectory(), () => false);
    if (isDirectory) yield* walkFiles(path, cwd, seen);
    else yield { path };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
