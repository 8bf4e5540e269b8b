import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/api/analyze.js';
import { compareClaims, extractClaims } from '../../src/api/stages.js';
import { detectNumeric } from '../../src/detect/numeric.js';
import { buildLexicon, type Lexicon } from '../../src/lexicon/index.js';
import { GainsayError } from '../../src/model/errors.js';
import type { Claim } from '../../src/model/claim.js';
import type { LexiconExtension } from '../../src/model/types.js';
import { processOutcome } from '../../src/match/process-outcome.js';
import { alignedEvent } from '../../src/relate/event-identity.js';
import { makeClaim, predicateIn, quantityIn } from '../helpers/make-claim.js';

const lexiconWith = (lexicon?: LexiconExtension): Lexicon => buildLexicon(lexicon ? { lexicon } : undefined);

/** The shipped Lexicon's lists, copied before any call with extras, to show a call leaves them as they were. */
const KEYS = ['countedNounGroups', 'peopleNouns', 'generalNouns', 'singleHolderOffices', 'outletWords', 'thatVerbs', 'addressees', 'sourceNouns', 'intentionWords', 'phrasalVerbs', 'onsetVerbs', 'forecastWords', 'happeningVerbs', 'outcomeFrames', 'processOutcomes', 'openDecisions', 'decisionNouns'] as const satisfies readonly (keyof Lexicon)[];
const before = JSON.stringify(KEYS.map((k) => buildLexicon()[k]));

// Invented words: each is absent from the shipped list, so only the per-call extra makes it count.
describe('per-call extensions of the counted nouns', () => {
  const count = (text: string, surface: string, value: number, noun: string, verb?: [string, string]) =>
    makeClaim({
      text,
      quantities: [quantityIn(text, surface, { value, dimension: 'count', bound: 'exact', noun })],
      ...(verb ? { proposition: { predicate: predicateIn(text, verb[0], verb[1]) } } : {}),
    });
  const numeric = (a: ReturnType<typeof count>, b: ReturnType<typeof count>, lexicon?: LexiconExtension, sameAct = true) => {
    const hit = detectNumeric(a, b, { lexicon: lexiconWith(lexicon), sameEvent: true, sameAct });
    return hit ? [hit.kind, hit.evidence.map((e) => e.text)] : null;
  };

  it('a new group of counted nouns makes two counts of one crowd comparable', () => {
    const mourners = count('Some 900 mourners came.', '900 mourners', 900, 'mourners');
    const attendees = count('Some 300 attendees came.', '300 attendees', 300, 'attendees');
    const groups = { countedNounGroups: [['mourner', 'mourners', 'attendee', 'attendees']] };
    expect(numeric(mourners, attendees)).toBeNull();
    expect(numeric(mourners, attendees, groups)).toEqual(['numeric', ['900 mourners', '300 attendees']]);
    // Hard negative: "fans" shares the shipped group with "attendees", not the new group with "mourners".
    expect(numeric(mourners, count('Some 300 fans came.', '300 fans', 300, 'fans'), groups)).toBeNull();
    // The shipped group still holds: fans and attendees are one crowd.
    expect(numeric(count('Some 900 fans came.', '900 fans', 900, 'fans'), attendees, groups)).toEqual(['numeric', ['900 fans', '300 attendees']]);
  });

  it('a new noun for people in general is counted by its act alone', () => {
    const boarded = count('At least 40 souls boarded the ferry.', '40 souls', 40, 'souls', ['boarded', 'board']);
    const left = count('Only 12 souls abandoned the ferry.', '12 souls', 12, 'souls', ['abandoned', 'abandon']);
    expect(numeric(boarded, left, undefined, false)).toEqual(['numeric', ['40 souls', '12 souls']]);
    expect(numeric(boarded, left, { peopleNouns: ['soul'] }, false)).toBeNull();
    // Hard negative: one act, so one group of people whose counts clash.
    const alsoBoarded = count('Only 12 souls boarded the ferry.', '12 souls', 12, 'souls', ['boarded', 'board']);
    expect(numeric(boarded, alsoBoarded, { peopleNouns: ['soul'] }, false)).toEqual(['numeric', ['40 souls', '12 souls']]);
  });
});

