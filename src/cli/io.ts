import { readFileSync, statSync, writeFileSync } from 'node:fs';

/** The streams and files the CLI touches, passed in so commands stay testable. */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Text of a file, or of standard input for "-"; a UsageError naming the path when it cannot be read as text. */
  readFile: (path: string, maxBytes?: number) => string;
  writeFile: (path: string, content: string) => void;
  isTty: boolean;
}

/** A problem the user can fix (bad usage, unreadable input): one line, exit 2. */
export class UsageError extends Error {}

/** Bytes scanned for a NUL to tell a binary file from text. */
const BINARY_SNIFF_BYTES = 8000;
const STDIN_FD = 0;

/** Reads a text file or "-" for stdin, with a one-line error naming the path when it cannot. */
export function readInput(path: string, maxBytes = Infinity): string {
  const name = path === '-' ? 'standard input' : path;
  const buffer = path === '-' ? readStdin() : readBytes(path, maxBytes);
  if (buffer.length > maxBytes) throw new UsageError(`${name} is too large: ${buffer.length} bytes, the limit is ${maxBytes}`);
  if (buffer.length === 0) throw new UsageError(`${name} is empty`);
  if (buffer.subarray(0, BINARY_SNIFF_BYTES).includes(0)) throw new UsageError(`${name} looks like a binary file, not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw new UsageError(`${name} is not valid UTF-8`);
  }
  if (text.trim() === '') throw new UsageError(`${name} is empty`);
  return text.replace(/^\uFEFF/, '');
}

function readStdin(): Buffer {
  try {
    return readFileSync(STDIN_FD);
  } catch (e) {
    throw new UsageError(`cannot read standard input: ${(e as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
}

function readBytes(path: string, maxBytes: number): Buffer {
  let info;
  try {
    info = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${path}: ${code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file' : (code ?? 'unreadable')}`);
  }
  if (info.isDirectory()) throw new UsageError(`cannot read ${path}: it is a directory`);
  if (info.size > maxBytes) throw new UsageError(`${path} is too large: ${info.size} bytes, the limit is ${maxBytes}`);
  try {
    return readFileSync(path);
  } catch (e) {
    throw new UsageError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
}

/** Writes a file, with a one-line error naming it when it cannot. */
export function writeOutput(path: string, content: string): void {
  try {
    writeFileSync(path, content, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? 'unwritable'}`);
  }
}

export const defaultIo: CliIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readFile: readInput,
  writeFile: writeOutput,
  isTty: Boolean(process.stdout.isTTY),
};
