/**
 * A sentence that is nothing but a quotation, right after a sentence quoting a speaker, goes on with that speaker's
 * words (the convention of continued quotation in news copy: the attribution is given once per run of quoted
 * sentences). Its claims are that speaker's, not the writer's. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import { continueQuotedSpeech } from '../../src/extract/quote-continuation.js';
import { makeClaim, quoteIn } from '../helpers/make-claim.js';

const holders = (text: string) =>
  extractClaims({ id: 'd', source: { name: 'The Courier' }, text }).map((c) => [c.text, c.attribution.holder, c.attribution.holderKind, c.attribution.stance, c.quotes.map((q) => q.speaker ?? null)]);

describe('a bare quoted sentence after a quoted speaker', () => {
  it('continues that speaker', () => {
    expect(holders('"They kept asking me if the club would fold," coach Ana Ruiz said. "Now they can stop asking."')).toEqual([
      ['"They kept asking me if the club would fold," coach Ana Ruiz said', 'coach Ana Ruiz', 'named', 'reported', ['coach Ana Ruiz']],
      ['"Now they can stop asking."', 'coach Ana Ruiz', 'named', 'reported', ['coach Ana Ruiz']],
    ]);
  });

  it('stays the writer\'s after a sentence with no quote (hard negative)', () => {
    expect(holders('The club was saved on Friday. "Now they can stop asking."').map((h) => h.slice(1, 4))).toEqual([
      ['The Courier', 'author', 'asserted'],
      ['The Courier', 'author', 'asserted'],
    ]);
  });

  it('a quoted sentence with its own speaker keeps its own (hard negative)', () => {
    expect(holders('"We will appeal," coach Ana Ruiz said. "We accept the ruling," the league said.').map((h) => h[1])).toEqual(['coach Ana Ruiz', 'the league']);
  });

  it('a narrative sentence between breaks the run (hard negative)', () => {
    expect(holders('"We will appeal," coach Ana Ruiz said. The club was fined on Friday. "It is a sad day."').map((h) => h[2])).toEqual(['named', 'author', 'author']);
  });
});

describe('continueQuotedSpeech on a quoted sentence followed by words of its own', () => {
  it('leaves it in the voice it was read in (hard negative): words after the quote may be a speaker the reading missed', () => {
    const before = makeClaim({ text: '"We will appeal," coach Ana Ruiz said', quotes: [quoteIn('"We will appeal," coach Ana Ruiz said', 'We will appeal', 'coach Ana Ruiz')], attribution: { holder: 'coach Ana Ruiz', holderKind: 'named', stance: 'reported' } });
    const text = '"It was a sad day," the Arnsby harbour trust member added.';
    const bare = makeClaim({ text, quotes: [quoteIn(text, 'It was a sad day')], attribution: { holder: 'The Courier', holderKind: 'author', stance: 'asserted' } });
    continueQuotedSpeech([bare], [before], text);
    expect([bare.attribution.holder, bare.attribution.holderKind]).toEqual(['The Courier', 'author']);
    // The same quotation standing alone is continued.
    continueQuotedSpeech([bare], [before], '"It was a sad day."');
    expect([bare.attribution.holder, bare.attribution.holderKind, bare.quotes[0]!.speaker]).toEqual(['coach Ana Ruiz', 'named', 'coach Ana Ruiz']);
  });
});