let documents = 0;
/** Each claim from its own document, as two reports are: one writer repeating itself is never compared. */
const first = (text: string, lexicon?: LexiconExtension) => extractClaims({ id: `d${++documents}`, text }, lexicon ? { lexicon } : undefined)[0]!;
const hit = (a: string, b: string, lexicon?: LexiconExtension) => {
  const c = compareClaims(first(a), first(b), lexicon ? { lexicon } : undefined);
  return c ? [c.kind, c.evidence.map((e) => e.span.text)] : null;
};

describe('per-call extension of the general nouns', () => {
  it('a new general noun may refer back to the doer the other report describes', () => {
    const [a, b] = ['A fellow repaired the boiler on Monday.', 'A plumber repaired the boiler on Monday.'];
    expect(hit(a, b)).toEqual(['actor', ['A fellow', 'A plumber']]);
    expect(hit(a, b, { generalNouns: ['fellow'] })).toBeNull();
    // Hard negative: two descriptions of specific kinds still name two doers.
    expect(hit('A welder repaired the boiler on Monday.', b, { generalNouns: ['fellow'] })).toEqual(['actor', ['A welder', 'A plumber']]);
  });
});

describe('per-call extensions of the speaker lists', () => {
  /** The attribution conflicts between two reports, each from its own outlet. */
  const attribution = (a: string, b: string, lexicon?: LexiconExtension) =>
    analyze(
      { documents: [{ id: 'a', source: { name: 'First Report' }, text: a }, { id: 'b', source: { name: 'Second Report' }, text: b }] },
      lexicon ? { lexicon } : undefined,
    ).conflicts.filter((c) => c.kind === 'attribution').map((c) => c.evidence.map((e) => e.span.text));
  const warned = (speaker: string) => `"We were never warned about the flood," ${speaker} said.`;
  const mayor = 'The mayor said: "We were never warned about the flood."';

  it('a new single-holder office sets its holder apart from the mayor', () => {
    expect(attribution(warned('the harbourmaster'), mayor)).toEqual([]);
    expect(attribution(warned('the harbourmaster'), mayor, { singleHolderOffices: ['harbourmaster'] })).toEqual([['the harbourmaster', 'The mayor']]);
    // Hard negative: a spokesman may speak for the mayor, and one office twice is one person.
    expect(attribution(warned('the spokesman'), mayor, { singleHolderOffices: ['harbourmaster'] })).toEqual([]);
    expect(attribution(warned('the harbourmaster'), warned('the harbourmaster'), { singleHolderOffices: ['harbourmaster'] })).toEqual([]);
  });

  it('a new outlet word makes the outlet the channel, not a second speaker', () => {
    const brandt = '"We will rebuild the bridge by spring," said Mayor Ilse Brandt.';
    const clarion = '"We will rebuild the bridge by spring," the Harbour Clarion reported.';
    expect(attribution(brandt, clarion)).toEqual([['Mayor Ilse Brandt', 'the Harbour Clarion']]);
    expect(attribution(brandt, clarion, { outletWords: ['clarion'] })).toEqual([]);
    // Hard negative: a second named person is still a second speaker.
    expect(attribution(brandt, '"We will rebuild the bridge by spring," said engineer Tomas Valk.', { outletWords: ['clarion'] })).toEqual([['Mayor Ilse Brandt', 'engineer Tomas Valk']]);
  });
});

