import { MAX_JOBS_PER_PLAN } from '../plan/job-count.js';
import type { Issue } from './issue.js';
import { MATRIX_RESERVED } from './matrix-spec.js';

/** More stages than any pipeline needs; keeps ordering and cycle checks trivially cheap. */
export const MAX_STAGES = 100;
/** Entries of matrix.include and of matrix.exclude, each (GitHub caps a whole matrix at 256 jobs). */
export const MAX_MATRIX_ENTRIES = 256;

type Obj = Record<string, unknown>;

function obj(x: unknown): Obj | undefined {
  return typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Obj) : undefined;
}

/**
 * Size limits checked on the file as written, arithmetically, before any check expands the
 * matrix or the stages: a 500-byte file can describe ten million cells. When one is exceeded,
 * the other semantic checks are skipped (they would do the very work the limit prevents).
 */
export function checkLimits(data: Obj): Issue[] {
  const issues: Issue[] = [];
  const over = (path: (string | number)[], message: string, hint: string) =>
    issues.push({ path, atKey: true, message, hint, severity: 'error' });

  const matrix = obj(data.matrix) ?? {};
  let combinations = 1;
  let axes = 0;
  for (const [key, value] of Object.entries(matrix)) {
    if (MATRIX_RESERVED.includes(key)) {
      if (Array.isArray(value) && value.length > MAX_MATRIX_ENTRIES) {
        over(
          ['matrix', key],
          `matrix.${key} has ${value.length} entries, over the limit of ${MAX_MATRIX_ENTRIES}`,
          'use fewer entries: add or remove axis values instead',
        );
      }
    } else if (Array.isArray(value)) {
      combinations *= value.length;
      axes++;
    }
  }
  if (axes > 0 && combinations > MAX_JOBS_PER_PLAN) {
    over(
      ['matrix'],
      `the matrix has ${combinations.toLocaleString('en-US')} combinations of its axes, over the limit of ` +
        `${MAX_JOBS_PER_PLAN.toLocaleString('en-US')} jobs per plan`,
      'remove axis values, or split the experiment into several files',
    );
  }
  const stages = obj(data.stages);
  const stageCount = stages ? Object.keys(stages).length : 0;
  if (stageCount > MAX_STAGES) {
    over(
      ['stages'],
      `the file has ${stageCount} stages, over the limit of ${MAX_STAGES}`,
      'merge stages: a stage can run several steps in one command',
    );
  }
  return issues;
}
