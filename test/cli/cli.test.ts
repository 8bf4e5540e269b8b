import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

// Runs the CLI in-process, on files in a temporary directory; test/cli/bin.test.ts spawns the built one.
const ATTEND = 'The minister will attend the summit in Rome on Friday.\n';
const NOT_ATTEND = 'The minister will not attend the summit in Rome on Friday.\n';
let dir: string;

async function run(args: string[], input?: string) {
  let stdout = '';
  let stderr = '';
  const io = fileIo({
    cwd: dir,
    readStdin: () => Buffer.from(input ?? ''),
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    isTty: false,
  });
  const code = await main(args, io);
  return { code, stdout, stderr, firstErr: stderr.split('\n')[0] };
}

function write(name: string, content: string | Buffer): string {
  writeFileSync(join(dir, name), content);
  return name;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gainsay-cli-'));
  write('a.txt', ATTEND);
  write('b.txt', NOT_ATTEND);
  write('c.txt', 'The city council approved the budget for the new bridge.\n');
  write('b.md', '# Summit\n\nThe minister **will not** attend the summit in Rome on Friday.\n');
  write('b.html', '<p>The minister <em>will not</em> attend the summit in Rome on Friday.</p>');
  mkdirSync(join(dir, 'folder'));
  write('empty.txt', '');
  write('binary.txt', Buffer.from([0x47, 0x00, 0x01, 0x02]));
  write('latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2e]));
  write('bad.json', '{"a.txt": {"name": "Wire",}');
  write('proto-sources.json', '{"__proto__": {"polluted": true}, "a.txt": {"name": "Wire A", "kind": "wire", "constructor": {"x": 1}}}');
});

