import { describe, expect, it } from 'vitest';
import { analyze, outputJsonSchemas } from '../../src/index.js';
import { ReportSchema } from '../../src/schemas.js';

describe('outputJsonSchemas', () => {
  const schemas = outputJsonSchemas();

  it.each(['Claim', 'Conflict', 'Report'] as const)('%s is a draft 2020-12 object schema', (name) => {
    const schema = schemas[name] as { $schema: string; $ref: string; $defs: Record<string, { type: string }> };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$ref).toBe(`#/$defs/${name}`);
    expect(schema.$defs[name]!.type).toBe('object');
  });

  it('the Report schema lists claims and conflicts', () => {
    const schema = schemas.Report as { $defs: { Report: { properties: Record<string, unknown> } } };
    expect(Object.keys(schema.$defs.Report.properties)).toEqual(expect.arrayContaining(['claims', 'conflicts', 'skipped']));
  });
});

describe('ReportSchema', () => {
  it('validates a real report', () => {
    const report = analyze({
      documents: [
        { id: 'a', text: 'The president will attend the summit in Oslo.', source: 'A' },
        { id: 'b', text: 'The president will not attend the summit in Oslo.', source: 'B' },
      ],
    });
    expect(ReportSchema.parse(report)).toEqual(report);
    expect(report.conflicts.map((c) => c.kind)).toEqual(['polarity']);
  });
});
