/**
 * The store's read commands — statements, timeline, sources, clusters, search — each a filter
 * parse, one store call and a table or JSON. They differ only in the call and the table.
 */
import type { Store } from '../../store/store.js';
import { clustersTable, sourcesTable, statementsTable, timelineTable } from '../format/store-tables.js';
import type { CliIo } from '../io.js';
import { parseCommandArgs, usageError } from '../parse-command-args.js';
import {
  DB_HELP,
  DB_OPTION,
  FILTER_HELP,
  FILTER_OPTIONS,
  HELP_OPTION,
  JSON_OPTION,
  LIMIT_OPTION,
  limitOf,
  openExistingStore,
  statementFilter,
  withStore,
} from './store-options.js';

const OUTPUT_HELP = `  --json               print JSON (statements in the analysis document's shape, with their article)
  -h, --help           show this help`;

interface QueryCommand {
  readonly summary: string;
  readonly extraOptions?: Record<string, { type: 'string' | 'boolean' }>;
  readonly extraHelp?: string;
  readonly run: (store: Store, filter: ReturnType<typeof statementFilter>, values: Record<string, unknown>) => { json: unknown; table: string };
}

const COMMANDS: Readonly<Record<string, QueryCommand>> = {
  statements: {
    summary: 'Lists the stored statements that match the filters, oldest first (undated last).',
    extraOptions: { jsonl: { type: 'boolean' }, order: { type: 'string' } },
    extraHelp: '  --order ORDER        oldest (default) or newest first; undated statements come last either way\n  --jsonl              print one statement per line',
    run: (store, filter) => {
      const { statements } = store.statements(filter);
      return { json: statements, table: statementsTable(statements) };
    },
  },
  timeline: {
    summary: 'Counts the matching statements by day, with who spoke that day.',
    run: (store, filter) => {
      const days = store.timeline(filter);
      return { json: days, table: timelineTable(days) };
    },
  },
  sources: {
    summary:
      'Per outlet: articles, statements, the share from anonymous sources, and the share that came\nsecond-hand through another outlet ("according to Le Monde", "told the BBC").',
    run: (store, filter) => {
      const outlets = store.sources(filter);
      return { json: outlets, table: sourcesTable(outlets) };
    },
  },
  clusters: {
    summary: 'Quotes carried by several articles: the first outlet and date that carried each, and every later carrier.',
    extraOptions: { 'min-carriers': { type: 'string' } },
    extraHelp: '  --min-carriers N     only quotes carried by at least N articles (default 2)',
    run: (store, filter, values) => {
      const minCarriers = limitOf('clusters', values['min-carriers'] as string | undefined);
      const clusters = store.clusters({ ...filter, ...(minCarriers === undefined ? {} : { minCarriers }) });
      return { json: clusters, table: clustersTable(clusters) };
    },
  },
};

export function queryUsage(name: string): string {
  const command = COMMANDS[name];
  if (command === undefined) return '';
  return `Usage: whosaid ${name} [filters] [options]

${command.summary}

${FILTER_HELP}

Options:
${DB_HELP}
${command.extraHelp ? `${command.extraHelp}\n` : ''}${OUTPUT_HELP}
`;
}

export function isQueryCommand(name: string): boolean {
  return name in COMMANDS;
}

export async function queryCommand(name: string, argv: readonly string[], io: CliIo): Promise<number> {
  const command = COMMANDS[name];
  if (command === undefined) throw usageError(name, 'unknown command');
  const { values }: { values: Record<string, string | boolean | undefined> } = parseCommandArgs(name, argv, {
    ...DB_OPTION,
    ...FILTER_OPTIONS,
    ...HELP_OPTION,
    ...JSON_OPTION,
    ...(command.extraOptions ?? {}),
  });
  if (values.help) {
    io.stdout(queryUsage(name));
    return 0;
  }
  const filter = statementFilter(name, values);
  return withStore(openExistingStore(values, io), (store) => {
    const { json, table } = command.run(store, filter, values);
    if (values.jsonl === true && Array.isArray(json)) io.stdout(json.map((row) => `${JSON.stringify(row)}\n`).join(''));
    else if (values.json) io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    else io.stdout(table);
    return 0;
  });
}

export const SEARCH_USAGE = `Usage: whosaid search [options] <words…>

Full-text search over statement contents and article titles and texts, best matches first.
Every word must match; word* matches a prefix. Accents and case are ignored.

Options:
${DB_HELP}
  --limit N            at most N statements and N articles (default 50)
${OUTPUT_HELP}
`;

export async function searchCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('search', argv, { ...DB_OPTION, ...HELP_OPTION, ...JSON_OPTION, ...LIMIT_OPTION });
  if (values.help) {
    io.stdout(SEARCH_USAGE);
    return 0;
  }
  const text = positionals.join(' ').trim();
  if (text === '') throw usageError('search', 'no words to search for');
  const limit = limitOf('search', values.limit);
  return withStore(openExistingStore(values, io), (store) => {
    const result = store.search(text, limit);
    if (values.json) {
      io.stdout(`${JSON.stringify(result, null, 2)}\n`);
      return 0;
    }
    const articles = result.articles.map((a) => `${a.published ?? 'undated'}  ${a.outlet ?? '-'}  ${a.title ?? a.id.slice(0, 16)}\n    ${a.snippet.replace(/\s+/g, ' ')}`);
    io.stdout(`Statements\n${statementsTable(result.statements)}\nArticles\n${articles.length ? `${articles.join('\n')}\n` : 'no articles match\n'}`);
    return 0;
  });
}
