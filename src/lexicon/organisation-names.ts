import { nullPrototype } from '../model/records.js';
/**
 * Organisations that news names in several ways (full name, abbreviation, other-language or former name): each key
 * is one actor. Source: the AP Stylebook's abbreviations acceptable on first reference or in all references
 * (UN, NATO, WHO, FBI, CIA …) and the names wire services use for armed groups (AP, Reuters and BBC style: "Islamic
 * State group, also known as ISIS or ISIL"), transcribed by hand. Values are lower-case surface forms.
 */
/** Organisation key → its names. */
export const ORGANISATION_NAMES: Readonly<Record<string, readonly string[]>> = nullPrototype({
  'united-nations': ['united nations', 'the united nations', 'un', 'u.n.'],
  nato: ['nato', 'north atlantic treaty organization', 'north atlantic treaty organisation'],
  who: ['world health organization', 'world health organisation'],
  imf: ['imf', 'international monetary fund'],
  'world-bank': ['world bank', 'the world bank'],
  wto: ['wto', 'world trade organization', 'world trade organisation'],
  unicef: ['unicef', "united nations children's fund"],
  unhcr: ['unhcr', 'un refugee agency', 'u.n. refugee agency', 'united nations high commissioner for refugees'],
  icrc: ['icrc', 'red cross', 'international committee of the red cross'],
  iaea: ['iaea', 'international atomic energy agency'],
  opec: ['opec', 'organization of the petroleum exporting countries'],
  fbi: ['fbi', 'federal bureau of investigation'],
  cia: ['cia', 'central intelligence agency'],
  nasa: ['nasa', 'national aeronautics and space administration'],
  fda: ['fda', 'food and drug administration'],
  cdc: ['cdc', 'centers for disease control and prevention', 'centers for disease control'],
  pentagon: ['pentagon', 'the pentagon', 'defense department', 'department of defense', 'us defense department', 'u.s. defense department'],
  'islamic-state': ['islamic state', 'the islamic state', 'islamic state group', 'isis', 'isil', 'daesh', 'daish', 'islamic state of iraq and the levant', 'islamic state in iraq and syria', 'islamic state of iraq and syria'],
  'al-qaeda': ['al-qaeda', 'al qaeda', 'al-qaida', 'al qaida'],
  taliban: ['taliban', 'the taliban'],
  hezbollah: ['hezbollah', 'hizbollah', 'hizbullah'],
  hamas: ['hamas'],
  'boko-haram': ['boko haram'],
  'al-shabaab': ['al-shabaab', 'al shabaab', 'al-shabab'],
  pkk: ['pkk', "kurdistan workers' party", 'kurdistan workers party'],
});
