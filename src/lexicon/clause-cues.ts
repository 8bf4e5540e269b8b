/**
 * Conjunctions that join two independently attributed or contrasted clauses.
 * Source: the contrastive and concessive subordinators and coordinators of Quirk et al. (1985) §§ 13.40,
 * 15.19 and the Penn Discourse Treebank's explicit Comparison connectives (Prasad et al. 2008).
 */

/** At the start of a sentence, these open a subordinate clause that ends at the first comma. */
export const LEADING_CONTRAST: readonly string[] = ['while', 'whereas', 'although', 'though', 'whilst'];

/** After a comma (or semicolon), these start a new contrasted clause. */
export const JOINING_CONTRAST: readonly string[] = ['but', 'while', 'whereas', 'whilst', 'though', 'although', 'however', 'yet'];
