/**
 * `whosaid actors` lists the store's actors; `actors merge|split|rename` correct them by hand
 * (the corrections outlive re-analysis); `whosaid actor <name>` shows one actor's page.
 */
import type { ActorKind } from '../../core/analysis.js';
import { WhosaidError } from '../../core/errors.js';
import type { ActorDetail } from '../../store/store.js';
import { count, roleText } from '../format/grid.js';
import { actorsTable, statementsTable } from '../format/store-tables.js';
import type { CliIo } from '../io.js';
import { parseCommandArgs, usageError } from '../parse-command-args.js';
import { DB_HELP, DB_OPTION, HELP_OPTION, JSON_OPTION, LIMIT_OPTION, limitOf, openExistingStore, withStore } from './store-options.js';

export const ACTORS_USAGE = `Usage: whosaid actors [options]
       whosaid actors merge <kept> <absorbed>
       whosaid actors split <actor> (--name "NAME FORM" | --article ID)
       whosaid actors rename <actor> <new name>

Lists the actors of the store, most quoted first, or corrects them by hand. An actor is named
by its id (A12) or any form of its name. Corrections are kept and applied again whenever
articles are re-analysed.

  merge     the second actor becomes part of the first (two spellings, a nickname)
  split     the mentions under one name form, or in one article, become a new actor
            (two people with one surname)
  rename    sets the actor's name; automatic naming no longer changes it

Options:
${DB_HELP}
  --kind KIND          person, organization, country, media, anonymous or group
  --name TEXT          actors whose name matches
  --limit N            at most N actors
  --json               print JSON
  -h, --help           show this help
`;

const KINDS: readonly ActorKind[] = ['person', 'organization', 'country', 'media', 'anonymous', 'group'];

export async function actorsCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('actors', argv, {
    ...DB_OPTION,
    ...HELP_OPTION,
    ...JSON_OPTION,
    ...LIMIT_OPTION,
    kind: { type: 'string' },
    name: { type: 'string' },
    article: { type: 'string' },
  });
  if (values.help) {
    io.stdout(ACTORS_USAGE);
    return 0;
  }
  const [action, ...args] = positionals;
  if (action === undefined) {
    const kind = values.kind;
    if (kind !== undefined && !KINDS.includes(kind as ActorKind)) {
      throw usageError('actors', `--kind expects one of ${KINDS.join(', ')}, got "${kind}"`);
    }
    const limit = limitOf('actors', values.limit);
    return withStore(openExistingStore(values, io), (store) => {
      const actors = store.actors({
        ...(kind === undefined ? {} : { kind: kind as ActorKind }),
        ...(values.name === undefined ? {} : { name: values.name }),
        ...(limit === undefined ? {} : { limit }),
      });
      io.stdout(values.json ? `${JSON.stringify(actors, null, 2)}\n` : actorsTable(actors));
      return 0;
    });
  }
  return withStore(openExistingStore(values, io), (store) => {
    const actor = (() => {
      switch (action) {
        case 'merge':
          expectArgs(action, args, 2, '<kept> <absorbed>');
          return store.mergeActors(args[0] as string, args[1] as string);
        case 'split':
          expectArgs(action, args, 1, '<actor> (--name "NAME FORM" | --article ID)');
          if (values.name === undefined && values.article === undefined) {
            throw usageError('actors', 'split needs --name "NAME FORM" or --article ID');
          }
          return store.splitActor(args[0] as string, {
            ...(values.name === undefined ? {} : { name: values.name }),
            ...(values.article === undefined ? {} : { articleId: values.article }),
          });
        case 'rename':
          expectArgs(action, args, 2, '<actor> <new name>');
          return store.renameActor(args[0] as string, args[1] as string);
        default:
          throw usageError('actors', `unknown action "${action}"; use merge, split or rename`);
      }
    })();
    io.stdout(values.json ? `${JSON.stringify(actor, null, 2)}\n` : `${action}: now ${actor.id} ${actor.name} (${actor.kind}), ${count(actor.articles, 'article')}, ${count(actor.statements, 'statement')}\n`);
    return 0;
  });
}

function expectArgs(action: string, args: readonly string[], n: number, shape: string): void {
  if (args.length !== n) throw usageError('actors', `${action} takes ${shape}`);
}

export const ACTOR_USAGE = `Usage: whosaid actor [options] <name|id>

One actor's page: name forms, roles over time (with the first and last day each was seen),
the outlets that quoted the actor, and every statement.

Options:
${DB_HELP}
  --json               print JSON
  -h, --help           show this help
`;

export async function actorCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('actor', argv, { ...DB_OPTION, ...HELP_OPTION, ...JSON_OPTION });
  if (values.help) {
    io.stdout(ACTOR_USAGE);
    return 0;
  }
  const query = positionals.join(' ').trim();
  if (query === '') throw usageError('actor', 'name an actor (a name or an id such as A12)');
  return withStore(openExistingStore(values, io), (store) => {
    const detail = store.actor(query);
    if (detail === null) throw new WhosaidError('E_NOT_FOUND', `no actor "${query}" in the store`);
    io.stdout(values.json ? `${JSON.stringify(detail, null, 2)}\n` : actorPage(detail));
    return 0;
  });
}

function actorPage(detail: ActorDetail): string {
  const { actor } = detail;
  const lines = [
    `${actor.name} (${actor.id}, ${actor.kind}) — ${count(actor.articles, 'article')}, ${count(actor.statements, 'statement')}`,
  ];
  if (detail.names.length > 1) lines.push(`Also named: ${detail.names.filter((n) => n !== actor.name).join('; ')}`);
  if (actor.roles.length > 0) {
    lines.push('Roles:');
    for (const role of actor.roles) {
      const seen = role.firstSeen === null ? 'undated' : role.firstSeen === role.lastSeen ? role.firstSeen : `${role.firstSeen} – ${role.lastSeen}`;
      lines.push(`  ${roleText(role)}  (${seen}; ${count(role.articles, 'article')})`);
    }
  }
  if (detail.outlets.length > 0) {
    lines.push(`Quoted by: ${detail.outlets.map((o) => `${o.outlet ?? '(unknown outlet)'} (${o.statements})`).join(', ')}`);
  }
  return `${lines.join('\n')}\n\n${statementsTable(detail.statements)}`;
}
