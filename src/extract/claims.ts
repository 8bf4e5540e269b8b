import { withOccasionOf } from './occasion-clause.js';
import type { Range } from '../ingest/types.js';
import type { Lexicon } from '../lexicon/index.js';
import type { Claim, Quote } from '../model/claim.js';
import type { Skipped } from '../model/report.js';
import { spanOf } from '../model/span.js';
import type { Clause, SegmentedDocument, Sentence } from '../segment/segment.js';
import type { Token } from '../segment/tokens.js';
import { findAttribution, type FoundAttribution } from './attribution.js';
import type { ExtractContext, ExtractResult, Shared } from './claim-context.js';
import { findCertainty } from './certainty.js';
import { asWritten, blankGaps, claimKeys, outsideRanges, phrase, segTokens } from './claim-parts.js';
import { countSetKeys } from '../relate/count-sets.js';
import { antecedentActor, mainClauseAntecedents } from './clause-antecedents.js';
import { framed, presupposed } from './part-readings.js';
import { withTherePlaces } from './there-places.js';
import { extractPlaces } from './places.js';
import { coordinatedContents } from './coordinated-contents.js';
import { supplementFrame, supplementiveReport, type SupplementiveReport } from './supplementive-report.js';
import { conjunctParts, splitSubordinate, type ClausePart } from './clause-split.js';
import { findProposition } from './proposition.js';
import { holderRelativeClaim } from './holder-relative.js';
import { describedActor, isPronounActor, pronounActor } from './pronoun-actor.js';
import { descriptionReferent, noteReferents, type Referents } from './referents.js';
import { resolveShortNames } from './short-names.js';
import { buildAttribution, markShared } from './claim-attribution.js';
import { extractQuantities } from './quantities.js';
import { extractAges, withoutAges } from './ages.js';
import { extractQuotes } from './quotes.js';
import { creditLabelQuotes } from './label-quotes.js';
import { controllingHolder } from './control.js';
import { derivedClaims } from './derived-claims.js';
import { nounModifierParts, type ModifierPart } from './noun-modifiers.js';
import { withoutComparisonBounds, withoutComparisonDurations } from './superlative-since.js';
import { withoutSubjectRelatives } from './subject-relatives.js';
import { denialCue, negationScope, underDenial } from './denial.js';
import { findState } from './state.js';
import { tagDepthFor } from './tag-depth.js';
import { hasTag, parseTerms } from './terms.js';
import { markLead } from './leads.js';
import { readAfterPrevious } from './previous-sentence.js';
import { extractTimes } from './times.js';
import { timeDirection } from './time-direction.js';
import { hasOwnSubject, reportedSupplement, resumedConjunct } from './resumed-conjunct.js';
import { isElliptical } from './elliptical.js';
import { keptClaims } from './directives.js';

/** Every claim of one segmented document, and every sentence or clause that yielded none, with the reason. */
export function extractDocumentClaims(seg: SegmentedDocument, context: ExtractContext): ExtractResult {
  const { doc } = seg;
  const claims: Claim[] = [];
  const skipped: Skipped[] = [];
  let dropped = 0;
  const referents: Referents = {};
  const bySentence: Claim[][] = [];
  // The claims of the sentence just before, for a quotation that goes on into the next sentence.
  let previous: Claim[] | undefined;
  for (const sentence of seg.sentences) {
    if (sentence.skip) {
      previous = undefined;
      skipped.push({ documentId: doc.id, span: spanOf(doc.text, sentence.start, sentence.end), reason: sentence.skip });
      continue;
    }
    const built: Claim[] = [];
    for (const clause of sentence.clauses) {
      if (claims.length + built.length >= context.maxClaims) {
        skipped.push({ documentId: doc.id, span: spanOf(doc.text, clause.start, clause.end), reason: 'claim-limit' });
        dropped++;
        continue;
      }
      const { kept, skip } = keptClaims(buildClaims(seg, sentence, clause, context, referents, claims.length + built.length), doc.text, sentence.start);
      if (skip) skipped.push({ documentId: doc.id, span: spanOf(doc.text, clause.start, clause.end), reason: skip });
      if (kept.length === 0) continue;
      noteReferents(kept[0]!, referents, sentence.start);
      built.push(...kept.slice(0, Math.max(1, context.maxClaims - claims.length - built.length)));
    }
    markShared(built);
    readAfterPrevious(built, previous, doc.text.slice(sentence.start, sentence.end));
    previous = built;
    claims.push(...built);
    const derived = doc.wholeClaim ? [] : derivedClaims(seg, sentence, built[0], context.lexicon, claims.length + 1, context.maxClaims - claims.length);
    claims.push(...derived);
    if (built.length + derived.length > 0) bySentence.push([...built, ...derived]);
  }
  markLead(bySentence);
  resolveShortNames(claims, context.lexicon.aliases);
  return { claims: withTherePlaces(claims, doc.text), skipped, dropped };
}

