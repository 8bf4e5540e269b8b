/**
 * Words after which "pounds" is a sum of money, not a weight ("cost 400 pounds", "was fined 200 pounds", "sold for a
 * thousand pounds"): verb forms of FrameNet 1.7 Expensiveness (cost), Commerce_pay (pay, spend), Fining (fine),
 * Price (price, worth) and Getting (raise, as of funds); and the verbs of Commerce_sell and Commerce_buy (sell, buy,
 * go, fetch), which name the price only with "for" ("sold 300 pounds of honey" is a weight).
 */
export const PRICE_WORDS: readonly string[] = [
  'cost', 'costs', 'costing', 'paid', 'pay', 'pays', 'paying', 'spent', 'spend', 'spends', 'fined', 'fine', 'fines',
  'priced', 'worth', 'raised', 'raise', 'raises', 'raising', 'charged', 'owed', 'fetched',
];

/** The spelt-out unit these words make a sum of money ("pounds" is also a weight: lexicon/units.ts). */
export const POUND_WORDS: readonly string[] = ['pound', 'pounds'];

export const SALE_VERBS_BEFORE_FOR: readonly string[] = [
  'sold', 'sell', 'sells', 'selling', 'bought', 'buy', 'buys', 'buying', 'went', 'go', 'goes', 'going', 'auctioned',
];
