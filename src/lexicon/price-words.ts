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

/**
 * Nouns whose amount is a sum of money ("a street value of 45 million pounds", "put the value of the haul at two million
 * pounds", "a ransom of 50,000 pounds"): nouns of FrameNet 1.7 Price (price, cost, value, fee, fare), Commerce_pay
 * (payment), Fining (fine) and Earnings_and_losses (salary, wage, income, revenue, profit, earnings), and nouns WordNet
 * 3.1 defines as sums of money (ransom, bail, budget, compensation, bonus, donation, grant).
 */
export const PRICE_NOUNS: readonly string[] = [
  'price', 'prices', 'cost', 'value', 'values', 'fee', 'fees', 'fare', 'fares', 'payment', 'payments', 'fine', 'salary',
  'salaries', 'wage', 'wages', 'income', 'revenue', 'revenues', 'profit', 'profits', 'earnings', 'ransom', 'bail',
  'budget', 'compensation', 'bonus', 'donation', 'grant',
];

/** The spelt-out unit these words make a sum of money ("pounds" is also a weight: lexicon/units.ts). */
export const POUND_WORDS: readonly string[] = ['pound', 'pounds'];

export const SALE_VERBS_BEFORE_FOR: readonly string[] = [
  'sold', 'sell', 'sells', 'selling', 'bought', 'buy', 'buys', 'buying', 'went', 'go', 'goes', 'going', 'auctioned',
];