/**
 * The claims of one clause: its main proposition, then one claim per subordinate clause that asserts a fact of its
 * own ("when its engine failed", ", which employs 1,200 people,"), each with its own dates, places and figures and
 * linked to the main claim; all share the clause's attribution. The clause is tagged once.
 */
function buildClaims(seg: SegmentedDocument, sentence: Sentence, clause: Clause, context: ExtractContext, referents: Referents, n: number): Claim[] {
  const tokens = sentence.tokens.filter((t) => t.start >= clause.start && t.end <= clause.end);
  const found = seg.doc.wholeClaim ? null : findAttribution(tokens, clause, context.lexicon);
  const closing = found || seg.doc.wholeClaim ? undefined : supplementiveReport(tokens, clause, context.lexicon);
  if (closing) return withSupplementiveReport(seg, clause, tokens, closing, context, referents, n);
  const claims: Claim[] = [];
  // "said that A and that B": each coordinated content clause is a claim of its own, held alike.
  const contents = found ? coordinatedContents(tokens, found.proposition) : [clause];
  for (const proposition of contents) {
    if (sentence.clauses.length === 1 && contents.length === 1 && isElliptical(tokens, proposition)) continue;
    const own = claimsUnder(seg, clause, tokens, found ? { ...found, proposition } : null, context, referents, n + claims.length);
    // A quote inside the other content clause is that clause's words.
    const elsewhere = contents.filter((r) => r !== proposition);
    for (const c of own) c.quotes = c.quotes.filter((q) => !elsewhere.some((r) => q.span.start >= r.start && q.span.end <= r.end));
    claims.push(...own);
  }
  // "The board, which runs the lighthouse, said …": the writer's own claim about the holder (holder-relative.ts).
  const aside = claims[0] && found?.holderRelative ? { ...clause, ...found.holderRelative } : undefined;
  if (aside) claims.push(...holderRelativeClaim(claimsUnder(seg, aside, tokens.filter((t) => t.start >= aside.start && t.end <= aside.end), null, context, referents, n + claims.length)[0], claims[0]!));
  const conjunct = claims.length > 0 && found?.resumes ? resumedConjunct(tokens, found.resumes) : undefined;
  if (conjunct) {
    const own = buildClaims(seg, sentence, { ...clause, start: conjunct.start }, context, referents, n + claims.length);
    if (hasOwnSubject(own[0], conjunct)) claims.push(...own);
  }
  const supplement = claims.length > 0 && found?.resumes ? reportedSupplement(tokens, found.resumes, context.lexicon.reportingForms) : undefined;
  if (supplement) claims.push(...claimsUnder(seg, clause, tokens, { ...found!, proposition: supplement }, context, referents, n + claims.length));
  if (claims.length > 0 || !found?.verb || found.unnamed) return claims;
  // "announced a curfew": a reporting verb with only an object reports no content; the clause is the author's statement of that act.
  const own = claimsUnder(seg, clause, tokens, null, context, referents, n);
  const main = own[0]?.proposition;
  return main?.theme && main.predicate?.span.start === found.verb.start ? own : [];
}

