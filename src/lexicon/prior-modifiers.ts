/**
 * Adjectives that mark a thing as an earlier one of its kind, replaced or outdone since ("the previous record", "its
 * former owner", "the old bridge"): against an unmarked or "new" thing of the same noun they name another referent.
 * Source: Quirk et al. (1985) § 7.36 (temporal adjectives: "former", "previous", "old" in the sense "former"), with
 * WordNet 3.1 previous a.01 ("just preceding something else in time or order": prior, old, preceding, former).
 */
export const PRIOR_MODIFIERS: readonly string[] = ['previous', 'former', 'prior', 'preceding', 'earlier', 'old'];
