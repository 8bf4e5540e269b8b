/**
 * Nouns for a person by where they live, as written in apposition to a name ("Ines Varga, a resident of Sopron
 * province"): the noun lexical units of FrameNet 1.7's Residence frame (resident.n, inhabitant.n, dweller.n,
 * denizen.n), which WordNet 3.1 groups under "inhabitant" n.1. The appositive states the Residence frame's Location
 * for the named Resident, so it is read as the claim "<name> lives in <place>" (the frame's verb live.v).
 * "native of" is left out: it names People_by_origin, where someone was born, not where they live.
 */
export const RESIDENT_NOUNS: readonly string[] = ['resident', 'inhabitant', 'dweller', 'denizen'];

/** The verb lemma that a residence appositive is read as (FrameNet Residence: live.v). */
export const RESIDENCE_LEMMA = 'live';
