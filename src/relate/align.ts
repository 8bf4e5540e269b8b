import { buildLexicon, derived } from '../lexicon/index.js';
import type { Claim } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { eventMentions, otherParty, type EventMention } from './events.js';
import { lexicalRelation, relationsFrom, RELATION_STRENGTH, vectorRelation, type AlignLexicon, type LexicalRelation } from './lexical.js';
import { factsOf } from './word-facts.js';
import { alignSlots, partyOf, sameKeyedParty, sameParty, type EventMatch, type Party } from './slots.js';
import type { ClaimAlignment, ConverseRoles, LinkRelation, WordLink } from './types.js';
import { claimWords, contentWordsIn, type Token } from './words.js';
import { phrasalUse } from './phrasal-senses.js';

/** Relations under which a light-verb phrase or an event noun is the same event as the other side's verb. */
const SAMENESS: ReadonlySet<LinkRelation> = new Set(['identical', 'inflection', 'derivation', 'synonym']);
/**
 * Preference for the two predicates' own relation over readings through event nouns: enough that a predicate
 * antonym (0.8) outranks an event noun spelt alike on both sides (0.9), too little for a predicate hypernym (0.7)
 * to outrank a light-verb construction (0.85).
 */
const PREDICATE_BONUS = 0.12;
/** A copula's complement is the claim's predicate ("is open"). */
const PREDICATES: ReadonlySet<string> = new Set(['predicate', 'state']);

/** The shipped aliases and opposites (the Lexicon of a call without extras), for callers that pass no lexicon. */
function shippedLexicon(): AlignLexicon {
  return buildLexicon();
}

function link(a: Span, b: Span, lemmas: readonly [string, string], r: LexicalRelation): WordLink {
  return { a, b, relation: r.relation, strength: r.strength, ...(r.direction ? { direction: r.direction } : {}), lemmas };
}

/**
 * The relation of two event mentions, a light-verb phrase or event noun relabelled as such; `sharedRole` (two
 * predicates of claims sharing a role) lets WordNet's wider synonym links count.
 */
function mentionRelation(x: EventMention, y: EventMention, r: LexicalRelation | undefined): LexicalRelation | undefined {
  if (!r || !SAMENESS.has(r.relation)) return r;
  const sources = [x.source, y.source];
  if (sources.includes('light-verb')) return { relation: 'light-verb', strength: RELATION_STRENGTH['light-verb'] };
  // One event noun against a verb is a derivation; the same event noun on both sides stays what it is.
  const nominal = sources.filter((s) => s === 'nominalisation').length === 1;
  return nominal && r.relation !== 'synonym' ? { relation: 'derivation', strength: RELATION_STRENGTH.derivation } : r;
}

/** A claim's agent and theme as keyed parties, found once per claim object and lexicon. */
interface Roles { actor: Party; theme: Party }
const rolesCache = (): WeakMap<Claim, Roles> => new WeakMap();

function rolesOf(c: Claim, lexicon: AlignLexicon): Roles {
  const cache = derived(lexicon, rolesCache);
  let roles = cache.get(c);
  if (roles) return roles;
  roles = { actor: partyOf(contentWordsIn(c, c.proposition.actor), lexicon), theme: partyOf(contentWordsIn(c, c.proposition.theme), lexicon) };
  cache.set(c, roles);
  return roles;
}

/** Whether the two claims share their agent or their theme, which fixes their verbs' senses. */
function sharesRole(a: Claim, b: Claim, lexicon: AlignLexicon): boolean {
  const [ra, rb] = [rolesOf(a, lexicon), rolesOf(b, lexicon)];
  return oneParty(ra.actor, rb.actor, lexicon) || oneParty(ra.theme, rb.theme, lexicon);
}

function oneParty(x: Party, y: Party, lexicon: AlignLexicon): boolean {
  return x.words.length > 0 && y.words.length > 0 && sameKeyedParty(x, y, lexicon);
}

/** The link under a shared role (`wide`) when the claims share one, else the plain link; the same either way when they agree. */
function widened(plain: LexicalRelation | undefined, wide: LexicalRelation | undefined, sharedRole: () => boolean): LexicalRelation | undefined {
  if (plain?.relation === wide?.relation && plain?.strength === wide?.strength && plain?.direction === wide?.direction) return plain;
  return sharedRole() ? wide : plain;
}

