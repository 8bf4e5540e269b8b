import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/cli/args.js';
import { UsageError } from '../../src/cli/io.js';

const parse = (args: string[], isTty = false) => parseCommand(args, { isTty });

describe('parseCommand', () => {
  it('applies the documented defaults', () => {
    expect(parse(['a.txt', '-'])).toEqual({
      common: { format: 'text', failOn: 'high', minBand: 'medium', quiet: false, color: false, debug: false, help: false },
      files: ['a.txt', '-'],
      against: [],
    });
  });

  it('reads every flag, with --json as an alias of --format json', () => {
    const { common } = parse(['a.md', '--json', '--out', 'r.json', '--fail-on', 'low', '--min-band', 'high', '--config', 'c.json', '--baseline', 'b.json', '--write-baseline', 'w.json', '--sources', 's.json', '--input-format', 'markdown', '-q', '--debug']);
    expect(common).toEqual({
      format: 'json', out: 'r.json', failOn: 'low', minBand: 'high', config: 'c.json', baseline: 'b.json', writeBaseline: 'w.json',
      sources: 's.json', inputFormat: 'markdown', quiet: true, color: false, debug: true, help: false,
    });
  });

  it('uses colour only on a terminal, without --no-color and without --out', () => {
    expect(parse(['a'], true).common.color).toBe(true);
    expect(parse(['a', '--no-color'], true).common.color).toBe(false);
    expect(parse(['a', '--out', 'x.txt'], true).common.color).toBe(false);
  });

  it.each([
    [['--bogus'], 'unknown option --bogus (see gainsay --help)'],
    [['--format', 'pdf'], '--format must be one of text, json, md, html, not "pdf"'],
    [['--fail-on', 'severe'], '--fail-on must be one of low, medium, high, none, not "severe"'],
    [['--min-band', 'none'], '--min-band must be one of low, medium, high, not "none"'],
    [['--input-format', 'pdf'], '--input-format must be one of text, markdown, html, not "pdf"'],
    [['--json', '--format', 'md'], '--json conflicts with --format md'],
    [['--out'], 'option --out needs a value'],
    [['--json=yes'], 'option --json takes no value'],
    [['--out='], 'option --out needs a file name'],
  ])('rejects %j with one line', (args, message) => {
    expect(() => parse(['a.txt', ...args])).toThrow(UsageError);
    expect(() => parse(['a.txt', ...args])).toThrow(message);
  });

  it('splits draft arguments: files after each --against are sources, in order', () => {
    const parsed = parseCommand(['d.md', '--against', 'a.txt', 'b.txt', '--json', '--against', 'c.txt', 'e.txt'], { draft: true, isTty: false });
    expect(parsed.files).toEqual(['d.md']);
    expect(parsed.against).toEqual(['a.txt', 'b.txt', 'c.txt', 'e.txt']);
    expect(parseCommand(['--against=a.txt', 'd.md'], { draft: true, isTty: false })).toMatchObject({ files: [], against: ['a.txt', 'd.md'] });
  });
});
