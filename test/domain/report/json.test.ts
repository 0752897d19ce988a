import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { renderJson } from '../../../src/domain/report/json.js';
import { makeReport } from './fixtures.js';

const schema = JSON.parse(
  readFileSync(new URL('../../../schema/report.schema.json', import.meta.url), 'utf8'),
) as object;

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

describe('renderJson', () => {
  const json = renderJson(makeReport());

  it('validates against schema/report.schema.json', () => {
    const validate = validator();
    const ok = validate(JSON.parse(json));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema rejects a field it does not document and a wrong enum', () => {
    const validate = validator();
    const extra = JSON.parse(json) as Record<string, unknown>;
    extra['surprise'] = 1;
    expect(validate(extra)).toBe(false);
    const wrong = JSON.parse(json) as { run: { status: string } };
    wrong.run.status = 'done';
    expect(validate(wrong)).toBe(false);
  });

  it('describes every property it declares', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (node == null || typeof node !== 'object') return;
      const obj = node as Record<string, unknown>;
      const props = obj['properties'] as Record<string, Record<string, unknown>> | undefined;
      for (const [key, value] of Object.entries(props ?? {})) {
        if (value['description'] == null && value['$ref'] == null) missing.push(`${path}.${key}`);
      }
      for (const [key, value] of Object.entries(obj)) walk(value, `${path}.${key}`);
    };
    walk(schema, '');
    expect(missing).toEqual([]);
  });

  it('is pretty, keeps the model key order, and writes NaN as null', () => {
    expect(json.startsWith('{\n  "schemaVersion": 1,\n  "experiment": {')).toBe(true);
    expect(Object.keys(JSON.parse(json) as object)).toEqual(Object.keys(makeReport()));
    const parsed = JSON.parse(json) as { cells: { wall: { cv: number | null } }[] };
    expect(parsed.cells[4]!.wall.cv).toBeNull();
    expect(json.endsWith('}\n')).toBe(true);
  });

  it('round-trips strings exactly, hostile ones included', () => {
    const parsed = JSON.parse(json) as { failures: { logTail: string[] }[] };
    expect(parsed.failures[0]!.logTail).toEqual(makeReport().failures[0]!.logTail);
  });
});
