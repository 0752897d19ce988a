import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/app/publish-report.js';
import { parseResultObject } from '../../src/adapters/aws/result-object.js';
import { UserError } from '../../src/domain/user-error.js';

describe('text read back as JSON that anybody may have written', () => {
  it('a report.json that is not JSON, or not a report, is a user error naming where it came from', () => {
    for (const text of ['{not json', 'null', '{"schemaVersion": 1}']) {
      expect(() => parseReport(text, 'base/report.json')).toThrow(UserError);
      expect(() => parseReport(text, 'base/report.json')).toThrow(
        /base\/report\.json is not a batchbench report\.json/,
      );
    }
    const report = { schemaVersion: 1, cells: [], run: { id: 'r' } };
    expect(parseReport(JSON.stringify(report), 'x')).toEqual(report);
  });

  it('a result object that is not JSON is no result', () => {
    expect(parseResultObject('{"jobId": "a", ')).toBeUndefined();
    expect(parseResultObject('"a"')).toBeUndefined();
    expect(parseResultObject('{"jobId": "a", "attempt": 1}')).toMatchObject({ jobId: 'a', attempt: 1 });
  });
});
