/**
 * Simple prepositions that open a prepositional phrase and so end a verb's object ("took part | in the talks").
 * Source: the simple prepositions of Quirk, Greenbaum, Leech & Svartvik, A Comprehensive Grammar of the English
 * Language (1985), § 9.7, without those that also serve as particles of phrasal support verbs ("carry out", "put up",
 * "set off", "bring down"), which may stand between a support verb and its object.
 */
export const SIMPLE_PREPOSITIONS: readonly string[] = [
  'about', 'above', 'across', 'after', 'against', 'along', 'amid', 'among', 'around', 'at', 'before', 'behind',
  'below', 'beneath', 'beside', 'between', 'beyond', 'by', 'despite', 'during', 'for', 'from', 'in', 'inside', 'into',
  'near', 'of', 'on', 'onto', 'outside', 'past', 'since', 'through', 'throughout', 'till', 'to', 'toward', 'towards',
  'under', 'underneath', 'until', 'upon', 'with', 'within', 'without',
];
