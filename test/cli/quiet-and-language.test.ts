import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/check.js';
import { runDraft } from '../../src/cli/draft.js';
import type { CliIo } from '../../src/cli/io.js';

/** The CLI commands in-process, on files held in memory. */
function run(command: (args: string[], io: CliIo) => number, args: string[], files: Record<string, string>) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`no file ${path}`);
      return text;
    },
    writeFile: () => undefined,
    isTty: false,
  };
  const code = command(args, io);
  return { code, stdout, stderr };
}

const FILES = {
  'a.txt': 'The minister will attend the summit in Rome on Friday.',
  'b.txt': 'The minister will not attend the summit in Rome on Friday.',
  'draft.txt': 'The minister will attend the summit in Rome on Friday [1]. The harbour reopened on Monday [1].',
  'ru.txt': 'Министр не будет присутствовать на саммите в пятницу. Правительство подтвердило это в понедельник.',
};

describe('--quiet', () => {
  it('check --quiet prints the failing conflicts only: no header, no summary line, nothing on stderr', () => {
    const loud = run(runCheck, ['a.txt', 'b.txt', '--fail-on', 'low'], FILES);
    expect(loud.stdout.startsWith('gainsay check: 2 reports\n')).toBe(true);
    expect(loud.stdout).toContain('Summary: ');
    const quiet = run(runCheck, ['a.txt', 'b.txt', '--quiet', '--fail-on', 'low'], FILES);
    expect(quiet.code).toBe(1);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).not.toContain('gainsay check');
    expect(quiet.stdout).not.toContain('Summary');
    expect(quiet.stdout).toContain('polarity');
    expect(quiet.stdout).toContain('will not attend');
  });

  it('draft --quiet --fail-on low prints the failing items, only them, and exits 1', () => {
    const quiet = run(runDraft, ['draft.txt', '--against', 'b.txt', '--quiet', '--fail-on', 'low'], FILES);
    expect(quiet.code).toBe(1);
    expect(quiet.stderr).toBe('');
    const lines = quiet.stdout.split('\n').filter((l) => l.trim() !== '');
    expect(lines[0]).toBe('CONTRADICTED   [1]  "The minister will »attend« the summit in Rome on Friday"');
    expect(lines).toHaveLength(3);
    expect(quiet.stdout).not.toContain('harbour');
    expect(quiet.stdout).not.toContain('Summary');
    expect(quiet.stdout).not.toContain('gainsay draft');
  });

  it('draft without --quiet still has its header, with the count spelled right', () => {
    const loud = run(runDraft, ['draft.txt', '--against', 'b.txt'], FILES);
    expect(loud.stdout.split('\n')[0]).toBe('gainsay draft: draft.txt against 1 source');
    expect(loud.stdout).toContain('UNVERIFIED');
  });
});

describe('documents mostly skipped as unsupported-language', () => {
  it('get one line each on stderr', () => {
    const r = run(runCheck, ['a.txt', 'ru.txt'], FILES);
    expect(r.stderr.split('\n').filter((l) => l.includes('ru.txt'))).toEqual([
      'gainsay: ru.txt: 99% of its text skipped as unsupported-language (gainsay reads English)',
    ]);
    expect(r.stderr).not.toContain('a.txt');
  });
});
