import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { mayContract, mayContractTwo } from '../../src/extract/contractions-step.js';

interface RawTerm {
  text: string;
  normal: string;
  implicit?: string;
  tags: Set<string>;
}
type View = ReturnType<typeof nlp.tokenize>;

const termsOf = (doc: View): string[] =>
  (doc as unknown as { document: RawTerm[][] }).document.flat().map((t) => `${t.text}|${t.normal}|${t.implicit ?? ''}|${[...t.tags].sort().join(',')}`);

/** The words before and after compromise's own 'contractions' step, and what mayContract said before it ran. */
function contracted(text: string): { may: boolean; before: string[]; after: string[] } {
  const doc = nlp.tokenize(text);
  const before = termsOf(doc);
  const may = mayContract(doc as unknown as Parameters<typeof mayContract>[0]);
  doc.compute('contractions');
  return { may, before, after: termsOf(doc) };
}

// Invented sentences: one of each kind of word the step changes, and clauses it leaves as they are (possessives too).
const CHANGED = [
  'The mayor cannot attend the hearing',
  "They're closing the bridge on Monday",
  'The crew had alot of work to do',
  'The final score was 44-2 after extra time',
  'The storm dropped 4km of cable into the bay',
  "There's been no word from the ministry",
  "The council isn't ready and we'll wait",
  "How'd the crew get out so fast",
  "He wrote of l'amour and c'est la vie",
  "I'm sure they've left",
];
const UNCHANGED = [
  'The ferry sank off Vigo on Monday, officials said.',
  'Police arrested 45 people near the stadium in May 2010',
  'The council will vote on the plan next week',
  'Prices rose 3.5 percent in the third quarter',
  "Apple's shares fell after the company's report",
  "The workers' union rejected the offer",
];

describe("mayContract: false only where compromise's 'contractions' step changes nothing", () => {
  it.each(CHANGED)('%s: the step changes it, and mayContract says it may', (text) => {
    const { may, before, after } = contracted(text);
    expect(after).not.toEqual(before);
    expect(may).toBe(true);
  });

  it.each(UNCHANGED)('%s: mayContract says no, and the step changes nothing', (text) => {
    const { may, before, after } = contracted(text);
    expect(may).toBe(false);
    expect(after).toEqual(before);
  });
});

/** The words before and after compromise's 'contractionTwo' step on a pre-tagged text, and what mayContractTwo said. */
function contractedTwo(text: string): { may: boolean; before: string[]; after: string[] } {
  const doc = nlp.tokenize(text);
  const steps = nlp.hooks();
  doc.compute(steps.slice(0, steps.indexOf('contractionTwo')));
  const before = termsOf(doc);
  const may = mayContractTwo(doc as unknown as Parameters<typeof mayContractTwo>[0]);
  doc.compute('contractionTwo');
  return { may, before, after: termsOf(doc) };
}

describe("mayContractTwo: false only where compromise's 'contractionTwo' step changes nothing", () => {
  it.each(["The mayor's office said it's closed", "Apple's shares fell"])('%s: the step changes it, and mayContractTwo says it may', (text) => {
    const { may, before, after } = contractedTwo(text);
    expect(after).not.toEqual(before);
    expect(may).toBe(true);
  });

  it.each(UNCHANGED.filter((text) => !text.includes("'")))('%s: mayContractTwo says no, and the step changes nothing', (text) => {
    const { may, before, after } = contractedTwo(text);
    expect(may).toBe(false);
    expect(after).toEqual(before);
  });
});
