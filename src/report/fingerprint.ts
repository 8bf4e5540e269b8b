/** FNV-1a, 64-bit, as 16 hex digits: a stable, dependency-free hash for fingerprints and provenance. */
export function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * prime) & mask;
  }
  return hash.toString(16).padStart(16, '0');
}

/**
 * The same clash gets the same fingerprint across runs: kind, both documents and the clashing words, in a
 * canonical order, with white space and case folded, and nothing that depends on claim numbering.
 */
export function conflictFingerprint(kind: string, sides: readonly { documentId: string; text: string }[]): string {
  const parts = sides.map((s) => `${s.documentId}\u0000${s.text.replace(/\s+/g, ' ').trim().toLowerCase()}`).sort();
  return fnv1a64(`${kind}\u0001${parts.join('\u0001')}`);
}
