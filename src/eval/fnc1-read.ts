import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GainsayError } from '../model/errors.js';
import { parseFnc1 } from './fnc1-parse.js';
import type { StancePair } from './stance.js';

/** The file names of this project's split; the official release prefixes them (train_, competition_test_). */
export const FNC1_FILES = { bodies: 'bodies.csv', stances: 'stances.csv' } as const;

/** `bodies.csv`, else the one file in the folder whose name ends in `<kind>.csv`. */
function findFile(dir: string, names: string[], kind: keyof typeof FNC1_FILES): string {
  const wanted = FNC1_FILES[kind];
  if (names.includes(wanted)) return wanted;
  const candidates = names.filter((name) => name.endsWith(`_${wanted}`));
  if (candidates.length === 1) return candidates[0]!;
  const why = candidates.length === 0 ? `no ${wanted}` : `several *_${wanted}: ${candidates.join(', ')}`;
  throw new GainsayError('invalid-input', [{ path: [join(dir, wanted)], message: why }]);
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new GainsayError('invalid-input', [{ path: [path], message: error instanceof Error ? error.message : String(error) }]);
  }
}

/** Reads an FNC-1 style folder (stances + bodies CSV) into pairs in the stances file's order. Node only. */
export function readFnc1(dir: string): StancePair[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new GainsayError('invalid-input', [{ path: [dir], message: error instanceof Error ? error.message : String(error) }]);
  }
  const bodies = join(dir, findFile(dir, names, 'bodies'));
  const stances = join(dir, findFile(dir, names, 'stances'));
  return parseFnc1(readText(bodies), readText(stances), { bodies, stances });
}