describe('per-call extensions of the attribution lists', () => {
  /** Each claim's holder, the holder's kind and the predicate's lemma. */
  const frames = (text: string, lexicon?: LexiconExtension) =>
    extractClaims({ id: 'x', text }, lexicon ? { lexicon } : undefined).map((c) => [c.attribution.holder, c.attribution.holderKind, c.proposition.predicate?.lemma]);

  it('a reporting verb added to the verbs that need "that" reports no bare clause', () => {
    // (A past verb before an adverb now reads as a zero that-clause even after such verbs, extract/zero-that.ts; a
    // figure after it does not.)
    const bare = 'The firm revealed its profits rose 20 percent last year.';
    expect(frames(bare)).toEqual([['The firm', 'named', 'rise']]);
    expect(frames(bare, { thatVerbs: ['reveal'] })).toEqual([['x', 'author', 'reveal']]);
    // Hard negative: with "that" the verb still reports the clause.
    expect(frames('The firm revealed that its profits rose sharply last year.', { thatVerbs: ['reveal'] })).toEqual([['The firm', 'named', 'rise']]);
  });

  it('a new addressee lets "told X" report the clause after it', () => {
    const told = 'The mayor told constituents the bridge would reopen in May.';
    expect(frames(told)).toEqual([['x', 'author', 'tell']]);
    expect(frames(told, { addressees: ['constituents'] })).toEqual([['The mayor', 'named', 'reopen']]);
    // Hard negative: told about something is no clause held.
    expect(frames('The mayor told constituents about the bridge.', { addressees: ['constituents'] })).toEqual([['x', 'author', 'tell']]);
  });

  it('a new source noun makes its holder an unnamed source', () => {
    const sourceNouns = ['whistleblower', 'whistleblowers'];
    expect(frames('Whistleblowers said the mine had closed.')).toEqual([['Whistleblowers', 'named', 'close']]);
    expect(frames('Whistleblowers said the mine had closed.', { sourceNouns })).toEqual([['Whistleblowers', 'anonymous', 'close']]);
    expect(frames('According to whistleblowers, the mine had closed.', { sourceNouns })).toEqual([['whistleblowers', 'anonymous', 'close']]);
    // Hard negative: a named whistleblower is named.
    expect(frames('Whistleblower Anna Berg said the mine had closed.', { sourceNouns })).toEqual([['Whistleblower Anna Berg', 'named', 'close']]);
  });
});

describe('per-call extensions of the verb lists', () => {
  const predicates = (text: string, lexicon?: LexiconExtension) =>
    extractClaims({ id: 'x', text }, lexicon ? { lexicon } : undefined).map((c) => [c.proposition.predicate?.text, c.proposition.predicate?.lemma, c.proposition.negated]);

  it('a new word of intention passes the claim to the verb it governs', () => {
    const intentionWords = ['resolved'];
    expect(predicates('The council resolved not to close the night market.')).toEqual([['resolved', 'resolve', false]]);
    expect(predicates('The council resolved not to close the night market.', { intentionWords })).toEqual([['close', 'close', true]]);
    // Hard negative: with no "to" after it the word is the verb itself.
    expect(predicates('The council resolved the dispute over the night market.', { intentionWords })).toEqual([['resolved', 'resolve', false]]);
  });

  it('a new phrasal verb stands for the single verb it means', () => {
    const phrasalVerbs = { 'kick off': 'Begin' };
    expect(predicates('The board kicked off the review on Monday.')).toEqual([['kicked', 'kick', false]]);
    expect(predicates('The board kicked off the review on Monday.', { phrasalVerbs })).toEqual([['kicked', 'begin', false]]);
    // Hard negative: the verb without its particle keeps its own meaning.
    expect(predicates('The striker kicked the ball on Monday.', { phrasalVerbs })).toEqual([['kicked', 'kick', false]]);
  });
});

describe('per-call extension of the onset verbs', () => {
  const opens = (text: string, lexicon?: LexiconExtension) =>
    extractClaims({ id: 'x', text, publishedAt: '2024-06-01' }, lexicon ? { lexicon } : undefined).flatMap((c) => c.times.map((t) => [t.span.text, t.opens ?? null]));

  it('a new onset verb makes the date after it the onset of the event', () => {
    expect(opens('The unrest flared on May 8 in the capital.')).toEqual([['May 8', null]]);
    expect(opens('The unrest flared on May 8 in the capital.', { onsetVerbs: ['flared'] })).toEqual([['May 8', 'event']]);
    // Hard negatives: the verb not right before its preposition and date; a caller's word is matched as written, not as a pattern.
    expect(opens('The unrest flared again after May 8.', { onsetVerbs: ['flared'] })).toEqual([['May 8', null]]);
    expect(opens('The unrest flared on May 8 in the capital.', { onsetVerbs: ['fl(ared', 'fl.red'] })).toEqual([['May 8', null]]);
  });
});

