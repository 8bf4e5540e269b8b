import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The streams and files the CLI touches, passed in so commands run in-process under test. */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Text of a file, or of standard input for "-"; a UsageError naming the path when it cannot be read as text. */
  readFile: (path: string, maxBytes?: number) => string;
  writeFile: (path: string, content: string) => void;
  isTty: boolean;
}

/** Where file paths resolve and where standard input comes from; the rest of a CliIo as given. */
export interface FileIoOptions {
  cwd: string;
  readStdin: () => Buffer;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTty: boolean;
}

/** A problem the user can fix (bad usage, unreadable input): one line, exit 2. */
export class UsageError extends Error {}

/** Bytes scanned for a NUL to tell a binary file from text. */
const BINARY_SNIFF_BYTES = 8000;
const STDIN_FD = 0;

/** A CliIo on the file system: paths resolve against `cwd` but messages name them as the user typed them. */
export function fileIo(options: FileIoOptions): CliIo {
  const { cwd, readStdin, stdout, stderr, isTty } = options;
  return {
    stdout,
    stderr,
    isTty,
    readFile: (path, maxBytes = Infinity) => decodeInput(path, path === '-' ? stdinBytes(readStdin) : readBytes(path, resolve(cwd, path), maxBytes), maxBytes),
    writeFile: (path, content) => writeOutput(path, resolve(cwd, path), content),
  };
}

/** The process's own streams, working directory and standard input. */
export function processIo(): CliIo {
  return fileIo({
    cwd: process.cwd(),
    readStdin: () => readFileSync(STDIN_FD),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTty: Boolean(process.stdout.isTTY),
  });
}

/** Checks the bytes are non-empty UTF-8 text within the limit, with a one-line error naming the input when not. */
function decodeInput(path: string, buffer: Buffer, maxBytes: number): string {
  const name = path === '-' ? 'standard input' : path;
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

function stdinBytes(readStdin: () => Buffer): Buffer {
  try {
    return readStdin();
  } catch (e) {
    throw new UsageError(`cannot read standard input: ${(e as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
}

function readBytes(path: string, absolute: string, maxBytes: number): Buffer {
  let info;
  try {
    info = statSync(absolute);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${path}: ${code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file' : (code ?? 'unreadable')}`);
  }
  if (info.isDirectory()) throw new UsageError(`cannot read ${path}: it is a directory`);
  if (info.size > maxBytes) throw new UsageError(`${path} is too large: ${info.size} bytes, the limit is ${maxBytes}`);
  try {
    return readFileSync(absolute);
  } catch (e) {
    throw new UsageError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
}

function writeOutput(path: string, absolute: string, content: string): void {
  try {
    writeFileSync(absolute, content, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? 'unwritable'}`);
  }
}
