import type { Claim, Phrase } from '../model/claim.js';
import type { Lexicon } from '../lexicon/index.js';
import { sameName, samePhrase } from './actor.js';
import { NAME_PARTICLES as PARTICLE_LIST } from '../lexicon/name-particles.js';
import { isCapitalised } from './speakers.js';

const NAME_PARTICLES: ReadonlySet<string> = new Set(PARTICLE_LIST);

/** A possessive ending: "Smith's" is a possessor inside a description, not the name itself. */
const POSSESSIVE = /['’]s?$/;

/**
 * A proper name and nothing else: every word capitalised but for name particles ("Paul Verne", "Charles de Gaulle",
 * "St Mary's Handbell Choir": a possessive inside a name of capitalised words is part of it; a last word in the
 * possessive is a possessor, "Smith's"). A lone capitalised word counts only past the claim's first word, where a
 * capital cannot come from the sentence opening.
 */
function isBareName(p: Phrase, claim: Claim): boolean {
  const words = p.text.trim().split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0 || POSSESSIVE.test(words.at(-1)!)) return false;
  const named = words.every((w) => isCapitalised(w) || NAME_PARTICLES.has(w));
  if (!named || !isCapitalised(words[0]!)) return false;
  return words.length > 1 || p.span.start > claim.proposition.span.start;
}

/** The theme ties both claims to one thing: named alike on both sides and not a count ("the island", not "12 medals"). */
function sharedTheme(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  const [ta, tb] = [a.proposition.theme, b.proposition.theme];
  if (!ta || !tb) return false;
  const counts = (c: Claim, t: Phrase) => c.quantities.some((q) => q.span.start >= t.span.start && q.span.end <= t.span.end);
  return !counts(a, ta) && !counts(b, tb) && samePhrase(ta, tb, lexicon.aliases);
}

/** One claim's doer is the other's theme: "Verne met Okafor" / "Okafor met Verne" is one meeting. */
function crossed(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  const [pa, pb] = [a.proposition, b.proposition];
  const same = (x: Phrase | undefined, y: Phrase | undefined) => x !== undefined && y !== undefined && samePhrase(x, y, lexicon.aliases);
  return same(pa.actor, pb.theme) || same(pb.actor, pa.theme);
}

/**
 * Two bare names that name two doers, neither the other's theme. With nothing else in common they are two happenings,
 * whose dates, places and figures may differ freely: "Paul Verne died in 1971" / "Marie Okafor died in 1980", "Apple
 * sold 3 million" / "Samsung sold 5 million". A shared theme ("Colbeck" / "Scott discovered the island") keeps one
 * event: that is the actor clash.
 */
export function namedDoersDiffer(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  const [x, y] = [a.proposition.actor, b.proposition.actor];
  if (!x || !y || !isBareName(x, a) || !isBareName(y, b)) return false;
  // By the full names: a shared surname key ("Anne Smith" / "Charles Smith") is no shared person.
  if (sameName(x.text, y.text, lexicon.aliases)) return false;
  return !crossed(a, b, lexicon);
}

/** Differently named doers with no shared theme: two happenings for dates, places and figures. */
export function twoNamedHappenings(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  return namedDoersDiffer(a, b, lexicon) && !sharedTheme(a, b, lexicon);
}

/** Differently named doers of counted things ("Verne won 12 medals" / "Okafor won 3 medals"): two tallies, no rival doer. */
export function namedDoersOfCounts(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  const counted = (c: Claim) => {
    const t = c.proposition.theme;
    return t !== undefined && c.quantities.some((q) => q.span.start >= t.span.start && q.span.end <= t.span.end);
  };
  return counted(a) && counted(b) && namedDoersDiffer(a, b, lexicon);
}

/** A place named as the participant ("chose Oregon as the site") is the slot that differs, not another participant. */
function isPlace(p: Phrase, claim: Claim): boolean {
  return claim.places.some((place) => place.span.start < p.span.end && p.span.start < place.span.end);
}

/** Both themes are bare names, neither a place, and not one name: "Karim Haddad was arrested" / "Omar Said was arrested". */
function themesNameOthers(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  const [x, y] = [a.proposition.theme, b.proposition.theme];
  if (!x || !y || !isBareName(x, a) || !isBareName(y, b) || isPlace(x, a) || isPlace(y, b)) return false;
  return !samePhrase(x, y, lexicon.aliases) && !sameName(x.text, y.text, lexicon.aliases) && !crossed(a, b, lexicon);
}

/**
 * One role filled by two proper names makes two events, whose dates, places and figures need not agree: two named doers
 * with nothing else shared, or two named undergoers ("Karim Haddad was arrested in May" / "Omar Said … in June").
 */
export function twoNamedEvents(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  return twoNamedHappenings(a, b, lexicon) || themesNameOthers(a, b, lexicon);
}

/** Words that put a named occasion or venue after the verb: "raced at the Coastal Classic", "played in the Wessex League". */
const SETTING_PREPOSITIONS: readonly string[] = ['at', 'in', 'for', 'of'];
/** One of them before a capitalised word, perhaps after "the". */
const SETTING_OPENER = new RegExp(`\\b(?:${SETTING_PREPOSITIONS.join('|')})\\s+(?=(?:the\\s+)?[A-Z])`, 'g');
const NAME_RUN = /^(?:the\s+)?((?:[A-Z][\p{L}'’-]*\s+)*[A-Z][\p{L}'’-]*)/u;

/**
 * The proper name a claim tells its figure of: its subject when that is a bare name ("The Moorland Stages drew 95
 * crews"), else a name of two or more words after "at", "in", "for" or "of" past the verb ("140 crews raced at the
 * Coastal Classic"). Places are the location detector's, so a name the claim reads as a place is none.
 */
function namedSetting(c: Claim): string | undefined {
  const { actor, predicate } = c.proposition;
  if (actor && isBareName(actor, c) && !isPlace(actor, c)) return actor.text.replace(/^the\s+/i, '');
  if (!predicate) return undefined;
  const after = c.text.slice(predicate.span.end - c.span.start);
  for (const m of after.matchAll(SETTING_OPENER)) {
    const run = NAME_RUN.exec(after.slice(m.index + m[0].length));
    const name = run?.[1];
    const start = predicate.span.end + m.index + m[0].length;
    if (name && name.split(/\s+/).length > 1 && !c.places.some((p) => p.span.start < start + run![0].length && start < p.span.end)) return name;
  }
  return undefined;
}

/**
 * Figures told of two differently named occasions or bodies, neither named in the other claim ("The Moorland Stages drew
 * 95 crews" / "More than 140 crews raced at the Coastal Classic"): two things counted, not one count told twice.
 */
export function figuresOfTwoNamedThings(a: Claim, b: Claim, lexicon: Lexicon): boolean {
  const [x, y] = [namedSetting(a), namedSetting(b)];
  if (!x || !y || sameName(x, y, lexicon.aliases)) return false;
  const mentions = (c: Claim, name: string) => c.text.toLowerCase().includes(name.toLowerCase());
  return !mentions(a, y) && !mentions(b, x);
}