describe('per-call extension of the forecast words', () => {
  const kinds = (a: string, b: string, lexicon?: LexiconExtension) =>
    analyze(
      {
        documents: [
          { id: 'a', source: { name: 'First Report' }, publishedAt: '2025-04-02', text: a },
          { id: 'b', source: { name: 'Second Report' }, publishedAt: '2025-04-02', text: b },
        ],
      },
      lexicon ? { lexicon } : undefined,
    ).conflicts.map((c) => [c.kind, c.evidence.map((e) => e.span.text)]);
  const reached = 'Winds on the island reached 85 km/h on Tuesday.';

  it('a new forecast word makes a forecast no clash with the value observed', () => {
    const forecast = 'Winds of up to 60 km/h are prognosticated for the island on Tuesday.';
    expect(kinds(forecast, reached)).toEqual([['numeric', ['up to 60 km/h', '85 km/h']]]);
    expect(kinds(forecast, reached, { forecastWords: ['prognosticated'] })).toEqual([]);
    // Hard negative: two forecasts of one value still clash.
    const [low, high] = ['Winds of 60 km/h are prognosticated for the island on Tuesday.', 'Winds of 95 km/h are prognosticated for the island on Tuesday.'];
    expect(kinds(low, high, { forecastWords: ['prognosticated'] })).toEqual([['numeric', ['60 km/h', '95 km/h']]]);
  });
});

describe('per-call extensions of the event frames', () => {
  it('a new verb of happening says too little to set an event apart', () => {
    const claim = (id: string, text: string) => extractClaims({ id, text, publishedAt: '2025-04-02' })[0]!;
    const [convened, tookPlace] = [claim('a', 'The conference convened in Vienna.'), claim('b', 'The conference took place in Prague.')];
    const oneEvent = (b = tookPlace, lexicon?: LexiconExtension) => alignedEvent(convened, b, lexiconWith(lexicon));
    expect(oneEvent()).toEqual({ oneEvent: false, coverage: 1, anchor: 'conference', sameCount: false, contained: false });
    expect(oneEvent(tookPlace, { happeningVerbs: ['convene'] })).toEqual({ oneEvent: true, coverage: 1, anchor: 'conference', sameCount: false, contained: false });
    // Hard negative: a verb that says more than that it happened still sets the events apart.
    expect(oneEvent(claim('c', 'The conference ended in Prague.'), { happeningVerbs: ['convene'] }).oneEvent).toBe(false);
  });

  it('a word added to an outcome frame counts the people of that outcome', () => {
    const count = (text: string, surface: string, value: number, verb: [string, string]) =>
      makeClaim({ text, quantities: [quantityIn(text, surface, { value, dimension: 'count', bound: 'exact', noun: 'people' })], proposition: { predicate: predicateIn(text, verb[0], verb[1]) } });
    const mauled = count('Twelve people were mauled.', 'Twelve people', 12, ['mauled', 'maul']);
    const injured = count('Forty people were injured.', 'Forty people', 40, ['injured', 'injure']);
    const numeric = (b: Claim, lexicon?: LexiconExtension) => {
      const hit = detectNumeric(mauled, b, { lexicon: lexiconWith(lexicon), sameEvent: true, sameAct: false });
      return hit ? [hit.kind, hit.evidence.map((e) => e.text)] : null;
    };
    const outcomeFrames = { injury: ['maul'] };
    expect(numeric(injured)).toBeNull();
    expect(numeric(injured, { outcomeFrames })).toEqual(['numeric', ['Twelve people', 'Forty people']]);
    // Hard negative: a count of the dead is of other people than the mauled.
    expect(numeric(count('Forty people were killed.', 'Forty people', 40, ['killed', 'kill']), { outcomeFrames })).toBeNull();
    expect(buildLexicon({ lexicon: { outcomeFrames } }).outcomeFrames.injury).toEqual([...buildLexicon().outcomeFrames.injury!, 'maul']);
  });
});

describe('per-call extension of the process outcomes', () => {
  it('a new process and its outcome are one event seen before and after its end', () => {
    const processOutcomes = { mediate: ['resolve'] };
    const pending = first('The envoy is still mediating the border dispute.');
    const resolved = first('The envoy resolved the border dispute.');
    expect(processOutcome(pending, resolved)).toBe(false);
    expect(processOutcome(pending, resolved, lexiconWith({ processOutcomes }))).toBe(true);
    expect(hit('The envoy is still mediating the border dispute.', 'The envoy resolved the border dispute.', { processOutcomes })).toEqual(['status', ['still mediating', 'resolved']]);
    // Hard negatives: an outcome about another thing, and the outcome seen as the process.
    expect(processOutcome(pending, first('The envoy resolved the fishing quarrel.'), lexiconWith({ processOutcomes }))).toBe(false);
    expect(processOutcome(resolved, pending, lexiconWith({ processOutcomes }))).toBe(false);
  });
});

