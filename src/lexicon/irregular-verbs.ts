/**
 * Irregular verb forms from the irregular-verb list of Quirk et al. (1985), Appendix I.
 *
 * Past-tense forms of common English irregular verbs → lemma, for words a tagger may read as nouns
 * ("admissions rose", "the dam held"). Source: the irregular-verb list of Quirk et al. (1985), Appendix I.
 */
import { nullPrototype } from '../model/records.js';

export const IRREGULAR_PAST: Readonly<Record<string, string>> = nullPrototype({
  rose: 'rise', fell: 'fall', held: 'hold', won: 'win', lost: 'lose', left: 'leave', met: 'meet', sank: 'sink',
  grew: 'grow', shrank: 'shrink', struck: 'strike', broke: 'break', burst: 'burst', fled: 'flee', shot: 'shoot',
  fought: 'fight', sought: 'seek', bought: 'buy', sold: 'sell', paid: 'pay', led: 'lead', drove: 'drive',
  flew: 'fly', threw: 'throw', stood: 'stand', spoke: 'speak', took: 'take', gave: 'give', came: 'come', went: 'go',
  began: 'begin', rang: 'ring', ran: 'run', hit: 'hit', cut: 'cut', quit: 'quit', sped: 'speed', slid: 'slide',
  swung: 'swing', spent: 'spend', sent: 'send', built: 'build', froze: 'freeze', wrote: 'write', chose: 'choose',
  drew: 'draw', bore: 'bear', tore: 'tear', wore: 'wear', woke: 'wake', overtook: 'overtake', withdrew: 'withdraw',
  undertook: 'undertake', forbade: 'forbid', upheld: 'uphold', overthrew: 'overthrow', hid: 'hide', bit: 'bite',
  dug: 'dig', stole: 'steal', sprang: 'spring', swore: 'swear', beat: 'beat', bled: 'bleed', fed: 'feed',
  made: 'make', found: 'find', told: 'tell', heard: 'hear', kept: 'keep', brought: 'bring', caught: 'catch',
  taught: 'teach', thought: 'think', lit: 'light', laid: 'lay', lent: 'lend', meant: 'mean', dealt: 'deal',
  sat: 'sit', slept: 'sleep', swept: 'sweep', wept: 'weep', bent: 'bend', knelt: 'kneel', shone: 'shine',
  stuck: 'stick', spun: 'spin', swam: 'swim', rode: 'ride', sang: 'sing', drank: 'drink', saw: 'see',
  // Further forms of the same list. Left out where the form is also a common noun in news copy ("a spat", "a slew of",
  // "the ground", "a wound", "bound for").
  shod: 'shoe', strove: 'strive', strode: 'stride', trod: 'tread', wove: 'weave', bade: 'bid', clung: 'cling',
  flung: 'fling', slung: 'sling', stung: 'sting', strung: 'string', wrung: 'wring', leapt: 'leap', crept: 'creep',
  dwelt: 'dwell', forgave: 'forgive', forgot: 'forget', mistook: 'mistake', oversaw: 'oversee', overran: 'overrun',
  overcame: 'overcome', rebuilt: 'rebuild', retook: 'retake', foresaw: 'foresee', withheld: 'withhold',
  withstood: 'withstand', underwent: 'undergo', understood: 'understand', outgrew: 'outgrow', shook: 'shake',
  arose: 'arise', knew: 'know', ate: 'eat', became: 'become', befell: 'befall', forsook: 'forsake', stank: 'stink',
  awoke: 'awake',
});

/**
 * Past participles that are never past-tense forms ("thrown", "stolen", "begun"): after a noun with no auxiliary
 * they modify the noun ("flares thrown from the stands"); after "be" they make a passive ("was thrown").
 */
export const IRREGULAR_PARTICIPLES: Readonly<Record<string, string>> = nullPrototype({
  arisen: 'arise', beaten: 'beat', begun: 'begin', bitten: 'bite', blown: 'blow', borne: 'bear', broken: 'break',
  chosen: 'choose', done: 'do', drawn: 'draw', driven: 'drive', eaten: 'eat', fallen: 'fall', flown: 'fly',
  forbidden: 'forbid', forgiven: 'forgive', forgotten: 'forget', frozen: 'freeze', given: 'give', gone: 'go',
  grown: 'grow', hidden: 'hide', known: 'know', overtaken: 'overtake', overthrown: 'overthrow', ridden: 'ride',
  risen: 'rise', rung: 'ring', seen: 'see', shaken: 'shake', shown: 'show', shrunk: 'shrink', spoken: 'speak',
  sprung: 'spring', stolen: 'steal', stricken: 'strike', sung: 'sing', sunk: 'sink', sworn: 'swear', swum: 'swim',
  taken: 'take', thrown: 'throw', torn: 'tear', undertaken: 'undertake', withdrawn: 'withdraw', woken: 'wake',
  worn: 'wear', written: 'write', woven: 'weave', trodden: 'tread', striven: 'strive', forsaken: 'forsake',
  overseen: 'oversee', foreseen: 'foresee', undergone: 'undergo', outgrown: 'outgrow', befallen: 'befall',
  awoken: 'awake',
});
