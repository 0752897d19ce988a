import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files that take far longer than the rest, started first. vitest orders files by their last
 * durations, but only from its cache (node_modules/.vite), which a fresh clone (CI) does not
 * have; it then starts larger files first, and a short file with a long run, like the
 * 10,000-task array, started last became the tail of the whole run.
 */
const LONG = [
  'test/adapters/aws/batch/scale.test.ts',
  'test/entrypoints/campaign-action.test.ts',
  'test/entrypoints/collector.test.ts',
  'test/entrypoints/aws-flow.test.ts',
];

export default class LongFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = LONG.findIndex((name) => f.moduleId.endsWith(name));
      return i < 0 ? LONG.length : i;
    };
    // Array.prototype.sort is stable: the rest keep vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