/** The main clause up to the comma, in the writer's voice, and the report its subject makes after it ("…, saying …"). */
function withSupplementiveReport(seg: SegmentedDocument, clause: Clause, tokens: readonly Token[], report: SupplementiveReport, context: ExtractContext, referents: Referents, n: number): Claim[] {
  const main = { ...clause, end: report.mainEnd };
  const own = claimsUnder(seg, main, tokens.filter((t) => t.end <= main.end), null, context, referents, n);
  const holder = own[0]?.proposition.actor?.span;
  if (!holder) return own;
  return [...own, ...claimsUnder(seg, clause, tokens, supplementFrame(report, holder, tokens, context.lexicon), context, referents, n + own.length)];
}

/** The claims of one clause under one reading of its attribution (none: the author's voice). */
function claimsUnder(seg: SegmentedDocument, clause: Clause, tokens: readonly Token[], found: FoundAttribution | null, context: ExtractContext, referents: Referents, n: number): Claim[] {
  const { doc, view } = seg;
  const attribution = buildAttribution(seg, clause, found, referents);
  const textView = { text: doc.text, view };
  const clauseText = doc.text.slice(clause.start, clause.end);
  const unspoken = new Set<Quote>();
  const quotes = extractQuotes(textView, clause, context.lexicon).map((q) => {
    // '"…," the ambassador said' after "The ambassador, Carlos Ferreyra": a described speaker is the one named (referents.ts).
    const written = q.speaker ? asWritten(q.speaker, clauseText) : undefined;
    const out = { ...q, speaker: written ? (descriptionReferent(written, referents) ?? written) : attribution.holder };
    if (!q.speaker) unspoken.add(out);
    return out;
  });
  // The frame's own words up to what it holds ("rejected claims that …") are no hedge on the holder's commitment.
  const frame = found?.verb && found.verb.end <= found.proposition.start ? { start: found.verb.start, end: found.proposition.start } : found?.verb;
  const certainty = findCertainty(tokens, found ? found.stance : 'author', attribution.holderKind === 'anonymous', frame, quotes.map((q) => q.span), context.lexicon);
  const shared: Shared = { seg, context, attribution, certainty, referents: { ...referents }, holderIsReferent: found?.unnamed !== true };
  const ranges = found?.continues && found.resumes ? [found.proposition, found.resumes] : [found?.proposition ?? clause];
  let out = claimsOf(shared, clause, tokens, ranges, n);
  // "The storm, officials said, flattened 40 barns": with no verb before the frame, the proposition goes on after it.
  if (out.length === 0 && found?.resumes) out = claimsOf(shared, clause, tokens, [...ranges, found.resumes], n);
  if (out[0]) out[0].quotes = creditLabelQuotes(out[0], quotes, unspoken, referents);
  return out;
}