/** The strongest link between the two claims' events, vectors only when no lexical relation holds. */
export function eventLink(a: Claim, b: Claim, lexicon: AlignLexicon): EventMatch | undefined {
  const ma = eventMentions(a, lexicon);
  const mb = eventMentions(b, lexicon);
  // Whether the claims share a role matters only between two predicates: asked then, and once.
  let sharedRole: boolean | undefined;
  let best: { score: number; match: EventMatch } | undefined;
  for (const x of ma) {
    const relate = relationsFrom(x.word, lexicon);
    for (const y of mb) {
      const plain = mentionRelation(x, y, relate(y.word));
      // A shared role only widens WordNet's links: asked only when the wider reading would change this link.
      const r = x.source !== 'predicate' || y.source !== 'predicate' ? plain : widened(plain, mentionRelation(x, y, relate(y.word, undefined, true)), () => (sharedRole ??= sharesRole(a, b, lexicon)));
      if (!r) continue;
      const score = r.strength + (PREDICATES.has(x.source) && PREDICATES.has(y.source) ? PREDICATE_BONUS : 0);
      if (!best || score > best.score) best = { score, match: { link: link(x.span, y.span, [x.word.lemma, y.word.lemma], r), x, y } };
    }
  }
  if (best) return best.match;
  const [x, y] = [ma.find((m) => PREDICATES.has(m.source)), mb.find((m) => PREDICATES.has(m.source))];
  const r = x && y ? vectorRelation(x.word, y.word) : undefined;
  return r && x && y ? { link: link(x.span, y.span, [x.word.lemma, y.word.lemma], r), x, y } : undefined;
}

/**
 * A vector link between the two predicates says only "maybe the same" (relate/lexical.ts): it yields when either
 * predicate is the same word as a content word of the other claim ("will visit Congo" / "the visit to Congo is
 * planned"), whose event noun then names the event, as a dictionary link outranks a vector one between other words.
 */
function vectorLinkYields(a: Claim, b: Claim, event: WordLink, lexicon: AlignLexicon): boolean {
  if (event.relation !== 'similar') return false;
  const at = (c: Claim, s: Span) => claimWords(c).tokens.find((t) => t.span.start === s.start && t.span.end === s.end);
  const spelt = (own: Token | undefined, other: Claim, skip: Span) =>
    own !== undefined && claimWords(other).tokens.some((t) => t.content && t.span.start !== skip.start && sameWord(own, t, lexicon));
  return spelt(at(a, event.a), b, event.b) || spelt(at(b, event.b), a, event.a);
}

/** Two tokens are one word, inflected or not (WordNet's identical and inflection links). */
function sameWord(x: Token, y: Token, lexicon: AlignLexicon): boolean {
  const r = lexicalRelation(x, y, lexicon);
  return r !== undefined && (r.relation === 'identical' || r.relation === 'inflection');
}

const inside = (t: Token, spans: readonly Span[]) => spans.some((s) => t.span.start >= s.start && t.span.end <= s.end);

/** The claim's verb as the phrasal verb it is read as (relate/phrasal-senses.ts), so that it links as such here too. */
function asPhrasal(c: Claim, t: Token, lexicon: AlignLexicon): Token {
  if (t.span.start !== c.proposition.predicate?.span.start) return t;
  const phrasal = phrasalUse(c, lexicon);
  return phrasal ? { ...t, phrasal } : t;
}

/** One-to-one links between the remaining content words: lexical first, then vectors for words still unlinked. */
function wordLinks(a: Claim, b: Claim, taken: { a: Span[]; b: Span[] }, lexicon: AlignLexicon): WordLink[] {
  const wa = claimWords(a).tokens.filter((t) => t.content && !inside(t, taken.a)).map((t) => asPhrasal(a, t, lexicon));
  const wb = claimWords(b).tokens.filter((t) => t.content && !inside(t, taken.b)).map((t) => asPhrasal(b, t, lexicon));
  const out: WordLink[] = [];
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  // Each word's facts and memo row read once for the n × m pairs, not on every pair.
  const [factsA, factsB] = [wa.map(factsOf), wb.map(factsOf)];
  const fromA = wa.map((x) => relationsFrom(x, lexicon));
  const lexical = (i: number, j: number) => fromA[i]!(wb[j]!, factsB[j]);
  const vectors = (i: number, j: number) => vectorRelation(wa[i]!, wb[j]!, factsA[i], factsB[j]);
  for (const relate of [lexical, vectors]) {
    const candidates: { i: number; j: number; r: LexicalRelation }[] = [];
    for (let i = 0; i < wa.length; i++) {
      if (usedA.has(i)) continue;
      for (let j = 0; j < wb.length; j++) {
        if (usedB.has(j)) continue;
        const r = relate(i, j);
        if (r) candidates.push({ i, j, r });
      }
    }
    candidates.sort((p, q) => q.r.strength - p.r.strength || p.i - q.i || p.j - q.j);
    for (const { i, j, r } of candidates) {
      if (usedA.has(i) || usedB.has(j)) continue;
      usedA.add(i);
      usedB.add(j);
      out.push(link(wa[i]!.span, wb[j]!.span, [wa[i]!.lemma, wb[j]!.lemma], r));
    }
  }
  return out;
}

