import nlp from 'compromise';

/** What compromise's 'root' step reads of a term. */
export interface RootedTerm {
  text: string;
  normal?: string;
  machine?: string;
  tags: ReadonlySet<string>;
}

interface Transforms {
  noun: { toSingular(str: string, model: unknown): string };
  verb: { toInfinitive(str: string, model: unknown, tense: string): string };
  adjective: { fromComparative(str: string, model: unknown): string; fromSuperlative(str: string, model: unknown): string; fromAdverb(str: string): string };
}
interface World {
  model: unknown;
  methods: { two: { transform: Transforms } };
}

/**
 * compromise's 'root' step (src/2-two/preTagger/compute/root.js) term by term: the first of these tags a term carries
 * picks how its root is made, in this order. Each root depends on that tag and the term's form alone, so it is
 * computed once per form; compromise recomputes it for every word (its plural rule even rebuilds an inverted table
 * per call). test/extract/term-roots.test.ts checks the two agree.
 */
const ROOT_TAGS = ['Possessive', 'Plural', 'Copula', 'PastTense', 'Gerund', 'PresentTense', 'Comparative', 'Superlative', 'Adverb'] as const;
type RootTag = (typeof ROOT_TAGS)[number];

function computeRoot(tag: RootTag, str: string, world: World): string {
  const { transform } = world.methods.two;
  switch (tag) {
    case 'Possessive':
      return str.replace(/'s$/, '');
    case 'Plural':
      return transform.noun.toSingular(str, world.model);
    case 'Copula':
      return 'is';
    case 'PastTense':
    case 'Gerund':
    case 'PresentTense':
      return transform.verb.toInfinitive(str, world.model, tag);
    case 'Comparative':
      return transform.adjective.fromComparative(str, world.model);
    case 'Superlative':
      return transform.adjective.fromSuperlative(str, world.model);
    case 'Adverb':
      return transform.adjective.fromAdverb(str);
  }
}

/** Roots already made, by tag and form; bounded so a hostile stream of distinct words cannot grow memory without limit. */
const roots = new Map<string, string>();
const MAX_ROOTS = 50_000;

/** The root compromise's 'root' step would give the term, or undefined where it leaves none (the root is the normal form). */
export function rootOf(term: RootedTerm): string | undefined {
  const tag = ROOT_TAGS.find((t) => term.tags.has(t));
  if (tag === undefined) return undefined;
  const str = term.machine || term.normal || term.text;
  // A present-tense infinitive is its own root.
  if (tag === 'PresentTense' && term.tags.has('Infinitive')) return str === term.normal ? undefined : str;
  const key = `${tag} ${str}`;
  let root = roots.get(key);
  if (root === undefined) {
    root = computeRoot(tag, str, nlp.world() as World);
    if (roots.size < MAX_ROOTS) roots.set(key, root);
  }
  return root === term.normal ? undefined : root;
}
