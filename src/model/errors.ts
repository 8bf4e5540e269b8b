import type { z } from 'zod';

export interface GainsayIssue {
  /** Path to the bad field, e.g. ["documents", 2, "text"]. */
  path: (string | number)[];
  message: string;
}

export type GainsayErrorCode = 'invalid-input' | 'invalid-options' | 'limit-exceeded' | 'invalid-json';

/** The one error class gainsay throws, only at the public boundary, for input it cannot accept. */
export class GainsayError extends Error {
  override readonly name = 'GainsayError';
  constructor(
    readonly code: GainsayErrorCode,
    readonly issues: GainsayIssue[],
  ) {
    super(issues.map((i) => `${i.path.length ? i.path.join('.') : '(input)'}: ${i.message}`).join('; '));
  }

  static fromZod(code: GainsayErrorCode, error: z.ZodError, prefix: (string | number)[] = []): GainsayError {
    return new GainsayError(
      code,
      error.issues.map((i) => ({ path: [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))], message: i.message })),
    );
  }
}
