import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const holderOf = (text: string) => extractClaims({ id: 'a', text, source: 'Alpha Wire' }).map((c) => c.attribution.holder);

/** A time phrase fronted without a comma dates the report: it is no part of who says it (Quirk et al. 1985, § 9.37). */
describe('a fronted time phrase before the holder', () => {
  it.each([
    ['At 3 p.m. officials said the road was closed.', 'officials'],
    ['On Monday police said the road was closed.', 'police'],
    ['Late on Friday the ministry said the talks had failed.', 'ministry'],
    ['Yesterday the ministry said the talks had failed.', 'ministry'],
    ['Last week officials said the plant was safe.', 'officials'],
    ['In March 2024 the agency said the plant was safe.', 'agency'],
  ])('%s → %s', (text, holder) => {
    expect(holderOf(text)).toEqual([holder]);
  });

  it.each([
    ['a name with a weekday in it', 'Monday Night Football said the game was off.', 'Monday Night Football'],
    ['a given name that is a month', 'May Chen said the plant was safe.', 'May Chen'],
    ['a given name that is a month, after a time', 'On Monday April Ross said the plant was safe.', 'April Ross'],
  ])('%s: the holder keeps its words', (_, text, holder) => {
    expect(holderOf(text)).toEqual([holder]);
  });
});
