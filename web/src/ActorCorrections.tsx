/**
 * Corrections of one actor, as `whosaid actors` makes them: rename it, split the mentions under
 * one name form off to a new actor, or merge another actor into it. They are writes (token.tsx),
 * kept in the store and applied again by every re-analysis; the page reloads after each and
 * says what was done.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { mergeActors, renameActor, splitActor, type ActorSummary } from './api.js';
import { actorHref } from './router.js';
import { Link } from './Link.js';
import { TokenField, useWriteToken } from './token.js';

export function ActorCorrections({ actor, names, onCorrected }: { actor: ActorSummary; names: readonly string[]; onCorrected: (notice: ReactNode) => void }) {
  const writes = useWriteToken();
  const [newName, setNewName] = useState(actor.name);
  const [splitName, setSplitName] = useState(names.find((n) => n !== actor.name) ?? '');
  const [absorbed, setAbsorbed] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = (call: (token: string | null) => Promise<ActorSummary>, notice: (answer: ActorSummary) => ReactNode) =>
    (event: FormEvent): void => {
      event.preventDefault();
      setBusy(true);
      void writes.write(call).then((outcome) => {
        setBusy(false);
        if (outcome.ok) onCorrected(notice(outcome.value));
        else setError(outcome.message);
      });
    };
  const link = (a: ActorSummary) => <Link href={actorHref(a.id)}>{a.name} ({a.id})</Link>;

  return (
    <details className="panel wide corrections">
      <summary>Correct this actor</summary>
      <form onSubmit={run((token) => renameActor(actor.id, newName.trim(), token), (a) => `Renamed: ${a.name}.`)} aria-label="Rename">
        <label>New name<input name="name" value={newName} onChange={(e) => setNewName(e.target.value)} required /></label>
        <button type="submit" disabled={busy}>Rename</button>
      </form>
      {names.length > 1 && (
        <form onSubmit={run((token) => splitActor(actor.id, splitName, token), (a) => <>The mentions named “{splitName}” are now {link(a)}.</>)} aria-label="Split off a name">
          <label>
            Name form
            <select name="split" value={splitName} onChange={(e) => setSplitName(e.target.value)}>
              {names.map((n) => <option key={n} value={n}>{n}</option>)}
            </select>
          </label>
          <button type="submit" disabled={busy}>Split off</button>
        </form>
      )}
      <form onSubmit={run((token) => mergeActors(actor.id, absorbed.trim(), token), (a) => `Merged “${absorbed.trim()}” into ${a.name}.`)} aria-label="Merge another actor into this one">
        <label>Another actor (name or id)<input name="absorbed" value={absorbed} onChange={(e) => setAbsorbed(e.target.value)} required placeholder="A12 or a name" /></label>
        <button type="submit" disabled={busy}>Merge into this actor</button>
      </form>
      <TokenField writes={writes} />
      {error !== null && <p role="alert" className="error">{error}</p>}
    </details>
  );
}
