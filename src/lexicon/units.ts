/**
 * Units of measure, currencies and quantity bound phrases.
 * Sources: the SI brochure (BIPM, 9th ed.) and NIST SP 811 for conversion factors (exact where defined:
 * inch 0.0254 m, pound 0.45359237 kg, US gallon 3.785411784 L, mean Gregorian year 365.2425 days);
 * ISO 4217 for currency codes; the AP Stylebook entries for "percent", "more than/over" and "about"
 * for the bound phrases; general English dictionaries for surface forms.
 */

export interface UnitInfo {
  /** Canonical unit name, e.g. "hour", "km", "USD". */
  unit: string;
  dimension: 'duration' | 'length' | 'mass' | 'temperature' | 'percent' | 'speed' | 'area' | 'volume' | 'money';
  /** Multiply by this to reach the dimension's base unit (s, m, kg, °C, %, km/h, m², L, currency unit). */
  factor: number;
  /** Added after the factor (Fahrenheit → Celsius only). */
  offset?: number;
}

const SECOND = 1;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365.2425 * DAY;
const FAHRENHEIT_FACTOR = 5 / 9;
const FAHRENHEIT_OFFSET = -32 * FAHRENHEIT_FACTOR;

const u = (unit: string, dimension: UnitInfo['dimension'], factor: number, offset?: number): UnitInfo =>
  offset === undefined ? { unit, dimension, factor } : { unit, dimension, factor, offset };

/**
 * Unit surface forms, lower-case, written as the tokenizer splits them (tokens joined by one space:
 * "km / h", "° c"). A unit written with a space after the number is looked up here.
 */
export const UNITS: ReadonlyMap<string, UnitInfo> = new Map<string, UnitInfo>([
  ...forms(['second', 'seconds', 'sec', 'secs'], u('second', 'duration', SECOND)),
  ...forms(['minute', 'minutes', 'min', 'mins'], u('minute', 'duration', MINUTE)),
  ...forms(['hour', 'hours', 'hr', 'hrs'], u('hour', 'duration', HOUR)),
  ...forms(['day', 'days'], u('day', 'duration', DAY)),
  ...forms(['week', 'weeks'], u('week', 'duration', 7 * DAY)),
  ...forms(['month', 'months'], u('month', 'duration', YEAR / 12)),
  ...forms(['year', 'years', 'yr', 'yrs'], u('year', 'duration', YEAR)),
  ...forms(['decade', 'decades'], u('decade', 'duration', 10 * YEAR)),
  ...forms(['mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters'], u('mm', 'length', 0.001)),
  ...forms(['cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters'], u('cm', 'length', 0.01)),
  ...forms(['metre', 'metres', 'meter', 'meters'], u('m', 'length', 1)),
  ...forms(['km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers'], u('km', 'length', 1000)),
  ...forms(['inch', 'inches'], u('inch', 'length', 0.0254)),
  ...forms(['foot', 'feet', 'ft'], u('ft', 'length', 0.3048)),
  ...forms(['yard', 'yards'], u('yard', 'length', 0.9144)),
  ...forms(['mile', 'miles', 'mi'], u('mile', 'length', 1609.344)),
  ...forms(['nautical mile', 'nautical miles'], u('nautical mile', 'length', 1852)),
  ...forms(['mg', 'milligram', 'milligrams'], u('mg', 'mass', 1e-6)),
  ...forms(['gram', 'grams'], u('g', 'mass', 0.001)),
  ...forms(['kg', 'kilo', 'kilos', 'kilogram', 'kilograms'], u('kg', 'mass', 1)),
  ...forms(['tonne', 'tonnes', 'ton', 'tons', 'metric tons'], u('t', 'mass', 1000)),
  ...forms(['pound', 'pounds', 'lb', 'lbs'], u('lb', 'mass', 0.45359237)),
  ...forms(['ounce', 'ounces', 'oz'], u('oz', 'mass', 0.028349523125)),
  ...forms(['° c', '°c', 'degrees celsius', 'degree celsius', 'degrees centigrade'], u('°C', 'temperature', 1)),
  ...forms(['° f', '°f', 'degrees fahrenheit', 'degree fahrenheit'], u('°F', 'temperature', FAHRENHEIT_FACTOR, FAHRENHEIT_OFFSET)),
  ...forms(['%', 'percent', 'per cent', 'pct'], u('%', 'percent', 1)),
  ...forms(['percentage point', 'percentage points'], u('pp', 'percent', 1)),
  ...forms(['km / h', 'kph', 'kmh', 'kilometres per hour', 'kilometers per hour'], u('km/h', 'speed', 1)),
  ...forms(['mph', 'miles per hour'], u('mph', 'speed', 1.609344)),
  ...forms(['knot', 'knots'], u('knot', 'speed', 1.852)),
  ...forms(['m / s', 'metres per second', 'meters per second'], u('m/s', 'speed', 3.6)),
  ...forms(['sq km', 'km2', 'square kilometres', 'square kilometers', 'square km'], u('km²', 'area', 1e6)),
  ...forms(['sq mi', 'square miles', 'square mile'], u('sq mi', 'area', 2589988.110336)),
  ...forms(['square metres', 'square meters', 'sq m', 'm2'], u('m²', 'area', 1)),
  ...forms(['hectare', 'hectares', 'ha'], u('ha', 'area', 10000)),
  ...forms(['acre', 'acres'], u('acre', 'area', 4046.8564224)),
  ...forms(['litre', 'litres', 'liter', 'liters'], u('L', 'volume', 1)),
  ...forms(['ml', 'millilitre', 'millilitres', 'milliliter', 'milliliters'], u('mL', 'volume', 0.001)),
  ...forms(['gallon', 'gallons'], u('gal', 'volume', 3.785411784)),
  ...forms(['barrel', 'barrels'], u('bbl', 'volume', 158.987294928)),
  ...forms(['cubic metres', 'cubic meters', 'm3'], u('m³', 'volume', 1000)),
  ...forms(['dollar', 'dollars', 'usd', 'us dollars'], u('USD', 'money', 1)),
  ...forms(['euro', 'euros', 'eur'], u('EUR', 'money', 1)),
  ...forms(['pounds sterling', 'sterling', 'gbp'], u('GBP', 'money', 1)),
  ...forms(['yen', 'jpy'], u('JPY', 'money', 1)),
  ...forms(['yuan', 'renminbi', 'cny'], u('CNY', 'money', 1)),
  ...forms(['rupee', 'rupees', 'inr'], u('INR', 'money', 1)),
  ...forms(['rouble', 'roubles', 'ruble', 'rubles', 'rub'], u('RUB', 'money', 1)),
  ...forms(['swiss francs', 'chf'], u('CHF', 'money', 1)),
  ...forms(['hryvnia', 'hryvnias', 'uah'], u('UAH', 'money', 1)),
]);

