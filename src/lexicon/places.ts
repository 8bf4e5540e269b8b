/**
 * Gazetteer, part 1: continents, world regions and countries, with the keys of what contains each.
 * Sources: the UN M49 standard country and area codes (country list and continental grouping, plus
 * Kosovo, Palestine, Taiwan and the Holy See as commonly reported entities), GeoNames-style
 * administrative containment, and general reference works (CIA World Factbook conventional short
 * names and aliases; UN General Assembly resolution 68/262 for Crimea). Cities and first-level
 * divisions are in places-subnational.ts. Keys are lower-case and hyphenated ("united-states").
 */

/** [name, keys of the regions that contain it]. */
export type RegionRow = readonly [string, readonly string[]];

export const REGIONS: readonly RegionRow[] = [
  ['Africa', []], ['Asia', []], ['Europe', []], ['North America', []], ['South America', []], ['Oceania', []],
  ['Antarctica', []], ['Latin America', []], ['Middle East', ['asia']], ['Gulf', ['middle-east']],
  ['Persian Gulf', ['middle-east']], ['Gulf of Mexico', ['north-america']], ['Balkans', ['europe']], ['Caucasus', ['europe', 'asia']],
  ['Scandinavia', ['europe']], ['Sahel', ['africa']], ['Horn of Africa', ['africa']],
  ['Central Asia', ['asia']], ['Southeast Asia', ['asia']], ['South Asia', ['asia']], ['East Asia', ['asia']],
  ['Caribbean', ['north-america', 'latin-america']], ['Central America', ['north-america', 'latin-america']],
  ['Baltics', ['europe']], ['Levant', ['middle-east']], ['North Africa', ['africa']],
  ['West Africa', ['africa']], ['East Africa', ['africa']], ['Pacific', ['oceania']],
];

/** Countries by the continent (M49 region) that contains them; names as commonly written in English news. */
export const COUNTRIES_BY_CONTINENT: Readonly<Record<string, readonly string[]>> = {
  africa: [
    'Algeria', 'Angola', 'Benin', 'Botswana', 'Burkina Faso', 'Burundi', 'Cabo Verde', 'Cameroon',
    'Central African Republic', 'Chad', 'Comoros', 'Congo', 'DR Congo', 'Djibouti', 'Egypt', 'Equatorial Guinea',
    'Eritrea', 'Eswatini', 'Ethiopia', 'Gabon', 'Gambia', 'Ghana', 'Guinea', 'Guinea-Bissau', 'Ivory Coast',
    'Kenya', 'Lesotho', 'Liberia', 'Libya', 'Madagascar', 'Malawi', 'Mali', 'Mauritania', 'Mauritius', 'Morocco',
    'Mozambique', 'Namibia', 'Niger', 'Nigeria', 'Rwanda', 'Sao Tome and Principe', 'Senegal', 'Seychelles',
    'Sierra Leone', 'Somalia', 'South Africa', 'South Sudan', 'Sudan', 'Tanzania', 'Togo', 'Tunisia', 'Uganda',
    'Zambia', 'Zimbabwe', 'Western Sahara',
  ],
  asia: [
    'Afghanistan', 'Armenia', 'Azerbaijan', 'Bahrain', 'Bangladesh', 'Bhutan', 'Brunei', 'Cambodia', 'China',
    'Cyprus', 'Georgia', 'India', 'Indonesia', 'Iran', 'Iraq', 'Israel', 'Japan', 'Jordan', 'Kazakhstan', 'Kuwait',
    'Kyrgyzstan', 'Laos', 'Lebanon', 'Malaysia', 'Maldives', 'Mongolia', 'Myanmar', 'Nepal', 'North Korea',
    'Oman', 'Pakistan', 'Palestine', 'Philippines', 'Qatar', 'Saudi Arabia', 'Singapore', 'South Korea',
    'Sri Lanka', 'Syria', 'Taiwan', 'Tajikistan', 'Thailand', 'Timor-Leste', 'Turkey', 'Turkmenistan',
    'United Arab Emirates', 'Uzbekistan', 'Vietnam', 'Yemen',
  ],
  europe: [
    'Albania', 'Andorra', 'Austria', 'Belarus', 'Belgium', 'Bosnia and Herzegovina', 'Bulgaria', 'Croatia',
    'Czech Republic', 'Denmark', 'Estonia', 'Finland', 'France', 'Germany', 'Greece', 'Hungary', 'Iceland',
    'Ireland', 'Italy', 'Kosovo', 'Latvia', 'Liechtenstein', 'Lithuania', 'Luxembourg', 'Malta', 'Moldova',
    'Monaco', 'Montenegro', 'Netherlands', 'North Macedonia', 'Norway', 'Poland', 'Portugal', 'Romania', 'Russia',
    'San Marino', 'Serbia', 'Slovakia', 'Slovenia', 'Spain', 'Sweden', 'Switzerland', 'Ukraine',
    'United Kingdom', 'Vatican City',
  ],
  'north-america': [
    'Antigua and Barbuda', 'Bahamas', 'Barbados', 'Belize', 'Canada', 'Costa Rica', 'Cuba', 'Dominica',
    'Dominican Republic', 'El Salvador', 'Grenada', 'Guatemala', 'Haiti', 'Honduras', 'Jamaica', 'Mexico',
    'Nicaragua', 'Panama', 'Saint Kitts and Nevis', 'Saint Lucia', 'Saint Vincent and the Grenadines',
    'Trinidad and Tobago', 'United States', 'Greenland', 'Puerto Rico',
  ],
  'south-america': [
    'Argentina', 'Bolivia', 'Brazil', 'Chile', 'Colombia', 'Ecuador', 'Guyana', 'Paraguay', 'Peru', 'Suriname',
    'Uruguay', 'Venezuela',
  ],
  oceania: [
    'Australia', 'Fiji', 'Kiribati', 'Marshall Islands', 'Micronesia', 'Nauru', 'New Zealand', 'Palau',
    'Papua New Guinea', 'Samoa', 'Solomon Islands', 'Tonga', 'Tuvalu', 'Vanuatu',
  ],
};

