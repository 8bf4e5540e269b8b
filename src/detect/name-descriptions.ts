/** Determiners that may open a phrase with a capital only because they open the sentence ("The 97-year-old Sentinel"). */
const DETERMINER_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their']);

const NAME_WORD = /^\p{Lu}\p{Ll}/u;

/** The capitalised words of a phrase (names), less a determiner capitalised as the sentence's first word. */
function namesIn(phrase: string): string[] {
  const words = phrase.split(/\s+/).filter(Boolean);
  return words.filter((w, i) => NAME_WORD.test(w) && (i > 0 || !DETERMINER_WORDS.has(w.toLowerCase())));
}

/**
 * "The 97-year-old Sentinel" / "Sentinel steam bus": each phrase holds one name, the same, and one of them is headed by
 * it: the name and a description of the named thing. Two descriptions that only use the name as a modifier ("the Ford
 * plant" / "the Ford dealer") may be two things.
 */
export function nameAndItsDescription(x: string, y: string): boolean {
  const [nx, ny] = [namesIn(x), namesIn(y)];
  if (nx.length !== 1 || ny.length !== 1 || nx[0] !== ny[0]) return false;
  const head = (p: string) => p.split(/\s+/).filter(Boolean).at(-1);
  return head(x) === nx[0] || head(y) === ny[0];
}