/** The main claim and its subordinate claims from the proposition's ranges (one, or two around a reporting frame). */
function claimsOf(shared: Shared, clause: Clause, tokens: readonly Token[], ranges: Range[], n: number): Claim[] {
  const { seg, context } = shared;
  const { doc, view } = seg;
  const propRange = { start: ranges[0]!.start, end: ranges[ranges.length - 1]!.end };
  const propTokens = tokens.filter((t) => ranges.some((r) => t.start >= r.start && t.end <= r.end));
  const terms = parseTerms(ranges.length > 1 ? blankGaps(view, ranges) : view, propRange, tagDepthFor(propTokens, context.lexicon));
  const split = doc.wholeClaim ? null : splitSubordinate(terms);
  const whole: ClausePart = { terms, ranges };
  // A subordinate part with no verb ("Before his arrest near Lyon, in May 2010, …") gives its dates and places back to the
  // main clause; a clause that asserts nothing (a comment clause, a time clause of a future event) is left out of it.
  const failed = split ? split.subordinate.filter((p) => !findProposition(p.terms, context.lexicon).predicate) : [];
  const mainPart = split && (split.subordinate.length > 0 || split.main.terms.length < terms.length) ? { terms: split.main.terms, ranges: [...split.main.ranges, ...failed.flatMap((p) => p.ranges)] } : whole;
  const modifiers = doc.wholeClaim ? [] : modifiersOf(mainPart, context.lexicon);
  const main = buildClaim(shared, clause, mainPart, propRange, doc.wholeClaim ? doc.id : `${doc.id}:${n + 1}`) ?? (mainPart === whole ? null : buildClaim(shared, clause, whole, propRange, `${doc.id}:${n + 1}`));
  if (!main) return [];
  const out = [withoutSubjectRelatives(main, modifiers)];
  if (doc.wholeClaim) return out;
  const hosts: ModifierPart[][] = [modifiers];
  const subordinate = split && mainPart !== whole ? split.subordinate.filter((p) => !failed.includes(p)).flatMap(conjunctParts) : [];
  // Only a subordinate part reads its pronouns against the main clause's phrases: most clauses have none.
  const antecedents = subordinate.length > 0 ? mainClauseAntecedents(main, mainPart.terms, (start, end) => phrase(seg, { start, end }, context.lexicon.aliases)) : [];
  for (const part of subordinate) {
    // The claim's text stays the whole clause, whose cues ("has climbed to", "up from") bear on every part of it.
    const range = { start: part.ranges[0]!.start, end: part.ranges[part.ranges.length - 1]!.end };
    const held = part.frame ? framed(shared, part.frame, range, antecedents) : { ...(part.background ? presupposed(shared, range) : shared), antecedents };
    const sub = buildClaim(held, clause, part, range, `${doc.id}:${n + 1 + out.length}`);
    if (!sub) continue;
    sub.mainClaimId = main.id;
    if (part.background) sub.background = part.background;
    // "A tram derailed in Kassel on Wednesday, injuring four passengers": the injuring is dated and placed by the main clause.
    if (part.sharesOccasion && sub.times.length === 0) sub.times = main.times;
    if (part.sharesOccasion && sub.places.length === 0) sub.places = main.places;
    out.push(sub);
    if (part.givesOccasion) out[0] = withOccasionOf(out[0]!, sub, part.givesOccasion);
    if (!part.frame) hosts.push(modifiersOf(part, context.lexicon));
  }
  for (const host of hosts) out.push(...backgroundClaims(shared, clause, host, main, (k) => `${doc.id}:${n + 1 + out.length + k}`));
  return out;
}

/**
 * Claims from the noun-phrase modifiers of one clause part ("the ferry, which was built in 1998", "the plant owned by
 * Enel", "Ana Ruiz, the mayor of Vigo,"): the sentence's attribution, the modifier's own dates, places, figures and
 * negation, marked as background and linked to the main claim.
 */
function backgroundClaims(shared: Shared, clause: Clause, modifiers: readonly ModifierPart[], main: Claim, idAt: (k: number) => string): Claim[] {
  const out: Claim[] = [];
  for (const part of modifiers.flatMap(conjunctParts)) {
    const range = { start: part.ranges[0]!.start, end: part.ranges[part.ranges.length - 1]!.end };
    const claim = buildClaim(presupposed(shared, range), clause, part, range, idAt(out.length));
    const predicate = claim?.proposition.predicate;
    if (!claim || !predicate) continue;
    // An appositive's unwritten "is": the role phrase that states it stands for the predicate.
    if (predicate.span.start === predicate.span.end) {
      if (!part.statedBy) continue;
      predicate.span = spanOf(shared.seg.doc.text, part.statedBy.start, part.statedBy.end);
      predicate.text = predicate.span.text;
    }
    claim.mainClaimId = main.id;
    claim.background = part.background;
    out.push(claim);
  }
  return out;
}

/** The noun-phrase modifiers of a clause part, found around its own predicate. */
function modifiersOf(host: ClausePart, lexicon: Lexicon): ModifierPart[] {
  const verb = findProposition(host.terms, lexicon).predicate?.term;
  return nounModifierParts(host.terms, verb ? host.terms.findIndex((t) => t.start === verb.start) : -1);
}