/** Units that may only follow a number with no space ("15m", "5g", "2h"); cased as written. */
export const ATTACHED_UNITS: ReadonlyMap<string, UnitInfo> = new Map<string, UnitInfo>([
  ['m', u('m', 'length', 1)],
  ['g', u('g', 'mass', 0.001)],
  ['h', u('hour', 'duration', HOUR)],
  ['l', u('L', 'volume', 1)],
  ['C', u('°C', 'temperature', 1)],
  ['F', u('°F', 'temperature', FAHRENHEIT_FACTOR, FAHRENHEIT_OFFSET)],
]);

/** Currency signs written before the number, as the tokenizer yields them ("US$" is "us $"). */
export const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'],
  ['us $', 'USD'],
  ['£', 'GBP'],
  ['€', 'EUR'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['₽', 'RUB'],
  ['₴', 'UAH'],
  ['usd', 'USD'],
  ['eur', 'EUR'],
  ['gbp', 'GBP'],
]);

export type BoundKind = 'at-least' | 'at-most' | 'about';

/**
 * Verbs of exceeding before a figure (Levin 1993 § 90, exceed verbs: "exceed", "surpass", "top"; with "pass" and
 * "cross", whose object is a mark passed): the figure is a lower bound of the value reached ("passing the 300-metre
 * mark" is at least 300 metres). Lower-case forms.
 */
const EXCEEDING: readonly string[] = [
  ...['exceeded', 'exceeding', 'exceeds', 'surpassed', 'surpassing', 'surpasses', 'topped', 'topping', 'tops'].flatMap((v) => [v, `${v} the`]),
  // "passed 20 laws" enacts them: only "passed the …" names a mark.
  ...['passed', 'passing', 'passes', 'crossed', 'crossing', 'crosses'].map((v) => `${v} the`),
];

