/**
 * Nouns that name a planned occasion by its kind, not by its name: "this year's event", "the race", "the summit". A
 * definite description headed by one can stand for a named occasion the same sentence names ("Organisers of the
 * Harbour Marathon postponed this year's race").
 *
 * Source: FrameNet 1.7, the noun lexical units of Social_event (event, festival, party, celebration, ceremony, gala,
 * fair, reception, banquet), Competition (match, game, race, tournament, contest, championship, competition),
 * Performing_arts / Performers_and_roles (concert, show, performance) and Discussion (meeting, summit, talks, conference).
 */
export const EVENT_NOUNS: readonly string[] = [
  'event', 'festival', 'party', 'celebration', 'ceremony', 'gala', 'fair', 'reception', 'banquet',
  'match', 'game', 'race', 'tournament', 'contest', 'championship', 'competition',
  'concert', 'show', 'performance', 'meeting', 'summit', 'talks', 'conference', 'edition',
];

/**
 * Verbs whose subject is the cause of an event, which an event names as well as a doer does ("a software update caused
 * the outage", "a cyberattack caused it"): the verb lexical units of FrameNet 1.7 Causation (cause, bring about, lead
 * to, result in, trigger, spark, prompt, provoke, produce, induce) as lemmas, multi-word ones by their verb.
 */
export const CAUSING_VERBS: readonly string[] = ['cause', 'bring', 'lead', 'result', 'trigger', 'spark', 'prompt', 'provoke', 'produce', 'induce'];
