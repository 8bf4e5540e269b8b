import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const actorOf = (text: string) => extractClaims({ id: 'd', text, source: 'Wire' }).map((c) => c.proposition.actor?.text);

describe('a verbless clause before the subject is not the subject', () => {
  it.each([
    ['In 1998, while still a student at Ohio State, Tamsin Crowe won two national titles.', 'Tamsin Crowe'],
    ['When only a teenager, Ivo Marek founded the company.', 'Ivo Marek'],
    ['Last year, although a newcomer, the Green List won four seats.', 'the Green List'],
  ])('%s', (text, actor) => {
    expect(actorOf(text)).toEqual([actor]);
  });

  it.each([
    ['a clause with its own verb keeps its own claim', 'In May, when the river rose, the town flooded.', ['the town', 'the river']],
    ['a subject before the verbless clause', 'The mayor, while in office, approved the plan.', ['The mayor']],
    ['no subordinator', 'In 1998 Tamsin Crowe won two national titles.', ['Tamsin Crowe']],
  ])('unchanged: %s', (_, text, actors) => {
    expect(actorOf(text)).toEqual(actors);
  });
});
