import { z } from 'zod';

/** FNC-1's four stances of a body towards a headline; the first three are "related". */
export const STANCES = ['agree', 'disagree', 'discuss', 'unrelated'] as const;
export const StanceSchema = z.enum(STANCES);
export type Stance = z.infer<typeof StanceSchema>;

export const RELATED_STANCES: readonly Stance[] = ['agree', 'disagree', 'discuss'];

export function isRelated(stance: Stance): boolean {
  return stance !== 'unrelated';
}

/** One headline–body row of an FNC-1 style set; `stance` is absent in an unlabelled set. */
export interface StancePair {
  headline: string;
  bodyId: string;
  body: string;
  stance?: Stance;
}
