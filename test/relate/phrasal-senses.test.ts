/**
 * Phrasal verbs read through WordNet 3.1 (src/lexicon/wordnet-phrasal-verbs.ts): a verb with its particle is related to
 * the single verbs of its synsets, and never read as its bare verb. Every sentence is invented for this file.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildIdiomSenseTable, buildPhrasalTable } from '../../scripts/build-wordnet-phrasal.js';
import { alignClaims, extractClaims } from '../../src/index.js';
import { analyzeTwoReports } from '../helpers/two-reports.js';
import { buildLexicon } from '../../src/lexicon/index.js';
import { WORDNET_PHRASAL_VERBS } from '../../src/lexicon/wordnet-phrasal-verbs.js';
import { WORDNET_IDIOM_SENSES } from '../../src/lexicon/wordnet-idiom-senses.js';
import { phrasalSenses, phrasalUse } from '../../src/relate/phrasal-senses.js';

const lexicon = buildLexicon();
const claim = (text: string) => extractClaims({ id: 'x', text, source: { name: 'X' } })[0]!;
const use = (text: string) => phrasalUse(claim(text), lexicon);
const event = (a: string, b: string) => {
  const link = alignClaims(claim(a), claim(b)).event;
  return link && { relation: link.relation, ...(link.direction ? { direction: link.direction } : {}), a: link.a.text, b: link.b.text };
};

describe('the generated table', () => {
  it('is what the build script writes from WordNet', () => {
    const path = fileURLToPath(new URL('../../src/lexicon/wordnet-phrasal-verbs.ts', import.meta.url));
    expect(readFileSync(path, 'utf8')).toBe(buildPhrasalTable());
  });

  it('the idiom table is what the build script writes from WordNet, each idiom with its senses', () => {
    const path = fileURLToPath(new URL('../../src/lexicon/wordnet-idiom-senses.ts', import.meta.url));
    expect(readFileSync(path, 'utf8')).toBe(buildIdiomSenseTable());
    expect(WORDNET_IDIOM_SENSES['give way']).toBe('1p=///move;2p=collapse/founder/change/;3p=yield//change/;4p=/fail,die/change/');
    expect(WORDNET_IDIOM_SENSES['take part']).toBe('1p=participate//act/');
  });

  it('keeps WordNet\'s senses in order, each with its frames, synonyms and hypernyms', () => {
    expect(WORDNET_PHRASAL_VERBS['break out']).toBe('1p=erupt//begin/start;2p=//begin/start;3p=//escape/;4o=//unpack/');
    expect(WORDNET_PHRASAL_VERBS['lay off']).toBe('1op=discontinue,stop,cease,quit///;2o=furlough//can,sack/displace,fire,dismiss,terminate');
    expect(Object.hasOwn(WORDNET_PHRASAL_VERBS, 'take place')).toBe(false);
    // A phrasal verb with no single-verb relation is listed empty: it is still not its bare verb.
    expect(WORDNET_PHRASAL_VERBS['brick up']).toBe('');
  });

  it('gives a use only the senses of its frame: with an object or without', () => {
    const plain = phrasalSenses({ lemma: 'break out', object: false });
    expect([...plain.synonyms]).toEqual(['erupt']);
    expect([...plain.hypernymsInContext]).toEqual(['start', 'escape']);
    expect(plain.hypernyms.has('begin')).toBe(true);
    const withObject = phrasalSenses({ lemma: 'break out', object: true });
    expect([...withObject.synonyms]).toEqual([]);
    expect([...withObject.hypernymsInContext]).toEqual(['unpack']);
    const layOff = phrasalSenses({ lemma: 'lay off', object: true });
    expect([...layOff.hypernyms].slice(0, 2)).toEqual(['can', 'sack']);
    expect([...layOff.hypernymsInContext]).toEqual(['displace', 'fire', 'dismiss', 'terminate']);
    expect([...phrasalSenses({ lemma: 'lay off', object: true }).synonyms]).toEqual(['discontinue', 'stop', 'cease', 'quit', 'furlough']);
    expect([...phrasalSenses({ lemma: 'lay off', object: false }).synonyms]).toEqual(['discontinue', 'stop', 'cease', 'quit']);
  });
});

describe('reading a claim\'s verb as a phrasal verb', () => {
  it.each([
    ['Fighting broke out in the capital on Friday.', { lemma: 'break out', object: false }],
    ['The firm laid off 40 staff.', { lemma: 'lay off', object: true }],
    ['The blaze was put out by volunteers.', { lemma: 'put out', object: true }],
    ['Police broke up the protest on Sunday.', { lemma: 'break up', object: true }],
    ['The missing hiker turned up on Sunday.', { lemma: 'turn up', object: false }],
  ])('%s → %o', (text, expected) => expect(use(text)).toEqual(expected));

  it.each([
    // The hand table keeps priority: extraction reads these as their one verb.
    ['The council voted down the plan.'],
    ['The minister stepped down on Monday.'],
    // After a verb of motion, "up the hill" is a prepositional phrase of direction.
    ['The hikers ran up the hill.'],
    ['The convoy drove down the main road.'],
    // The rule cannot tell a hill from a bill: after a verb of motion it keeps the bare verb.
    ['The hikers ran up a huge bill.'],
    // No particle, or a particle WordNet makes no verb with.
    ['Protesters broke the windows in the capital.'],
    ['The firm hired 40 staff.'],
  ])('%s → none', (text) => expect(use(text)).toBeUndefined());
});

describe('a verb + noun idiom read as one verb (wordnet-idiom-senses.ts)', () => {
  it('"gave way" is read as the idiom, without an object', () => {
    expect(use('The old sea wall gave way on Monday.')).toEqual({ lemma: 'give way', object: false });
  });

  it('"gave way" / "collapsed": one of its synsets', () => {
    expect(event('The old sea wall gave way before dawn on Monday.', 'The old sea wall collapsed late on Sunday.')).toEqual({ relation: 'synonym', a: 'gave', b: 'collapsed' });
  });

  it('"took part" / "participated": synonym', () => {
    expect(event('Forty crews took part in the regatta on Sunday.', 'Forty crews participated in the regatta on Sunday.')).toEqual({ relation: 'synonym', a: 'took', b: 'participated' });
  });

  it('two days for one collapse told with the idiom and the verb clash', () => {
    const kinds = analyzeTwoReports('The old sea wall at Kessock gave way before dawn on Monday.', 'The old sea wall at Kessock collapsed late on Sunday night.').conflicts.map((c) => c.kind);
    expect(kinds).toEqual(['temporal']);
  });

  it('"gave the money" is no idiom (hard negative)', () => {
    expect(use('The trust gave the money to the school.')).toBeUndefined();
  });
});

describe('a phrasal verb against a single verb', () => {
  it('one of its synsets: synonym', () => {
    expect(event('Fighting broke out in the capital on Friday.', 'Fighting erupted in the capital on Friday.')).toEqual({ relation: 'synonym', a: 'broke', b: 'erupted' });
    expect(event('The firm laid off 40 workers in May.', 'The firm furloughed 40 workers in May.')).toEqual({ relation: 'synonym', a: 'laid', b: 'furloughed' });
    expect(event('Police broke up the protest on Sunday.', 'Police dispersed the protest on Sunday.')).toEqual({ relation: 'synonym', a: 'broke', b: 'dispersed' });
  });

  it('a sense fixed by one doer or one thing acted on (third or fourth sense, or a wider synset): synonym or hypernym', () => {
    expect(event('The protesters set off the alarm at noon.', 'The protesters triggered the alarm at noon.')).toEqual({ relation: 'synonym', a: 'set', b: 'triggered' });
    expect(event('Two prisoners broke out of the county jail overnight.', 'Two prisoners escaped from the county jail overnight.')).toEqual({ relation: 'hypernym', direction: 'a-to-b', a: 'broke', b: 'escaped' });
    expect(event('The blaze was put out by volunteers.', 'The blaze was extinguished by volunteers.')).toEqual({ relation: 'hypernym', direction: 'a-to-b', a: 'put', b: 'extinguished' });
    expect(event('The firm laid off 40 workers in May.', 'The firm dismissed 40 workers in May.')).toEqual({ relation: 'hypernym', direction: 'a-to-b', a: 'laid', b: 'dismissed' });
  });

  it('a sense not fixed by a shared agent or theme: no wide link', () => {
    expect(event('The firm laid off 40 workers in May.', 'The council dismissed the appeal in May.')).toBeUndefined();
  });

  it('a hypernym of a first sense, the single verb first: hypernym the other way', () => {
    expect(event('The missing hiker appeared on Sunday.', 'The missing hiker turned up on Sunday.')).toEqual({ relation: 'hypernym', direction: 'b-to-a', a: 'appeared', b: 'turned' });
  });

  it('WordNet\'s antonyms of a two-word verb, whichever side it stands on: antonym', () => {
    expect(event('The senator dropped out of the race in May.', 'The senator entered the race in May.')).toEqual({ relation: 'antonym', a: 'dropped', b: 'entered' });
    expect(event('The senator entered the race in May.', 'The senator dropped out of the race in May.')).toEqual({ relation: 'antonym', a: 'entered', b: 'dropped' });
  });

  it('the same phrasal verb inflected: inflection', () => {
    expect(event('Fighting broke out in the capital on Friday.', 'Fighting breaks out in the capital every Friday.')).toEqual({ relation: 'inflection', a: 'broke', b: 'breaks' });
  });
});

describe('hard negatives: the bare verb, another phrasal verb, a preposition', () => {
  it('a phrasal verb is not its bare verb, nor another phrasal verb of that verb', () => {
    expect(event('Fighting broke out in the capital on Friday.', 'Protesters broke the windows in the capital on Friday.')).toBeUndefined();
    expect(event('Fighting broke out in the capital on Friday.', 'Talks broke off in the capital on Friday.')).toBeUndefined();
  });

  it('"up the hill" after a verb of motion keeps the bare verb: not the "run up" of amassing, still "ran"', () => {
    expect(event('The hikers ran up the hill on Saturday.', 'The hikers amassed the hill on Saturday.')).toBeUndefined();
    expect(event('The hikers ran up the hill on Saturday.', 'The hikers ran to the top of the hill on Saturday.')).toEqual({ relation: 'identical', a: 'ran', b: 'ran' });
  });

  it('"turned up the heat" is not the "turn up" of arriving or appearing', () => {
    expect(event('The missing hiker turned up on Sunday.', 'The missing hiker turned up the heat on Sunday.')).toBeUndefined();
    expect(event('The missing hiker turned up the heat on Sunday.', 'The missing hiker appeared on Sunday.')).toBeUndefined();
  });
});
