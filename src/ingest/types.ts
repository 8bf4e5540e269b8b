import type { ResolvedSource } from '../model/source.js';
import type { StrippedText } from './markup.js';

/**
 * A validated document ready for segmentation. `view` has exactly the length of `text`: typographic
 * quotes, dashes and spaces are folded to ASCII one character for one (segmentation later blanks citation
 * markers in its own copy), so an offset into `view` is the same offset into `text` and spans never need
 * re-finding.
 */
export interface PreparedDocument {
  /** True for a caller's ready-made claim: the whole text is one claim, never split. */
  wholeClaim?: { attribution?: string };
  id: string;
  source: ResolvedSource;
  text: string;
  view: string;
  publishedAt?: string;
  citations: Record<string, ResolvedSource>;
  /** For Markdown or HTML input: `text` is the prose stripped from `markup.original`, with the offset map back. */
  markup?: StrippedText;
}

/** The two strings every extractor reads: the original (for span text) and its same-length view. */
export interface TextView {
  text: string;
  view: string;
}

/** A half-open range [start, end) of offsets into a document. */
export interface Range {
  start: number;
  end: number;
}