describe('gainsay check', () => {
  it('exits 1 when a new conflict is at or above --fail-on (default high), 0 otherwise', async () => {
    const r = await run(['check', 'a.txt', 'b.txt', '--no-color']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('HIGH  polarity');
    expect(r.stdout).toContain('"The minister will »not attend« the summit in Rome on Friday"');
    expect(r.firstErr).toBe('gainsay: 1 new conflict at or above high');
    expect((await run(['check', 'a.txt', 'c.txt'])).code).toBe(0);
    expect((await run(['check', 'a.txt', 'b.txt', '--fail-on', 'none'])).code).toBe(0);
  });

  it('judges every conflict for the gate, whatever --min-band hides', async () => {
    const r = await run(['check', 'a.txt', 'b.txt', '--min-band', 'high', '--fail-on', 'low', '--json']);
    expect(r.code).toBe(1);
  });

  it('writes exactly one line of JSON, to --out when asked', async () => {
    const r = await run(['check', 'a.txt', 'b.txt', '--json']);
    expect(r.stdout.endsWith('\n')).toBe(true);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    const report = JSON.parse(r.stdout);
    expect(report.conflicts.map((c: { kind: string; claims: string[] }) => [c.kind, c.claims])).toEqual([['polarity', ['a.txt:1', 'b.txt:1']]]);
    const out = await run(['check', 'a.txt', 'b.txt', '--format', 'html', '--out', 'report.html']);
    expect(out.stdout).toBe('');
    expect(readFileSync(join(dir, 'report.html'), 'utf8').startsWith('<!doctype html>')).toBe(true);
    expect((await run(['check', 'a.txt', 'b.txt', '--format', 'md'])).stdout).toContain('polarity');
  });

  it('maps spans of Markdown and HTML input back to the original file', async () => {
    for (const file of ['b.md', 'b.html']) {
      const report = JSON.parse((await run(['check', 'a.txt', file, '--json'])).stdout);
      const original = readFileSync(join(dir, file), 'utf8');
      const side = report.conflicts[0].evidence.find((e: { documentId: string }) => e.documentId === file).span;
      expect(side.text).toBe(original.slice(side.start, side.end));
      expect(side.text).toBe(file === 'b.md' ? 'not** attend' : 'not</em> attend');
    }
  });

  it('reads standard input as one report named stdin', async () => {
    const report = JSON.parse((await run(['check', 'a.txt', '-', '--json'], NOT_ATTEND)).stdout);
    expect(report.documents.map((d: { id: string; source: { name: string } }) => [d.id, d.source.name])).toEqual([['a.txt', 'a.txt'], ['-', 'stdin']]);
    expect(report.conflicts).toHaveLength(1);
  });

  it('takes sources from --sources, dropping __proto__ and constructor keys', async () => {
    const report = JSON.parse((await run(['check', 'a.txt', 'b.txt', '--json', '--sources', 'proto-sources.json'])).stdout);
    expect(report.documents[0].source).toEqual({ id: 'a.txt', name: 'Wire A', kind: 'wire', reliability: report.documents[0].source.reliability });
    expect(report.documents[1].source.name).toBe('b.txt');
  });

  it('reports baseline conflicts as known and never fails on them', async () => {
    const written = await run(['check', 'a.txt', 'b.txt', '--write-baseline', 'baseline.json', '--json']);
    expect(written.code).toBe(0);
    const baseline = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8'));
    expect(baseline).toEqual({ gainsay: 'baseline', version: 1, fingerprints: [JSON.parse(written.stdout).conflicts[0].fingerprint] });
    const r = await run(['check', 'a.txt', 'b.txt', '--baseline', 'baseline.json', '--fail-on', 'low', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).conflicts[0].known).toBe(true);
  });

  it('--quiet prints only what fails the gate and no summary line', async () => {
    const r = await run(['check', 'a.txt', 'b.txt', '-q', '--min-band', 'low', '--no-color']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('HIGH  polarity');
    expect((await run(['check', 'a.txt', 'c.txt', '-q'])).stderr).toBe('');
  });

  it('reads options from --config', async () => {
    write('high-bands.json', '{"bands": {"medium": 0.99, "high": 0.999}}');
    expect((await run(['check', 'a.txt', 'b.txt', '--config', 'high-bands.json'])).code).toBe(0);
    expect((await run(['check', 'a.txt', 'b.txt', '--config', 'high-bands.json', '--fail-on', 'low'])).code).toBe(1);
  });
});

describe('gainsay failures: exit 2 and one line naming the problem', () => {
  it.each([
    [['check', 'missing.txt'], 'gainsay: cannot read missing.txt: no such file'],
    [['check', 'folder'], 'gainsay: cannot read folder: it is a directory'],
    [['check', 'empty.txt'], 'gainsay: empty.txt is empty'],
    [['check', 'binary.txt'], 'gainsay: binary.txt looks like a binary file, not text'],
    [['check', 'latin1.txt'], 'gainsay: latin1.txt is not valid UTF-8'],
    [['check', 'a.txt', '--baseline', 'missing.json'], 'gainsay: cannot read missing.json: no such file'],
    [['check', 'a.txt', '--bogus'], 'gainsay: unknown option --bogus (see gainsay --help)'],
    [['check', 'a.txt', '--fail-on', 'often'], 'gainsay: --fail-on must be one of low, medium, high, none, not "often"'],
    [['check'], 'gainsay: check needs at least one FILE (or - for standard input)'],
    [['frobnicate'], 'gainsay: unknown command "frobnicate" (see gainsay --help)'],
    [[], 'gainsay: missing command (see gainsay --help)'],
    [['article', 'a.txt', 'b.txt'], 'gainsay: article takes one FILE, not 2'],
    [['draft', 'a.txt'], 'gainsay: draft needs its sources: --against FILE...'],
  ])('%j', async (args, line) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.firstErr).toBe(line);
    expect(r.stderr).not.toContain('    at ');
  });

  it.each(['--sources', '--config', '--baseline'])('%s with malformed JSON', async (flag) => {
    const r = await run(['check', 'a.txt', flag, 'bad.json']);
    expect(r.code).toBe(2);
    // The rest of the line is V8's own wording, which varies between Node releases.
    expect(r.firstErr).toMatch(/^gainsay: bad\.json: not valid JSON: .*position 26/);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('names the bad field of a sources, config or baseline file that parses but does not validate', async () => {
    write('sources-bad.json', '{"a.txt": {"name": "Wire", "kind": "tabloid"}}');
    write('config-bad.json', '{"minMatch": 3}');
    write('config-typo.json', '{"minMatc": 0.3}');
    write('baseline-bad.json', '{"gainsay": "baseline", "version": 1, "fingerprints": ["xyz"]}');
    expect((await run(['check', 'a.txt', '--sources', 'sources-bad.json'])).firstErr).toMatch(/^gainsay: sources-bad\.json: a\.txt\.kind: /);
    expect((await run(['check', 'a.txt', '--config', 'config-bad.json'])).firstErr).toMatch(/^gainsay: config-bad\.json: minMatch: /);
    expect((await run(['check', 'a.txt', '--config', 'config-typo.json'])).firstErr).toMatch(/^gainsay: config-typo\.json: \(top level\): .*minMatc/);
    expect((await run(['check', 'a.txt', '--baseline', 'baseline-bad.json'])).firstErr).toBe('gainsay: baseline-bad.json: fingerprints.0: expected a 16-digit hex fingerprint');
  });

  it('prints the stack only with --debug', async () => {
    expect((await run(['check', 'a.txt', '--config', 'config-bad.json', '--debug'])).stderr).toContain('    at ');
  });
});

describe('gainsay article, draft, --version, --help', () => {
  it('article: markers point at the sources the sources file names', async () => {
    write('article.txt', 'Some reports said the minister will attend the summit in Rome [1], while other accounts said the minister will not attend the summit in Rome [2].\n');
    write('markers.json', '{"1": {"name": "Wire One", "kind": "wire"}, "2": {"name": "Paper Two", "kind": "newspaper"}}');
    const r = await run(['article', 'article.txt', '--sources', 'markers.json', '--json']);
    const report = JSON.parse(r.stdout);
    expect(Object.values(report.documents[0].citations).map((s) => (s as { name: string }).name)).toEqual(['Wire One', 'Paper Two']);
  });

  it('draft: one verdict per claim, the files standing for [1], [2] in order; the gate judges contradictions', async () => {
    write('draft.md', 'The minister **will not** attend the summit in Rome on Friday [1]. The city council approved the budget for the new bridge [1].\n');
    const r = await run(['draft', 'draft.md', '--against', 'a.txt', 'c.txt', '--json', '--fail-on', 'medium']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.summary).toEqual({ supported: 0, contradicted: 1, unverified: 0, misattributed: 1 });
    expect(out.checks.map((c: { verdict: string; cited: string[] }) => [c.verdict, c.cited])).toEqual([['contradicted', ['1']], ['misattributed', ['1']]]);
    const original = readFileSync(join(dir, 'draft.md'), 'utf8');
    const span = out.checks[0].conflict.evidence[0].span;
    expect(span).toEqual({ start: 20, end: 32, text: 'not** attend' });
    expect(original.slice(span.start, span.end)).toBe(span.text);
    const text = await run(['draft', 'draft.md', '--against', 'a.txt', 'c.txt', '--fail-on', 'none', '--no-color']);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n').slice(2, 5)).toEqual([
      'CONTRADICTED   [1]  "The minister **will »not** attend« the summit in Rome on Friday"',
      '    [1] a.txt: "The minister will »attend« the summit in Rome on Friday"',
      expect.stringMatching(/^    polarity, (low|medium|high) \d\.\d\d: /),
    ]);
  });

  it('--version and --help exit 0', async () => {
    expect(await run(['--version'])).toMatchObject({ code: 0, stdout: `${JSON.parse(readFileSync('package.json', 'utf8')).version}\n` });
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('gainsay draft draft.md --against');
    expect((await run(['check', '--help'])).stdout.startsWith('Usage: gainsay check FILE...')).toBe(true);
  });
});