/** Further containment for countries that news groups into wider regions. */
export const EXTRA_CONTAINMENT: Readonly<Record<string, readonly string[]>> = {
  'middle-east': [
    'bahrain', 'cyprus', 'egypt', 'iran', 'iraq', 'israel', 'jordan', 'kuwait', 'lebanon', 'oman', 'palestine',
    'qatar', 'saudi-arabia', 'syria', 'turkey', 'united-arab-emirates', 'yemen',
  ],
  gulf: ['bahrain', 'kuwait', 'oman', 'qatar', 'saudi-arabia', 'united-arab-emirates'],
  levant: ['israel', 'jordan', 'lebanon', 'palestine', 'syria'],
  europe: ['turkey', 'cyprus', 'georgia', 'armenia', 'azerbaijan'],
  asia: ['russia'],
  'latin-america': ['mexico', 'cuba', 'dominican-republic', 'argentina', 'bolivia', 'brazil', 'chile', 'colombia', 'ecuador', 'paraguay', 'peru', 'uruguay', 'venezuela'],
  'central-america': ['belize', 'costa-rica', 'el-salvador', 'guatemala', 'honduras', 'nicaragua', 'panama'],
  caribbean: ['antigua-and-barbuda', 'bahamas', 'barbados', 'cuba', 'dominica', 'dominican-republic', 'grenada', 'haiti', 'jamaica', 'puerto-rico', 'saint-kitts-and-nevis', 'saint-lucia', 'saint-vincent-and-the-grenadines', 'trinidad-and-tobago'],
  balkans: ['albania', 'bosnia-and-herzegovina', 'bulgaria', 'croatia', 'kosovo', 'montenegro', 'north-macedonia', 'serbia', 'slovenia'],
  caucasus: ['armenia', 'azerbaijan', 'georgia'],
  scandinavia: ['denmark', 'norway', 'sweden'],
  baltics: ['estonia', 'latvia', 'lithuania'],
  sahel: ['burkina-faso', 'chad', 'mali', 'mauritania', 'niger', 'sudan'],
  'horn-of-africa': ['djibouti', 'eritrea', 'ethiopia', 'somalia'],
  'central-asia': ['kazakhstan', 'kyrgyzstan', 'tajikistan', 'turkmenistan', 'uzbekistan'],
  'southeast-asia': ['brunei', 'cambodia', 'indonesia', 'laos', 'malaysia', 'myanmar', 'philippines', 'singapore', 'thailand', 'timor-leste', 'vietnam'],
  'south-asia': ['afghanistan', 'bangladesh', 'bhutan', 'india', 'maldives', 'nepal', 'pakistan', 'sri-lanka'],
  'east-asia': ['china', 'japan', 'mongolia', 'north-korea', 'south-korea', 'taiwan'],
  'north-africa': ['algeria', 'egypt', 'libya', 'morocco', 'sudan', 'tunisia', 'western-sahara'],
  'west-africa': ['benin', 'burkina-faso', 'cabo-verde', 'gambia', 'ghana', 'guinea', 'guinea-bissau', 'ivory-coast', 'liberia', 'mali', 'mauritania', 'niger', 'nigeria', 'senegal', 'sierra-leone', 'togo'],
  'east-africa': ['burundi', 'kenya', 'rwanda', 'south-sudan', 'tanzania', 'uganda'],
};

