/**
 * A phrasal verb and its single-verb paraphrase name one event (WordNet 3.1 synsets and hypernyms,
 * src/lexicon/wordnet-phrasal-verbs.ts), through the public analyze API; its bare verb, another phrasal verb and a
 * preposition after a verb of motion do not. Every sentence is invented for this file.
 */
import { describe, expect, it } from 'vitest';
import { reportedBetween } from '../helpers/two-reports.js';

// Medium and high are one reported band here: the border between them moves with each refit of the weights.
const alerts = (a: string, b: string) => reportedBetween(a, b).map((c) => c.kind);

describe('a phrasal verb against its single-verb paraphrase', () => {
  it.each([
    // Affirming the specific act and denying the general one (break out of jail: a way to escape).
    ['Two prisoners broke out of the county jail on Sunday.', 'Two prisoners did not escape from the county jail on Sunday.'],
    // One synset (break out, erupt).
    ['Fighting broke out in the capital on Friday.', 'Fighting did not erupt in the capital on Friday.'],
    ['The blaze was put out by volunteers on Monday.', 'The blaze was not extinguished on Monday.'],
    // A hypernym among the general verb's first four senses, one doer and one thing acted on fixing its sense.
    ['The mill laid off its night crew in May.', 'The mill did not fire its night crew in May.'],
    // The phrasal verb wrapped by a refusal and told done.
    ['The union refused to lay off its night crew in May.', 'The union laid off its night crew in May.'],
  ])('polarity: %s / %s', (a, b) => expect(alerts(a, b)).toEqual(['polarity']));
});

describe('hard negatives', () => {
  it.each([
    // The bare verb is another verb.
    ['Fighting broke out in the capital on Friday.', 'Protesters did not break the windows in the capital on Friday.'],
    ['The inmates broke out on Sunday.', 'The inmates did not break anything on Sunday.'],
    ['Rioters broke out of the prison on Sunday.', 'Rioters did not break the prison gate on Sunday.'],
    ['The union refused to lay off its night crew in May.', 'The union laid the foundation stone in May.'],
    // A preposition of direction after a verb of motion, not the phrasal verb "run up" (a bill).
    ['The hikers ran up the hill on Saturday.', 'The hikers did not run up a bill on Saturday.'],
    // "turned up the heat" is not arriving.
    ['The caretaker turned up the heat on Monday.', 'The caretaker did not arrive on Monday.'],
  ])('another act: %s / %s', (a, b) => expect(alerts(a, b)).toEqual([]));

  it.each([
    // The same phrasal event reported twice, and with its paraphrase.
    ['Two prisoners broke out of the county jail on Sunday.', 'On Sunday two prisoners broke out of the county jail.'],
    ['Two prisoners broke out of the county jail on Sunday.', 'Two prisoners escaped from the county jail on Sunday.'],
    // Compatible detail.
    ['Two prisoners broke out of the county jail on Sunday.', 'Two prisoners escaped from the county jail on Sunday night through a tunnel.'],
    ['Fighting broke out in the capital on Friday.', 'Heavy fighting erupted in the capital on Friday morning.'],
    // The same denial reported twice.
    ['Two prisoners did not break out of the county jail.', 'Two prisoners did not escape from the county jail.'],
    ['The mill laid off its night crew in May.', 'The mill dismissed its night crew in May.'],
    // Denying the specific act leaves the general one open: they may have escaped another way.
    ['Two prisoners did not break out of the county jail on Sunday.', 'Two prisoners escaped from the county jail on Sunday.'],
  ])('no conflict: %s / %s', (a, b) => expect(alerts(a, b)).toEqual([]));
});

describe('a pending act against a decided one: one phrasal verb, or its bare verb', () => {
  it.each([
    ['The prisoners have not yet broken out, officials said.', 'The prisoners broke out on Sunday, officials said.'],
    ['The union is still deciding whether to lay off staff.', 'The union laid off 40 staff on Monday.'],
  ])('status: %s / %s', (a, b) => expect(alerts(a, b)).toEqual(['status']));

  it.each([
    ['The prisoners have not yet broken out, officials said.', 'The prisoners broke the lock, officials said.'],
    ['The union is still deciding whether to lay off staff.', 'The union laid the foundation stone on Monday.'],
  ])('another act: %s / %s', (a, b) => expect(alerts(a, b)).toEqual([]));
});
