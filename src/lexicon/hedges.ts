/**
 * Hedges and boosters, with how far each moves certainty (negative lowers it).
 * Sources: Hyland, "Hedging in Scientific Research Articles" (1998) and "Metadiscourse" (2005) lists of
 * hedges and boosters; the speculation cues of the BioScope corpus (Vincze et al. 2008); the Reuters and AP
 * style guides on "reportedly" and "allegedly".
 */
import { nullPrototype } from '../model/records.js';

export const HEDGES: Readonly<Record<string, number>> = nullPrototype({
  reportedly: -0.2,
  allegedly: -0.3,
  apparently: -0.15,
  possibly: -0.25,
  perhaps: -0.25,
  maybe: -0.25,
  likely: -0.1,
  probably: -0.15,
  unlikely: -0.3,
  may: -0.2,
  might: -0.25,
  could: -0.2,
  seemingly: -0.15,
  purportedly: -0.3,
  supposedly: -0.3,
  rumored: -0.3,
  rumoured: -0.3,
  unconfirmed: -0.3,
  unverified: -0.3,
  suspected: -0.2,
  presumably: -0.15,
  appear: -0.15,
  appears: -0.15,
  appeared: -0.15,
  seem: -0.15,
  seems: -0.15,
  seemed: -0.15,
  claims: -0.15,
  claimed: -0.15,
  alleged: -0.3,
  speculation: -0.3,
  expected: -0.2,
  forecast: -0.2,
  projected: -0.2,
  predicted: -0.2,
});

export const BOOSTERS: Readonly<Record<string, number>> = nullPrototype({
  definitely: 0.15,
  certainly: 0.15,
  clearly: 0.1,
  officially: 0.1,
  explicitly: 0.1,
  indeed: 0.1,
  undoubtedly: 0.15,
});

/**
 * The hedge "appear" of seeming, and the prepositions after which it means to come before someone or into a place
 * instead ("appear in court", "appeared before magistrates", "appeared at the festival": the Oxford English
 * Dictionary's senses of presence, no hedge).
 */
export const SEEMING_VERB_FORMS: readonly string[] = ['appear', 'appears', 'appeared', 'appearing'];
export const PRESENCE_PREPOSITIONS: readonly string[] = ['in', 'at', 'on', 'before', 'for', 'with', 'alongside', 'outside', 'inside', 'onstage'];