describe('validation of the new keys', () => {
  const issue = (lexicon: unknown) => {
    try {
      extractClaims({ id: 'x', text: 'The council met on Monday.' }, { lexicon } as never);
    } catch (error) {
      if (error instanceof GainsayError) return [error.code, error.issues[0]!.path];
    }
    return null;
  };
  const at = (...path: (string | number)[]) => ['invalid-options', ['options', 'lexicon', ...path]];

  it('names the path of a bad entry', () => {
    expect(issue({ countedNounGroups: [['mourner']] })).toEqual(at('countedNounGroups', 0));
    expect(issue({ countedNounGroups: [['mourner', 3]] })).toEqual(at('countedNounGroups', 0, 1));
    expect(issue({ peopleNouns: [7] })).toEqual(at('peopleNouns', 0));
    expect(issue({ generalNouns: 'fellow' })).toEqual(at('generalNouns'));
    expect(issue({ singleHolderOffices: [null] })).toEqual(at('singleHolderOffices', 0));
    expect(issue({ outletWords: { clarion: true } })).toEqual(at('outletWords'));
    expect(issue({ thatVerbs: [1] })).toEqual(at('thatVerbs', 0));
    expect(issue({ addressees: ['constituents', false] })).toEqual(at('addressees', 1));
    expect(issue({ sourceNouns: 'whistleblower' })).toEqual(at('sourceNouns'));
    expect(issue({ intentionWords: [['resolved']] })).toEqual(at('intentionWords', 0));
    expect(issue({ phrasalVerbs: { kick: 'begin' } })).toEqual(at('phrasalVerbs', 'kick'));
    expect(issue({ phrasalVerbs: { 'kick off': 3 } })).toEqual(at('phrasalVerbs', 'kick off'));
    expect(issue({ onsetVerbs: [{}] })).toEqual(at('onsetVerbs', 0));
    expect(issue({ forecastWords: [true] })).toEqual(at('forecastWords', 0));
    expect(issue({ happeningVerbs: 'convene' })).toEqual(at('happeningVerbs'));
    expect(issue({ outcomeFrames: { injury: 'maul' } })).toEqual(at('outcomeFrames', 'injury'));
    expect(issue({ processOutcomes: { mediate: [1] } })).toEqual(at('processOutcomes', 'mediate', 0));
    expect(issue({ openDecisions: 'adjudicate' })).toEqual(at('openDecisions'));
    expect(issue({ decisionNouns: [null] })).toEqual(at('decisionNouns', 0));
    expect(issue({ peopleNouns: ['soul'], countedNounGroups: [['mourner', 'attendee']] })).toBeNull();
  });
});

describe('no global mutation', () => {
  it('the shipped Lexicon is unchanged after calls with extras', () => {
    expect(JSON.stringify(KEYS.map((k) => buildLexicon()[k]))).toBe(before);
    expect(buildLexicon().peopleNouns).not.toContain('soul');
    expect(buildLexicon().countedNounGroups.flat()).not.toContain('mourner');
    expect(buildLexicon().generalNouns).not.toContain('fellow');
    expect([...buildLexicon().singleHolderOffices, ...buildLexicon().outletWords]).not.toContain('harbourmaster');
    expect(buildLexicon().outletWords).not.toContain('clarion');
    expect([buildLexicon().thatVerbs, buildLexicon().addressees, buildLexicon().sourceNouns].flat()).not.toContain('reveal');
    expect([...buildLexicon().addressees, ...buildLexicon().sourceNouns]).not.toContain('constituents');
    expect(buildLexicon().sourceNouns).not.toContain('whistleblowers');
    expect(buildLexicon().intentionWords).not.toContain('resolved');
    expect(buildLexicon().phrasalVerbs['kick off']).toBeUndefined();
    expect(buildLexicon().onsetVerbs).not.toContain('flared');
    expect(buildLexicon().forecastWords).not.toContain('prognosticated');
    expect(buildLexicon().happeningVerbs).not.toContain('convene');
    expect(Object.values(buildLexicon().outcomeFrames).flat()).not.toContain('maul');
    expect(buildLexicon().processOutcomes.mediate).toBeUndefined();
  });
});
