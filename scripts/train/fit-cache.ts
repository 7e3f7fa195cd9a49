/**
 * Fold fits kept on disk (.cache/train/, not in git), keyed by everything a fit reads: its
 * settings and, per training article, its feature hashes, gold labels and chains. A change to
 * the features, the rules' marks or the gold makes another key and a new fit; a change after
 * the tagger (assembly, linking, finishers, resolution) finds every fold's fit and
 * cross-validates in about a minute instead of the folds' fits.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RoleModelData } from '../../src/extract/roles/model.js';
import { checkRoleModel } from '../../src/extract/roles/model.js';
import { fitRoleModel, type RoleFitSettings } from './role-model.js';
import type { RoleArticle } from './role-corpus.js';

export const FIT_CACHE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../.cache/train');

function fitKey(articles: readonly RoleArticle[], settings: RoleFitSettings): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ ...settings, templates: settings.templates.map((t) => t.name) }));
  for (const a of articles) {
    hash.update(a.id);
    hash.update(a.labels);
    hash.update(new Uint8Array(a.hashes.buffer, a.hashes.byteOffset, a.hashes.byteLength));
    hash.update(JSON.stringify(a.chains));
  }
  return hash.digest('hex');
}

/** The fit of these articles with these settings: read from the cache when `dir` holds it, else fitted and written there; `dir` null fits without the cache. */
export function cachedFit(articles: readonly RoleArticle[], settings: RoleFitSettings, dir: string | null, log: (line: string) => void): RoleModelData {
  if (dir === null) return fitRoleModel(articles, settings, {}, log);
  const file = path.join(dir, `${fitKey(articles, settings)}.json`);
  if (fs.existsSync(file)) {
    log(`  ${articles.length} articles: the same fit is in ${path.relative(process.cwd(), file)}`);
    return checkRoleModel(JSON.parse(fs.readFileSync(file, 'utf8')));
  }
  const model = fitRoleModel(articles, settings, {}, log);
  fs.mkdirSync(dir, { recursive: true });
  // written whole then renamed, so a fold job stopped midway leaves no half file to read
  fs.writeFileSync(`${file}.part`, JSON.stringify(model));
  fs.renameSync(`${file}.part`, file);
  return model;
}