/**
 * The equative "as … as" with an adjective of the upper end of a scale before a figure ("as high as 9 kilometres", "as
 * long as 40 minutes"): the most the value may reach, like "as many as" and "as much as" (Quirk et al. 1985 § 7.56).
 * The adjectives are the positive poles of the dimension and speed scales (high, long, far, large, big, heavy, deep,
 * tall, wide, fast, great, old). Lower-case.
 */
const UPPER_EQUATIVES: readonly string[] = ['high', 'long', 'far', 'large', 'big', 'heavy', 'deep', 'tall', 'wide', 'fast', 'great', 'old'].map((a) => `as ${a} as`);

/** Phrases before a number that bound it (lower-case, tokens joined by one space). */
export const BOUND_PREFIXES: ReadonlyMap<string, BoundKind> = new Map<string, BoundKind>([
  ...forms(EXCEEDING, 'at-least' as BoundKind),
  ...forms(['at least', 'more than', 'over', 'upwards of', 'in excess of', 'no fewer than', 'no less than', 'a minimum of'], 'at-least' as BoundKind),
  ...forms(['at most', 'less than', 'under', 'fewer than', 'up to', 'nearly', 'almost', 'just under', 'no more than', 'as many as', 'as much as', 'a maximum of', 'below', 'just shy of', 'close to', 'within', 'not more than'], 'at-most' as BoundKind),
  ...forms(UPPER_EQUATIVES, 'at-most' as BoundKind),
  ...forms(['about', 'around', 'roughly', 'approximately', 'some', 'an estimated', 'estimated', 'approx', 'circa'], 'about' as BoundKind),
]);

/**
 * Bound phrases that draw a sharp line ("under two hours", "more than 40"): a figure on the far side of it breaks the
 * bound outright, however close. The others ("nearly", "up to", "as many as", "close to", "within") are loose
 * approximations (Quirk et al. 1985, § 7.56, approximators vs. comparative quantifiers), so a figure just past them is
 * rounding. Lower-case, tokens joined by one space, as in BOUND_PREFIXES and BOUND_SUFFIXES.
 */
export const STRICT_BOUNDS: readonly string[] = [
  'at least', 'more than', 'over', 'upwards of', 'in excess of', 'no fewer than', 'no less than', 'a minimum of',
  'at most', 'less than', 'under', 'fewer than', 'just under', 'no more than', 'a maximum of', 'below', 'not more than',
  'or more', 'or fewer', 'or less', 'plus', '+',
];

/** Phrases after a number that bound it ("40 or more", "40-plus", "40+"). */
export const BOUND_SUFFIXES: ReadonlyMap<string, BoundKind> = new Map<string, BoundKind>([
  ['or more', 'at-least'],
  ['- plus', 'at-least'],
  ['plus', 'at-least'],
  ['+', 'at-least'],
  ['or fewer', 'at-most'],
  ['or less', 'at-most'],
  ['or so', 'about'],
]);

/** Words joining the two ends of a range ("30 to 40", "30-40"); "and" only after "between". */
export const RANGE_JOINERS: ReadonlySet<string> = new Set(['to', '-']);
export const RANGE_OPENERS: ReadonlySet<string> = new Set(['between']);
export const RANGE_OPENER_JOINER = 'and';

/**
 * Units that are exact multiples of one another (SI brochure, 9th ed., tables 5 and 8: decimal prefixes; minute,
 * hour and day accepted for use with the SI; a week is seven days): a figure converted between them needs no rounding
 * slack, unlike months, years or imperial units.
 */
export const EXACT_UNIT_FAMILIES: readonly (readonly string[])[] = [
  ['second', 'minute', 'hour', 'day', 'week'],
  ['mm', 'cm', 'm', 'km'],
  ['mg', 'g', 'kg', 't'],
  ['mL', 'L', 'm³'],
  ['m²', 'ha', 'km²'],
];

/** Half-width of an "about" interval, as a share of the value: "about 40" allows 36 to 44. */
export const ABOUT_TOLERANCE = 0.1;

/** Dimensions whose values cannot be negative: "under 40" then means [0, 40]. */
export const NON_NEGATIVE_DIMENSIONS: ReadonlySet<string> = new Set([
  'count', 'duration', 'money', 'length', 'mass', 'percent', 'speed', 'area', 'volume',
]);

/** Significant digits kept in base intervals, so 3 × 1.1 reads 3.3 and not 3.3000000000000003. */
export const BASE_PRECISION = 12;

function forms<T>(names: readonly string[], value: T): [string, T][] {
  return names.map((n) => [n, value]);
}
