import { readFileSync, statSync } from 'node:fs';

/** The streams and files the CLI touches, passed in so commands stay testable. */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (path: string) => string;
  isTty: boolean;
}

/** A problem the user can fix (bad usage, unreadable input): one line, exit 2. */
export class UsageError extends Error {}

/** Reads a text file or "-" for stdin, with a one-line error naming the path when it cannot. */
export function readInput(path: string): string {
  if (path === '-') return readFileSync(0, 'utf8');
  let info;
  try {
    info = statSync(path);
  } catch {
    throw new UsageError(`cannot read ${path}: no such file`);
  }
  if (info.isDirectory()) throw new UsageError(`cannot read ${path}: it is a directory`);
  let buffer: Buffer;
  try {
    buffer = readFileSync(path);
  } catch (e) {
    throw new UsageError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
  if (buffer.length === 0) throw new UsageError(`${path} is empty`);
  if (buffer.subarray(0, 8000).includes(0)) throw new UsageError(`${path} looks like a binary file, not text`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buffer);
  if (text.includes('\uFFFD') && !buffer.includes(Buffer.from('\uFFFD'))) throw new UsageError(`${path} is not valid UTF-8`);
  return text.replace(/^\uFEFF/, '');
}

export const defaultIo: CliIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readFile: readInput,
  isTty: Boolean(process.stdout.isTTY),
};