/** Who is who across a converse pair: a's agent is b's other party (swapped), or both agents are one (same). */
export function converseRoles(a: Claim, b: Claim, event: WordLink, lexicon: AlignLexicon): ConverseRoles {
  const agent = (c: Claim) => contentWordsIn(c, c.proposition.actor);
  const [agentA, agentB] = [agent(a), agent(b)];
  const [otherA, otherB] = [otherParty(a, event.lemmas[0], lexicon), otherParty(b, event.lemmas[1], lexicon)];
  const same = (x: readonly Token[], y: readonly Token[]) => x.length > 0 && y.length > 0 && sameParty(x, y, lexicon);
  if (same(agentA, otherB) || same(agentB, otherA)) return 'swapped';
  return same(agentA, agentB) ? 'same' : 'unknown';
}

/**
 * The same transfer verb twice, the recipient of one the agent of the other: "Acme sold the factory to Borg" / "Borg
 * sold the factory to Cato" is a resale, a second event (Cruse 1986's transfer converses, read along one verb).
 */
export function chainedTransfer(a: Claim, b: Claim, event: WordLink, lexicon: AlignLexicon): boolean {
  if (!['identical', 'inflection', 'synonym'].includes(event.relation)) return false;
  const agent = (c: Claim) => contentWordsIn(c, c.proposition.actor);
  const [otherA, otherB] = [otherParty(a, event.lemmas[0], lexicon), otherParty(b, event.lemmas[1], lexicon)];
  const same = (x: readonly Token[], y: readonly Token[]) => x.length > 0 && y.length > 0 && sameParty(x, y, lexicon);
  const [agentA, agentB] = [agent(a), agent(b)];
  return !same(agentA, agentB) && (same(agentB, otherA) || same(agentA, otherB));
}

function coverage(c: Claim, spans: readonly Span[]): number {
  const content = claimWords(c).tokens.filter((t) => t.content);
  return content.length === 0 ? 0 : content.filter((t) => inside(t, spans)).length / content.length;
}

/** Share of each claim's content words that some of the links cover. */
function coverageOf(a: Claim, b: Claim, links: readonly WordLink[]): ClaimAlignment['coverage'] {
  return { a: coverage(a, links.map((l) => l.a)), b: coverage(b, links.map((l) => l.b)) };
}

/** The event link (unless a vector link yields) and then the one-to-one word links: the links of alignClaims. */
function linked(a: Claim, b: Claim, lexicon: AlignLexicon): { match: EventMatch | undefined; links: WordLink[] } {
  const found = eventLink(a, b, lexicon);
  const match = found && !vectorLinkYields(a, b, found.link, lexicon) ? found : undefined;
  const event = match?.link;
  const taken = { a: event ? [event.a] : [], b: event ? [event.b] : [] };
  return { match, links: [...(event ? [event] : []), ...wordLinks(a, b, taken, lexicon)] };
}

/** alignClaims(a, b).links alone, without the slots and coverage it also reads (relate/event-identity.ts needs only the links). */
export function alignedLinks(a: Claim, b: Claim, lexicon: AlignLexicon): WordLink[] {
  return linked(a, b, lexicon).links;
}

/** alignClaims(a, b).coverage alone, without the slots it also aligns (a denial by a related verb reads only this). */
export function alignedCoverage(a: Claim, b: Claim, lexicon: AlignLexicon): ClaimAlignment['coverage'] {
  return coverageOf(a, b, linked(a, b, lexicon).links);
}

/**
 * Pairs the words and phrases of two claims, each link with its relation, and aligns their typed slots. Pure and
 * deterministic; a claim's words are computed once per claim object. `lexicon` carries the caller's aliases and
 * opposites (the shipped ones when omitted).
 */
export function alignClaims(a: Claim, b: Claim, lexicon: AlignLexicon = shippedLexicon()): ClaimAlignment {
  const { match, links } = linked(a, b, lexicon);
  const event = match?.link;
  const roles = event?.relation === 'converse' ? converseRoles(a, b, event, lexicon) : undefined;
  return {
    links,
    coverage: coverageOf(a, b, links),
    ...(event ? { event } : {}),
    ...(roles ? { roles } : {}),
    slots: alignSlots(a, b, match, roles, lexicon),
  };
}
