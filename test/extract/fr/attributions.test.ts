/**
 * French attribution frames end to end: analyze(…, { language: 'fr' }) on short inputs about
 * fictional people, spans written inline (test/helpers/marked.ts: ⟨source⟩ ⟪cue⟫ ⟦content⟧).
 * Each row must give exactly one statement (or `count`), the one with the marked cue; the rows
 * in NOTHING none at all.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import type { AnalysisDocument, StatementKind } from '../../../src/core/analysis.js';
import { marked } from '../../helpers/marked.js';

interface Row {
  readonly input: string;
  readonly kind: StatementKind;
  readonly speaker?: string | null;
  readonly via?: string | null;
  readonly count?: number;
}

const FRAMES: readonly Row[] = [
  // incise: quote · cue · subject, with inverted clitics
  { input: '« ⟦Nous ne céderons pas⟧ », ⟪a déclaré⟫ ⟨Jean Dufresne⟩.', kind: 'direct', speaker: 'Jean Dufresne' },
  { input: '« ⟦Rien n’est exclu⟧ », a⟨-t-il⟩ ⟪ajouté⟫.', kind: 'direct', speaker: null },
  { input: "« ⟦Le calendrier tiendra⟧ », ⟪a estimé⟫ ⟨le ministre des Armées Paul Vernier⟩.", kind: 'direct', speaker: 'Paul Vernier' },
  { input: '« ⟦C’est trop tôt⟧ », ⟪estime⟫⟨-t-elle⟩.', kind: 'direct', speaker: null },
  { input: '« ⟦Partons⟧ », ⟪dit⟫⟨-il⟩.', kind: 'direct' },
  { input: '« ⟦Pourquoi attendre ?⟧ » ⟪déclara⟫ ⟨Mme Lagarde-Sorel⟩.', kind: 'direct', speaker: 'Lagarde-Sorel' },
  { input: '« ⟦Nous sommes prêts⟧ », ⟪a déclaré⟫ ⟨la ministre Claire Morand⟩ au Figaro.', kind: 'direct', speaker: 'Claire Morand', via: 'Le Figaro' },
  // incise after a reported clause
  { input: '⟦Le plan est abandonné⟧, ⟪a estimé⟫ ⟨le chercheur⟩.', kind: 'indirect', speaker: 'le chercheur' },
  // subject · cue · que / colon / quote, every tense
  { input: '⟨Luc Henrion⟩ ⟪a déclaré⟫ que ⟦les discussions se poursuivaient⟧.', kind: 'indirect', speaker: 'Luc Henrion' },
  { input: '⟨Luc Henrion⟩ ⟪affirme⟫ qu’⟦aucun accord n’a été trouvé⟧.', kind: 'indirect' },
  { input: '⟨Elle⟩ ⟪déclarait⟫ qu’⟦il fallait attendre⟧.', kind: 'indirect' },
  { input: '⟨Mme Roussel⟩ ⟪n’a pas exclu⟫ que ⟦le sommet soit reporté⟧.', kind: 'indirect', count: 1 },
  { input: '⟨Le porte-parole⟩ ⟪a également souligné⟫ que ⟦la France restait engagée⟧.', kind: 'indirect' },
  { input: '⟨Marie Durand, porte-parole du gouvernement⟩, ⟪a affirmé⟫ : « ⟦C’est faux.⟧ »', kind: 'direct', speaker: 'Marie Durand' },
  { input: '⟨Le général Arnaud Pélissier⟩ ⟪a averti⟫ mardi que ⟦la menace grandissait⟧.', kind: 'indirect', speaker: 'Arnaud Pélissier' },
  { input: '⟨Une source militaire britannique⟩ ⟪a déclaré⟫ au Monde que ⟦les troupes étaient prêtes⟧.', kind: 'indirect', speaker: 'Une source militaire britannique', via: 'Le Monde' },
  { input: '⟨Il⟩ ⟪a indiqué⟫ dans un entretien à la BBC que ⟦le dossier avançait⟧.', kind: 'indirect', via: 'BBC' },
  { input: '⟨Elle⟩ ⟪a rappelé⟫ sur France Inter que ⟦rien n’était signé⟧.', kind: 'indirect', via: 'France Inter' },
  { input: '⟨Il⟩ ⟪a assuré⟫ à l’antenne de RTL que ⟦rien n’était décidé⟧.', kind: 'indirect', via: 'RTL' },
  { input: '⟨L’entourage du président⟩ ⟪a démenti⟫ qu’⟦un accord ait été trouvé⟧.', kind: 'indirect', speaker: 'L’entourage du président' },
  { input: '⟨Des diplomates⟩ ⟪ont reconnu⟫ que ⟦la séance avait été tendue⟧.', kind: 'indirect', speaker: 'Des diplomates' },
  // selon, d'après, de source …
  { input: '⟪Selon⟫ ⟨une source proche du dossier⟩, ⟦le sommet est reporté⟧.', kind: 'indirect', speaker: 'une source proche du dossier' },
  { input: '⟪D’après⟫ ⟨M. Garnier⟩, ⟦l’accord est prêt⟧.', kind: 'indirect', speaker: 'Garnier' },
  { input: '⟦Le sommet est reporté⟧, ⟪selon⟫ ⟨des sources informées⟩.', kind: 'indirect', speaker: 'des sources informées' },
  { input: '⟦Le sommet est reporté⟧, ⟪de⟫ ⟨source diplomatique⟩.', kind: 'indirect' },
  { input: '⟪Selon⟫ l’AFP, qui cite ⟨des sources informées⟩, ⟦le président est souffrant⟧.', kind: 'indirect', speaker: 'des sources informées', via: 'AFP' },
  // speaker colon
  { input: '⟨Jean-Paul Ferrand⟩ ⟪:⟫ « ⟦Rien n’est joué.⟧ »', kind: 'direct', speaker: 'Jean-Paul Ferrand' },
  { input: '⟨La présidente de la Commission⟩ ⟪:⟫ « ⟦Nous sommes unis.⟧ »', kind: 'direct', speaker: 'La présidente de la Commission' },
];

const NOTHING: readonly string[] = [
  'Le texte annoncé mardi prévoit des hausses.',
  'Le ministre a déclaré forfait.',
  'La décision qu’il a annoncée surprend.',
  'Le bilan : trois morts.',
  'Le mot « souveraineté » revient souvent.',
  'Il pleut sur Paris depuis mardi.',
];

function nameOf(doc: AnalysisDocument, id: string | null): string | null {
  return id === null ? null : (doc.actors.find((a) => a.id === id)?.name ?? null);
}

function summary(doc: AnalysisDocument): string[] {
  return doc.statements.map((s) => `${s.kind} · source ${JSON.stringify(s.source?.text ?? null)} · cue ${JSON.stringify(s.cue?.text ?? null)} · content ${JSON.stringify(s.content.text)} [${s.rule}]`);
}

describe('French attribution frames (through analyze)', () => {
  it.each(FRAMES.map((row) => [row.input, row] as const))('%s', (_input, row) => {
    const m = marked(row.input);
    const doc = analyze(m.text, { language: 'fr' });
    expect(summary(doc)).toHaveLength(row.count ?? 1);
    const s = doc.statements.find((x) => x.cue !== null && m.cue !== null && x.cue.start === m.cue.start) ?? doc.statements[0];
    expect({ source: s?.source, cue: s?.cue, contentParts: s?.contentParts, kind: s?.kind }).toEqual({ source: m.source, cue: m.cue, contentParts: m.content, kind: row.kind });
    if (row.speaker !== undefined) expect(nameOf(doc, s?.speaker ?? null)).toBe(row.speaker);
    if (row.via !== undefined) expect(nameOf(doc, s?.via ?? null)).toBe(row.via);
  });

  it.each(NOTHING)('finds no statement in %j', (text) => {
    expect(summary(analyze(text, { language: 'fr' }))).toEqual([]);
  });
});
