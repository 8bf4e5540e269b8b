import { GainsayError } from '../model/errors.js';
import { OptionsSchema, type Options, type OptionsInput } from '../model/options.js';

/** Validates and completes the caller's options once, at the public entry. */
export function resolveOptions(input?: OptionsInput | Options): Options {
  const parsed = OptionsSchema.safeParse(input ?? {});
  if (!parsed.success) throw GainsayError.fromZod('invalid-options', parsed.error, ['options']);
  return parsed.data;
}
