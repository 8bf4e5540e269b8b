import nlp from 'compromise';

/**
 * compromise's 'postTagger' step (src/2-two/postTagger/compute/index.js) with the first step of its sweep done by
 * look-up. compromise finds the patterns worth trying on a comma chunk by testing every one of its ~730 hook words
 * and tags against the chunk (src/1-one/sweep/methods/sweep/01-getHooks.js): a fixed cost per chunk that made the
 * step on a short clause slower per word than on a whole document. Here the chunk's own words and tags are looked up
 * in an index of those hooks instead; the patterns, their order, the matching and the tagging are compromise's own.
 * Nothing of compromise is changed: its patterns are only read, after its own post-tagger has parsed them.
 */

/** One post-tagger pattern as compromise's own post-tagger has parsed it (buildNet/01-parse.js). */
interface Pattern {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}
interface CompromiseTerm {
  index: [number, number];
}
interface Found {
  ptrs: number[][];
}
interface Methods {
  one: {
    cacheDoc(docs: CompromiseTerm[][]): Set<string>[];
    match(docs: CompromiseTerm[][], pattern: Pattern): Found;
    bulkTagger(found: object[], docs: CompromiseTerm[][], world: unknown): void;
  };
  two: { quickSplit(docs: CompromiseTerm[][]): CompromiseTerm[][] };
}
/** The parts of a compromise View the post-tagger uses. */
interface TaggedView {
  docs: CompromiseTerm[][];
  world: unknown;
  methods: Methods;
  update(pointers: number[][]): TaggedView;
  uncache(): unknown;
  unfreeze(): unknown;
}

/**
 * The post-tagger's patterns by hook, as compromise's buildNet indexes them, with each hook's place in its order;
 * `distinct` numbers the match strings (a pattern's `key`), so that a chunk's list keeps one pattern per match string.
 */
interface Net {
  hooks: Map<string, Hook>;
  always: Pattern[];
  distinct: number;
  /** Every word or tag a pattern's needs, wants or "ifNo" name, numbered, so a chunk's test reads a flag, not a string set. */
  items: Map<string, number>;
}
interface Hook {
  order: number;
  patterns: readonly Keyed[];
}
interface Keyed {
  pattern: Pattern;
  key: number;
  /** The pattern's needs, wants and "ifNo" as item numbers, each list as long as the pattern's own (repeats kept). */
  needs: readonly number[];
  wants: readonly number[];
  ifNo: readonly number[];
}

let net: Net | undefined;

/** compromise's net rebuilt from its parsed patterns (buildNet/index.js), once; undefined until compromise has parsed them. */
function postTaggerNet(): Net | undefined {
  if (net) return net;
  const matches = (nlp.model() as { two: { matches: Pattern[] } }).two.matches;
  // Until compromise's own post-tagger has run once, its patterns carry no needs: it parses them itself then.
  if (!matches.every((m) => Array.isArray(m.needs) && Array.isArray(m.wants))) return undefined;
  const keys = new Map<string, number>();
  const items = new Map<string, number>();
  const numberOf = (item: string): number => {
    let n = items.get(item);
    if (n === undefined) items.set(item, (n = items.size));
    return n;
  };
  const numbered = (list: Iterable<string>): number[] => [...list].map(numberOf);
  const byHook: Record<string, Keyed[]> = {};
  for (const pattern of matches) {
    if (!keys.has(pattern.match)) keys.set(pattern.match, keys.size);
    const keyed = { pattern, key: keys.get(pattern.match)!, needs: numbered(pattern.needs), wants: numbered(pattern.wants), ifNo: numbered(pattern.ifNo ?? []) };
    for (const hook of [...pattern.needs, ...pattern.wants]) (byHook[hook] ??= []).push(keyed);
  }
  const hooks = new Map<string, Hook>();
  // Object.keys gives compromise's own order of its hooks; each hook's list keeps one pattern per match string.
  Object.keys(byHook).forEach((hook, order) => hooks.set(hook, { order, patterns: byHook[hook]!.filter((k, i, all) => all.findIndex((o) => o.key === k.key) === i) }));
  net = { hooks, always: matches.filter((m) => m.needs.length === 0 && m.wants.length === 0), distinct: keys.size, items };
  return net;
}

/** getHooks then trimDown and tooSmall (sweep/index.js): the patterns worth trying on one chunk, in compromise's order. */
function patternsFor(have: ReadonlySet<string>, words: number, { hooks, always, distinct, items }: Net): Pattern[] {
  const hit: Hook[] = [];
  // 1 for each numbered item the chunk has: the same answers as have.has(item) for every item a pattern names.
  const present = new Uint8Array(items.size);
  for (const item of have) {
    const n = items.get(item);
    if (n !== undefined) present[n] = 1;
    const hook = hooks.get(item);
    if (hook) hit.push(hook);
  }
  hit.sort((a, b) => a.order - b.order);
  // getHooks keeps the first pattern of each match string, trimDown then drops those the chunk cannot match.
  const seen = new Uint8Array(distinct);
  const out: Pattern[] = [];
  for (const hook of hit) {
    for (const keyed of hook.patterns) {
      if (seen[keyed.key] === 1) continue;
      seen[keyed.key] = 1;
      if (words >= keyed.pattern.minWords && isWorthTrying(keyed, present)) out.push(keyed.pattern);
    }
  }
  for (const pattern of always) if (words >= pattern.minWords) out.push(pattern);
  return out;
}

/**
 * trimDown (sweep/02-trim-down.js): every need present, no "ifNo", and enough of the wants (a want listed twice counts
 * twice, as there); plain loops over item numbers, run per pattern and chunk.
 */
function isWorthTrying({ pattern, needs, wants, ifNo }: Keyed, present: Uint8Array): boolean {
  for (const need of needs) if (present[need] === 0) return false;
  for (const no of ifNo) if (present[no] === 1) return false;
  if (wants.length === 0) return true;
  let found = 0;
  for (const want of wants) found += present[want]!;
  return found >= pattern.minWant;
}

/**
 * Runs compromise's post-tagger on a tagged view, as its 'postTagger' compute does; false (nothing done) until
 * compromise has parsed its patterns, when the caller runs compromise's own step.
 */
export function postTag(view: TaggedView): boolean {
  const found = postTaggerNet();
  if (!found) return false;
  const { methods } = view;
  // compute/index.js: the patterns run on comma chunks of the sentences.
  const chunks = methods.two.quickSplit(view.docs).map((terms) => {
    const t = terms[0]!;
    return [t.index[0], t.index[1], t.index[1] + terms.length];
  });
  const m = view.update(chunks);
  const docs = m.docs;
  const caches = methods.one.cacheDoc(docs);
  // sweep/04-runMatch.js: every result first, then compromise's bulk tagger on them all (api.js).
  const results: object[] = [];
  docs.forEach((terms, n) => {
    for (const p of patternsFor(caches[n]!, terms.length, found)) {
      for (const pointer of methods.one.match([terms], p).ptrs) {
        pointer[0] = n;
        const todo: Pattern & { pointer: number[] } = Object.assign({}, p, { pointer });
        if (p.unTag !== undefined) todo.unTag = p.unTag;
        results.push(todo);
      }
    }
  });
  methods.one.bulkTagger(results, docs, m.world);
  view.uncache();
  view.unfreeze();
  return true;
}
