/**
 * The English stance rules, table-driven. Every sentence is written for these tests and spoken
 * by nobody real. A row gives the content (the whole sentence, or the part between ⟦ and ⟧ with
 * the rest as its paragraph), the expected stance (null: no position taken on the question) and,
 * where it matters, the condition phrases and evidence.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidSpan, spanOf } from '../../src/core/span.js';
import type { Question, StanceLabel } from '../../src/core/stance.js';
import { judgeStance } from '../../src/extract/stances/rules-backend.js';

const QUESTION: Question = {
  id: 'troops',
  label: 'Troops for Kestria',
  target: 'Should the Union send ground troops to Kestria?',
  descriptors: ['ground troops', 'troops', 'ground forces', 'boots on the ground', 'peacekeepers', 'reassurance force', 'deployment'],
};

interface Row {
  readonly text: string;
  readonly stance: StanceLabel | null;
  readonly conditions?: readonly string[];
  readonly deterrents?: readonly string[];
  readonly evidence?: string;
  readonly speaker?: string;
}

function judge(row: Row) {
  const open = row.text.indexOf('⟦');
  const text = row.text.replace(/[⟦⟧]/g, '');
  const content = open < 0 ? spanOf(text, 0, text.length) : spanOf(text, open, row.text.indexOf('⟧') - 1);
  return judgeStance({ key: 'k', question: QUESTION, text, content, paragraph: spanOf(text, 0, text.length), ...(row.speaker ? { speaker: row.speaker } : {}) }).stance;
}

const rows: Record<string, readonly Row[]> = {
  'negation of a refusal opens': [
    { text: 'We do not rule out sending troops.', stance: 'open', evidence: 'not rule out' },
    { text: 'We cannot rule out a deployment of ground forces.', stance: 'open' },
    { text: 'It is not excluded that peacekeepers go in.', stance: 'open' },
    { text: 'Nothing is off the table, including troops.', stance: 'open' },
    { text: 'No option is ruled out, troops included.', stance: 'open' },
    { text: 'We are not ruling out boots on the ground.', stance: 'open' },
    { text: 'A deployment of troops is not impossible.', stance: 'open' },
    { text: 'We have never excluded sending peacekeepers.', stance: 'open' },
  ],
  'refusals': [
    { text: 'We rule out sending troops.', stance: 'oppose', evidence: 'rule out' },
    { text: 'My government rejects any deployment of ground forces.', stance: 'oppose' },
    { text: 'Under no circumstances will we send troops.', stance: 'oppose' },
    { text: 'Sending troops is out of the question.', stance: 'oppose' },
    { text: 'Troops are off the table.', stance: 'oppose' },
    { text: 'Ground troops? Not at this stage.', stance: 'oppose' },
    { text: 'Talk of peacekeepers is premature.', stance: 'oppose' },
    { text: 'We oppose the deployment.', stance: 'oppose' },
    { text: 'Sending troops would be a grave mistake.', stance: 'oppose' },
    { text: 'Troops are not on the table.', stance: 'oppose' },
    { text: 'We will not send troops.', stance: 'oppose' },
    { text: "We won't put boots on the ground.", stance: 'oppose' },
    { text: 'Under no circumstances will we send troops, even if a ceasefire holds.', stance: 'oppose', conditions: [] },
  ],
  'support and its negation': [
    { text: 'We support sending a reassurance force.', stance: 'support' },
    { text: 'We have never supported the deployment of troops.', stance: 'oppose' },
    { text: 'We do not support sending troops.', stance: 'oppose' },
    { text: 'The Union must send troops without delay.', stance: 'support' },
    { text: 'Peacekeepers should go in now.', stance: 'support' },
    { text: 'We are ready to contribute troops.', stance: 'support' },
    { text: 'We are in favour of a reassurance force.', stance: 'support' },
    { text: 'Troops should not be sent.', stance: 'oppose' },
    { text: 'A deployment of peacekeepers is necessary.', stance: 'support' },
    { text: 'We will send troops as long as necessary.', stance: 'support', conditions: [] },
    { text: 'We will send troops if necessary.', stance: 'support', conditions: [] },
  ],
  'modality: could, might, consider': [
    { text: 'Troops could be sent in the spring.', stance: 'open' },
    { text: 'Peacekeepers might be part of the answer.', stance: 'open' },
    { text: 'We are considering a deployment.', stance: 'open' },
    { text: 'Sending troops is not something we are considering.', stance: 'oppose' },
    { text: 'A reassurance force is an option.', stance: 'open' },
    { text: 'Troops are on the table.', stance: 'open' },
    { text: 'We are open to a deployment of peacekeepers.', stance: 'open' },
  ],
  'conditions': [
    { text: 'Any deployment would depend on a ceasefire.', stance: 'conditional', conditions: ['a ceasefire'] },
    { text: 'Troops would go only after a ceasefire.', stance: 'conditional', conditions: ['a ceasefire'] },
    { text: 'Troops would go only if the parliament agrees.', stance: 'conditional', conditions: ['the parliament agrees'] },
    { text: 'There will be no troops without a UN mandate, not without a UN mandate.', stance: 'conditional', conditions: ['a UN mandate'] },
    { text: 'We would send peacekeepers, provided that both sides sign.', stance: 'conditional', conditions: ['both sides sign'] },
    { text: 'Troops can stay as long as the truce holds.', stance: 'conditional', conditions: ['the truce holds'] },
    { text: 'Once a ceasefire is signed, peacekeepers could follow.', stance: 'conditional', conditions: ['a ceasefire is signed'] },
    { text: 'We will not send troops unless Kestria asks for them.', stance: 'conditional', conditions: ['Kestria asks for them'] },
    { text: 'A deployment depends on specific conditions, such as a ceasefire agreement.', stance: 'conditional', conditions: ['a ceasefire agreement'] },
    { text: 'Troops on condition that the Council agrees, yes.', stance: 'conditional', conditions: ['the Council agrees'] },
    { text: 'If a truce holds, we would send peacekeepers.', stance: 'conditional', conditions: ['a truce holds'] },
    { text: 'Any deployment would be subject to a vote in parliament.', stance: 'conditional', conditions: ['a vote in parliament'] },
  ],
  'deterrents': [
    {
      text: 'Leaders would have sent troops were it not for the risk of nuclear escalation by Varnia.',
      stance: 'conditional',
      deterrents: ['risk of nuclear escalation'],
    },
    { text: 'We would deploy peacekeepers but for the threat of a wider war.', stance: 'conditional', deterrents: ['threat of a wider war'] },
    { text: 'Troops stay home because of the risk of escalation.', stance: 'conditional', deterrents: ['risk of escalation'] },
    { text: 'We hold back troops for fear of provoking Varnia.', stance: 'conditional', deterrents: ['provoking Varnia'] },
  ],
  'scope: the clause after "but" is the point': [
    { text: 'There is no consensus on troops yet, but nothing should be excluded.', stance: 'open' },
    { text: 'We support Kestria fully, but sending troops would be a mistake.', stance: 'oppose' },
    { text: 'Some want troops, but we rule that out.', stance: 'oppose' },
    { text: 'Although we will not send troops now, we do not rule out a deployment later.', stance: 'open' },
    { text: 'We are not ruling out troops, although nobody wants them.', stance: 'open' },
    { text: 'We favour sending troops, but only after a ceasefire.', stance: 'conditional', conditions: ['a ceasefire'] },
  ],
  'a view reported is not the speaker\'s': [
    { text: 'Critics argue that troops should be sent at once.', stance: 'neutral' },
    { text: 'Some say that a deployment of troops is inevitable.', stance: 'neutral' },
    { text: 'Opponents reject any deployment of troops.', stance: 'neutral' },
    { text: 'Varnia opposes any deployment of peacekeepers.', stance: 'neutral' },
    { text: 'He told me that the troops should go.', stance: 'neutral' },
    { text: 'According to the minister, troops could be sent.', stance: 'neutral' },
    { text: 'We believe that troops should be sent.', stance: 'support' },
    { text: 'Arland will not rule out sending troops.', stance: 'open', speaker: 'Minister of Arland' },
    { text: 'he would not rule out sending troops', stance: 'open' },
  ],
  'questions and mentions take no position': [
    { text: 'whether troops could be sent', stance: 'neutral' },
    { text: 'Would you send troops?', stance: 'neutral' },
    { text: 'The deployment of troops was discussed on Tuesday.', stance: 'neutral' },
  ],
  'not about the question': [
    { text: 'We will support Kestria for as long as necessary.', stance: null },
    { text: 'We rule out new taxes.', stance: null },
    { text: 'The troopship docked at dawn.', stance: null },
    { text: 'Ground forces aside, the air war goes on. ⟦We support Kestria’s right to defend itself.⟧', stance: null },
  ],
  'about the question through the paragraph': [
    { text: 'Asked about ground troops, she answered: ⟦We do not rule out any option.⟧', stance: 'open' },
    { text: 'On peacekeepers, the minister was blunt. ⟦Nothing is off the table.⟧', stance: 'open' },
    { text: 'Asked about troops, he said: ⟦That is premature.⟧', stance: 'oppose' },
    { text: 'Asked about troops, he said: ⟦We back Kestria’s army with weapons.⟧', stance: null },
    { text: 'Asked about troops, he said: ⟦The weather is bad.⟧', stance: null },
  ],
};

describe('English stance rules', () => {
  it('has at least 60 sentences', () => {
    expect(Object.values(rows).flat().length).toBeGreaterThanOrEqual(60);
  });

  for (const [group, cases] of Object.entries(rows)) {
    describe(group, () => {
      it.each(cases.map((row) => [row.text, row] as const))('%s', (_text, row) => {
        const stance = judge(row);
        expect(stance?.stance ?? null).toBe(row.stance);
        if (row.conditions) expect(stance?.conditions.filter((c) => c.kind === 'condition').map((c) => c.phrase)).toEqual(row.conditions);
        if (row.deterrents) expect(stance?.conditions.filter((c) => c.kind === 'deterrent').map((c) => c.phrase)).toEqual(row.deterrents);
        if (row.evidence) expect(stance?.evidence.text).toBe(row.evidence);
      });
    });
  }
});

describe('the stance rules on any text', () => {
  it('never throw and give only valid spans', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.nat(), (noise, cut) => {
        const text = `${noise} troops ${noise.slice(0, cut % (noise.length + 1))}, but not if ${noise}`;
        const result = judgeStance({ key: 'k', question: QUESTION, text, content: spanOf(text, 0, text.length) });
        const stance = result.stance;
        if (!stance) return;
        for (const span of [stance.evidence, stance.match.span, ...stance.conditions.map((c) => c.span)]) {
          expect(isValidSpan(text, span)).toBe(true);
        }
        expect(stance.confidence).toBeGreaterThanOrEqual(0);
        expect(stance.confidence).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('name no article, speaker or place: the founding article goes through the general rules', () => {
    const sources = [
      ...readdirSync(fileURLToPath(new URL('../../src/extract/stances/', import.meta.url)), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name)),
      fileURLToPath(new URL('../../src/lexicon/en/stance.ts', import.meta.url)),
    ];
    // comments may quote the article as an example; code and word lists may not
    const code = (file: string) => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    for (const file of sources) expect(code(file)).not.toMatch(/Barrot|Tenenbaum|Bauer|Trump|Ukrain|Russia|ceasefire agreement/);
  });
});