/**
 * Other names by key. An all-capitals alias ("US", "UK") matches only as written, so "us" the pronoun
 * is never a place.
 */
export const PLACE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'united-states': ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'],
  'united-kingdom': ['UK', 'U.K.', 'Britain', 'Great Britain'],
  'united-arab-emirates': ['UAE', 'U.A.E.', 'Emirates'],
  'dr-congo': ['DRC', 'Democratic Republic of Congo', 'Democratic Republic of the Congo'],
  congo: ['Republic of the Congo', 'Congo-Brazzaville'],
  'ivory-coast': ["Cote d'Ivoire", "Côte d'Ivoire"],
  'czech-republic': ['Czechia'],
  turkey: ['Türkiye', 'Turkiye'],
  myanmar: ['Burma'],
  eswatini: ['Swaziland'],
  'cabo-verde': ['Cape Verde'],
  'timor-leste': ['East Timor'],
  'north-macedonia': ['Macedonia'],
  'vatican-city': ['Vatican', 'Holy See'],
  netherlands: ['Holland'],
  'north-korea': ['DPRK'],
  'south-korea': ['Republic of Korea'],
  russia: ['Russian Federation'],
  palestine: ['Palestinian Territories', 'State of Palestine'],
  gulf: ['Arabian Gulf'],
  'middle-east': ['Mideast'],
  'bosnia-and-herzegovina': ['Bosnia'],
  'sao-tome-and-principe': ['São Tomé and Príncipe'],
  micronesia: ['Federated States of Micronesia'],
};

/** Prepositions before a place that give its role; anything else is a mention. */
export const PLACE_ROLE_PREPOSITIONS: ReadonlyMap<string, 'at' | 'from' | 'to'> = new Map([
  ['in', 'at'], ['at', 'at'], ['near', 'at'], ['outside', 'at'], ['inside', 'at'], ['within', 'at'],
  ['across', 'at'], ['throughout', 'at'], ['from', 'from'], ['to', 'to'], ['into', 'to'], ['toward', 'to'],
  ['towards', 'to'], ['onto', 'to'], ['off', 'at'],
]);

/** Words skipped between a preposition and a place ("in the Gulf", "to the United States"). */
export const PLACE_DETERMINERS: ReadonlySet<string> = new Set(['the']);

/**
 * Nouns for a place of some level ("the city of Katowice", "the Kala-Balge district of Borno state", "off the coast
 * of Whitby"): WordNet 3.1 hyponyms of "administrative district" (n.1) and "geographic area" (n.1) that news text
 * writes before "of" and a name, plus the nouns for who lives somewhere ("a resident of Moradabad", WordNet
 * "inhabitant" n.1 and its synonyms). A capitalised name after "<noun> of" is a place, and the place takes the role
 * of the phrase the noun heads ("in the city of X" is at X).
 */
export const PLACE_OF_NOUNS: ReadonlySet<string> = new Set([
  'city', 'town', 'village', 'hamlet', 'district', 'province', 'state', 'region', 'county', 'municipality',
  'prefecture', 'governorate', 'territory', 'department', 'canton', 'borough', 'suburb', 'suburbs', 'outskirts',
  'neighbourhood', 'neighborhood', 'island', 'islands', 'coast', 'port', 'capital', 'area', 'commune', 'parish',
  'republic', 'oblast', 'krai', 'emirate',
  'resident', 'residents', 'native', 'natives', 'inhabitant', 'inhabitants', 'denizen', 'dweller',
]);

