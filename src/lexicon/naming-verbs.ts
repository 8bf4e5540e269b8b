/**
 * Verbs of naming, whose participle with a name after a noun is a reduced relative ("a woman named Ana Ruiz
 * testified", "a storm dubbed Ophelia struck"): Levin, English Verb Classes and Alternations (1993), § 29.3 "dub
 * verbs", the members used of names. Lemmas.
 */
export const NAMING_VERBS: readonly string[] = ['baptize', 'call', 'christen', 'dub', 'label', 'name', 'nickname', 'style', 'term'];