/** One claim from one clause part: its proposition, state, and the dates, places and figures inside its ranges. */
function buildClaim(shared: Shared, span: Range, part: ClausePart, propRange: Range, id: string): Claim | null {
  const { seg, context, certainty } = shared;
  const attribution = { ...shared.attribution };
  const { doc, view } = seg;
  const parts = underDenial(findProposition(part.terms, context.lexicon), attribution, doc.text);
  if (!parts.predicate) return null;
  const predicate = parts.predicate.term;
  const propTokens = segTokens(seg, propRange).filter((t) => part.ranges.some((r) => t.start >= r.start && t.end <= r.end));
  const state = findState(propTokens, parts, context.lexicon);
  const textView = { text: doc.text, view };
  const verb = { start: predicate.start, lower: doc.text.slice(predicate.start, predicate.end).toLowerCase(), lemma: predicate.root, presentTense: hasTag(predicate, 'PresentTense') };
  const direction = timeDirection(propTokens, verb);
  const ages = extractAges(doc.text, part.terms, part.ranges);
  const claim: Claim = {
    id,
    documentId: doc.id,
    text: doc.text.slice(span.start, span.end),
    span: spanOf(doc.text, span.start, span.end),
    attribution,
    proposition: {
      span: spanOf(doc.text, propRange.start, propRange.end),
      predicate: { lemma: predicate.root, text: doc.text.slice(predicate.start, predicate.end), span: spanOf(doc.text, predicate.start, predicate.end) },
      events: parts.events,
      negated: state.state === 'negated' || (parts.negator !== undefined && state.state !== 'pending'),
      state: state.state,
    },
    certainty: { level: certainty.level, value: certainty.value, cues: certainty.cues.map((c) => spanOf(doc.text, c.start, c.end)) },
    quantities: withoutAges(withoutComparisonDurations(part.ranges.flatMap((r) => extractQuantities(textView, r)), part.terms, part.background ? undefined : predicate.start), ages),
    // Dates and places of the event itself: "prosecutors said on Monday" dates the statement, not the event.
    times: withoutComparisonBounds(part.ranges.flatMap((r) => extractTimes(textView, r, doc.publishedAt ?? context.referenceDate, context.lexicon, direction)), part.terms),
    places: part.ranges.flatMap((r) => extractPlaces(textView, r, propTokens.filter((t) => t.start >= r.start && t.end <= r.end), context.lexicon)),
    quotes: [],
    keys: [],
  };
  if (doc.publishedAt) claim.publishedAt = doc.publishedAt;
  if (ages.length > 0) claim.ages = ages;
  const prop = claim.proposition;
  if (parts.actor) {
    const actor = phrase(seg, parts.actor, context.lexicon.aliases);
    const resolved = isPronounActor(actor) ? (antecedentActor(actor, shared.antecedents ?? []) ?? pronounActor(actor, shared.holderIsReferent ? attribution : { ...attribution, holderKind: 'author' }, shared.referents, context.lexicon.aliases)) : describedActor(actor, shared.referents, context.lexicon.aliases);
    if (resolved) prop.actor = resolved;
  }
  const controller = prop.actor ? undefined : controllingHolder(doc.text, attribution, propTokens, parts.passive);
  if (controller) prop.actor = phrase(seg, controller, context.lexicon.aliases);
  if (parts.theme) prop.theme = phrase(seg, parts.theme, context.lexicon.aliases);
  if (parts.complement) prop.complement = phrase(seg, parts.complement, context.lexicon.aliases);
  if (parts.inner) prop.inner = { lemma: parts.inner.root, text: doc.text.slice(parts.inner.start, parts.inner.end), span: spanOf(doc.text, parts.inner.start, parts.inner.end) };
  if (parts.negator && state.state !== 'pending') {
    const scopeEnd = Math.max(predicate.end, parts.theme?.end ?? 0, parts.complement?.end ?? 0);
    const scope = negationScope(parts.negator, scopeEnd);
    prop.negation = { cue: spanOf(doc.text, parts.negator.start, parts.negator.end), scope: spanOf(doc.text, scope.start, scope.end) };
  }
  const cue = state.cue && parts.negator ? denialCue(state.cue, parts.negator, predicate) : state.cue;
  if (cue) prop.stateCue = spanOf(doc.text, cue.start, cue.end);
  claim.keys = claimKeys(propTokens, [prop.actor?.key, outsideRanges(parts.theme, part.ranges) ? prop.theme?.key : undefined], [predicate.root, parts.inner?.root], context.lexicon.aliases);
  claim.keys.push(...countSetKeys(claim, context.lexicon));
  return claim;
}