/** Direction adjectives that may stand between a preposition and a place ("in western Farah province"). */
export const COMPASS_ADJECTIVES: ReadonlySet<string> = new Set([
  'northern', 'southern', 'eastern', 'western', 'central', 'north-western', 'north-eastern', 'south-western',
  'south-eastern', 'northwestern', 'northeastern', 'southwestern', 'southeastern', 'northwest', 'northeast',
  'southwest', 'southeast', 'north', 'south', 'east', 'west', 'upper', 'lower', 'coastal', 'rural', 'remote',
]);

/** Prepositions after which an unknown capitalised word is taken as a place name. */
export const OPEN_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'near']);

/**
 * Forms of verbs of inherently directed motion and of sending (Levin 1993 §§ 51.1, 11.1: return, move, head, travel,
 * fly, sail, relocate, divert, transfer, switch): after them "to" opens a destination, so an unknown capitalised name
 * there is a place ("will move to Harrogate"), as after "in" or "at". "go" and "come" are left out: a prize or a sum
 * "went to" a person ("The title went to Callum Baird").
 */
export const MOTION_VERB_FORMS: ReadonlySet<string> = new Set([
  'return', 'returns', 'returned', 'returning',
  'move', 'moves', 'moved', 'moving', 'head', 'heads', 'headed', 'heading', 'travel', 'travels', 'travelled', 'traveled',
  'travelling', 'traveling', 'fly', 'flies', 'flew', 'flown', 'flying', 'sail', 'sails', 'sailed', 'sailing', 'relocate',
  'relocates', 'relocated', 'relocating', 'divert', 'diverts', 'diverted', 'diverting', 'transfer', 'transfers',
  'transferred', 'transferring', 'switch', 'switches', 'switched', 'switching',
]);

/**
 * Head nouns of the names of venues and grounds ("at the Drill Hall", "in the Corn Exchange", "at the Palace Hotel"):
 * lexical units of FrameNet 1.7's Buildings and Locale_by_use frames that name places events are held at. A name after
 * "in the" / "at the" that ends in one names where, like a town.
 */
export const VENUE_NOUNS: ReadonlySet<string> = new Set([
  'hall', 'halls', 'park', 'hotel', 'centre', 'center', 'stadium', 'ground', 'grounds', 'green', 'theatre', 'theater',
  'square', 'house', 'field', 'gardens', 'pier', 'quay', 'rooms', 'exchange', 'arena', 'showground', 'pavilion', 'inn',
  'barracks', 'gallery', 'hangar', 'depot', 'yard', 'wharf', 'common', 'meadow', 'meadows', 'lawn',
]);

/**
 * Capitalised words after "in"/"at"/"from"/"near" that are not places: institutions, titles, news
 * organisations, languages and calendar words (general news style-guide vocabulary).
 */
export const NOT_PLACE_WORDS: ReadonlySet<string> = new Set([
  'senate', 'congress', 'parliament', 'court', 'council', 'house', 'ministry', 'department', 'office',
  'committee', 'commission', 'assembly', 'cabinet', 'army', 'navy', 'police', 'government', 'party', 'union',
  'university', 'hospital', 'school', 'church', 'bank', 'company', 'group', 'agency', 'mr', 'mr.', 'mrs',
  'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'president', 'prime', 'minister', 'general', 'gen.', 'chancellor', 'king',
  'queen', 'prince', 'pope', 'reuters', 'ap', 'afp', 'bloomberg', 'bbc', 'cnn', 'tass', 'interfax', 'english',
  'french', 'arabic', 'spanish', 'i', 'christmas', 'easter', 'ramadan', 'eid', 'god', 'parliament', 'nato',
  'un', 'eu', 'his', 'her', 'their', 'our', 'its', 'this', 'that', 'these', 'those', 'some', 'all', 'least',
  'first', 'last', 'addition', 'total', 'fact', 'part', 'response', 'particular', 'general', 'short',
]);

/** Endings of nationality adjectives and demonyms ("Russian", "Chinese", "Turkish", "Israeli"). */
export const DEMONYM_ENDINGS: readonly string[] = ['ian', 'ese', 'ish', 'ean', 'ans', 'eses'];

/**
 * Heads of institution names built as "<Head> of <Place>" ("the University of Texas at Austin", "the Bank of
 * England", "the Council of Europe"): the place is a word of the name, not where the event is. Source: the AP
 * Stylebook's entries on capitalising the formal names of universities, colleges, banks, churches, councils, courts,
 * museums and institutes.
 */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'university', 'college', 'institute', 'bank', 'church', 'council', 'court', 'museum', 'academy', 'school',
  'hospital', 'library', 'chamber',
]);
