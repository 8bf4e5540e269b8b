import nlp from 'compromise';
import { beforeAll, describe, expect, it } from 'vitest';
import { postTag } from '../../src/extract/post-tagger.js';

interface RawTerm {
  text: string;
  tags: Set<string>;
  frozen?: boolean;
}
type View = ReturnType<typeof nlp.tokenize>;

const STEPS = nlp.hooks();
const BEFORE = STEPS.slice(0, STEPS.indexOf('postTagger'));

/** The text tokenized and tagged up to compromise's post-tagger, as `nlp(text)` runs it. */
function preTagged(text: string): View {
  const doc = nlp.tokenize(text);
  doc.compute(BEFORE);
  return doc;
}

const tagsOf = (doc: View): string[] =>
  (doc as unknown as { docs: RawTerm[][] }).docs.flat().map((t) => `${t.text} ${[...t.tags].sort().join(',')}${t.frozen ? ' frozen' : ''}`);

// Invented sentences and clauses that set off many of the post-tagger's patterns: comma chunks, dates and figures,
// names, auxiliaries, negation, contractions, phrasal verbs, passives and a question.
const TEXTS = [
  'The ferry, which was built in 1998, sank off Vigo on Monday, officials said.',
  "Police haven't named the 45-year-old man, who was arrested near Lyon in May 2010.",
  'She said that the council had not yet approved the plan, but would vote on it next week.',
  'Dr. Ana Ruiz, the mayor of Vigo, told reporters the bridge will be closed until March 9th',
  'Thieves who rammed a car into the shop escaped with $40,000 in cash and jewellery',
  'Is the minister going to resign, or will he carry on as if nothing happened?',
  'The storm flattened 40 barns and left 1,200 homes without power across the county',
  "it's been raining since dawn; the match was called off and fans were sent home",
];

describe("postTag tags as compromise's own post-tagger does", () => {
  // postTag reads the patterns compromise's own post-tagger parses on its first run.
  beforeAll(() => void preTagged('A first run.').compute('postTagger'));

  it.each(TEXTS)('%s', (text) => {
    const theirs = preTagged(text);
    theirs.compute('postTagger');
    const ours = preTagged(text);
    expect(postTag(ours as unknown as Parameters<typeof postTag>[0])).toBe(true);
    expect(tagsOf(ours)).toEqual(tagsOf(theirs));
  });

  it('changes tags the pre-tagger gave (so the comparison above is not vacuous)', () => {
    const changed = TEXTS.filter((text) => {
      const doc = preTagged(text);
      const before = tagsOf(doc);
      expect(postTag(doc as unknown as Parameters<typeof postTag>[0])).toBe(true);
      return tagsOf(doc).join('|') !== before.join('|');
    });
    expect(changed.length).toBeGreaterThan(3);
  });
});
