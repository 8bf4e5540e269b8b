/**
 * Every regular expression in src/, for the recheck test. Three sources, merged and deduplicated:
 * 1. regex literals, found by parsing each source file with the TypeScript compiler;
 * 2. regexes built at run time with `new RegExp(...)` (many from lexicons), captured by watching the RegExp
 *    constructor while every module is imported and a sample text is analysed;
 * 3. regexes a module exports.
 * Files that call `new RegExp(` are listed too, so the report can name modules that keep built regexes private.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

export interface InventoryEntry {
  source: string;
  flags: string;
  /** Where it was found: "src/segment/tokens.ts:17 (literal)", "(built)", "(exported as NAME)". */
  where: string;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');
/** Modules that act on import (the CLI bin runs itself): read statically, never imported. */
const NOT_IMPORTED = new Set(['cli/bin.ts']);
/** Text analysed while the constructor is watched, so regexes built inside functions are caught too. */
const SAMPLE = 'While some reports said Putin would attend the talks in Istanbul on May 16, 2025 [2, 3], others said he "would not" go; at least 40 people, $1.5bn, last week.';

export function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

const rel = (path: string) => relative(ROOT, path).split('\\').join('/');

/** Regex literals of one file, with their line numbers. */
export function literalRegexes(path: string): InventoryEntry[] {
  const text = readFileSync(path, 'utf8');
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const out: InventoryEntry[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(file);
      const close = literal.lastIndexOf('/');
      const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
      out.push({ source: literal.slice(1, close), flags: literal.slice(close + 1), where: `${rel(path)}:${line} (literal)` });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** Files that build regexes at run time, with the lines that do it. */
export function constructorCalls(): { file: string; lines: number[] }[] {
  return sourceFiles().flatMap((path) => {
    const lines = readFileSync(path, 'utf8').split('\n').flatMap((line, i) => (line.includes('new RegExp(') ? [i + 1] : []));
    return lines.length > 0 ? [{ file: rel(path), lines }] : [];
  });
}

/** The first stack frame in src/ that is not this file: who called the RegExp constructor. */
function callerInSrc(stack: string | undefined): string | undefined {
  const frames = (stack ?? '').split('\n').slice(1);
  for (const frame of frames) {
    if (frame.includes('regex-inventory')) continue;
    const at = frame.indexOf(SRC);
    const url = frame.indexOf(pathToFileURL(SRC).href);
    if (at < 0 && url < 0) return undefined;
    const tail = frame.slice(at >= 0 ? at : url).replace(pathToFileURL(ROOT).href, '').replace(ROOT, '');
    return tail.replace(/\)?\s*$/, '').replace(/:\d+$/, '');
  }
  return undefined;
}

/** Imports every module of src/ (and analyses a sample) with the RegExp constructor watched. */
async function builtAndExported(): Promise<InventoryEntry[]> {
  const out: InventoryEntry[] = [];
  const Original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?], newTarget) {
      const made = Reflect.construct(target, args, newTarget) as RegExp;
      const where = callerInSrc(new Error().stack);
      if (where) out.push({ source: made.source, flags: made.flags, where: `${where} (built)` });
      return made;
    },
  });
  try {
    for (const path of sourceFiles()) {
      if (NOT_IMPORTED.has(relative(SRC, path).split('\\').join('/'))) continue;
      const module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) {
        if (value instanceof Original) out.push({ source: value.source, flags: value.flags, where: `${rel(path)} (exported as ${name})` });
      }
    }
    const { analyze } = (await import(pathToFileURL(join(SRC, 'api', 'analyze.ts')).href)) as typeof import('../../src/api/analyze.js');
    analyze({ documents: [{ id: 'a', text: SAMPLE, publishedAt: '2025-05-20' }, { id: 'b', text: SAMPLE.replace('would attend', 'refused to attend') }] });
  } finally {
    globalThis.RegExp = Original;
  }
  return out;
}

/** Every regex in src/, each once (by source and flags), keeping the first place it was found. */
export async function regexInventory(): Promise<InventoryEntry[]> {
  const all = [...sourceFiles().flatMap(literalRegexes), ...(await builtAndExported())];
  const seen = new Map<string, InventoryEntry>();
  for (const entry of all) {
    const key = `/${entry.source}/${entry.flags}`;
    if (!seen.has(key)) seen.set(key, entry);
  }
  return [...seen.values()];
}
