import type { PlannedJob } from '../plan/plan.js';
import { UserError } from '../user-error.js';

/**
 * A plan's jobs as a stored run keeps them (format 3): one short row a job, and every value that
 * jobs share (a stage's resources and compute, its stage and cell names, a command or an
 * environment that many shards have alike) written once. A 100,000-job plan listed job by job
 * was 45 MB of JSON whose parsing alone took 350 MB of memory; as rows it is a fifth of that.
 */
export interface JobTable {
  /** The field each position of a row holds, in order (FIELDS). */
  fields: string[];
  /** Values rows refer to by their index here. */
  shared: unknown[];
  /** One a job, in plan order; an absent field is null, trailing ones are left out. */
  rows: (string | number | null)[][];
}

/**
 * Every field of a planned job and how a row holds it: `own` as it is (a string or number of its
 * own: ids, indexes), `shared` as an index into `shared`. Typed over PlannedJob, so a field added
 * to it does not compile until it is given a place here.
 */
const FIELDS: { [K in keyof Required<PlannedJob>]: 'own' | 'shared' } = {
  id: 'own',
  groupId: 'own',
  stage: 'shared',
  cellId: 'shared',
  repeat: 'own',
  shardIndex: 'own',
  shardCount: 'own',
  command: 'shared',
  env: 'shared',
  resources: 'shared',
  compute: 'shared',
  needs: 'shared',
  itemStart: 'own',
  itemEnd: 'own',
  speculativeOf: 'own',
  workdir: 'own',
};

const ORDER = Object.keys(FIELDS) as (keyof PlannedJob)[];

/** The jobs as rows; `expandJobs` gives them back equal, field for field. */
export function jobTable(jobs: readonly PlannedJob[]): JobTable {
  const shared: unknown[] = [];
  // Most shared values are one object reused (a stage's resources) or equal copies (computes):
  // found by identity first, then by their JSON.
  const byRef = new Map<unknown, number>();
  const byJson = new Map<string, number>();
  const share = (value: unknown): number => {
    const known = byRef.get(value);
    if (known !== undefined) return known;
    const json = JSON.stringify(value);
    let index = byJson.get(json);
    if (index === undefined) {
      index = shared.push(value) - 1;
      byJson.set(json, index);
    }
    if (typeof value === 'object' && value !== null) byRef.set(value, index);
    return index;
  };
  const rows = jobs.map((job) => {
    const row = ORDER.map((field) => {
      const value = job[field];
      if (value === undefined) return null;
      return FIELDS[field] === 'shared' ? share(value) : (value as string | number);
    });
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    return row;
  });
  return { fields: [...ORDER], shared, rows };
}

/**
 * The planned jobs of a stored table, read from `manifest` (the file named when the table is
 * damaged). Jobs that shared a value share one object again (as a freshly built plan shares its
 * stages' resources): read them, never change them in place.
 */
export function expandJobs(table: JobTable, manifest: string): PlannedJob[] {
  const damaged = (what: string) =>
    new UserError(`the run's job table (plan.jobTable) ${what}`, {
      file: manifest,
      hint: 'the manifest was edited or damaged, or written by a newer batchbench: read the run with the batchbench that ran it, or run the experiment again',
    });
  const { fields: names, shared, rows } = (table ?? {}) as Partial<JobTable>;
  if (!Array.isArray(names) || !Array.isArray(shared) || !Array.isArray(rows) || !rows.every(Array.isArray))
    throw damaged('lacks its fields, shared values or rows');
  const fields = names.map((name) => {
    const kind = (FIELDS as Record<string, 'own' | 'shared' | undefined>)[name];
    if (!kind) throw damaged(`has an unknown field "${name}"`);
    return { name, kind };
  });
  return rows.map((row) => {
    const job: Record<string, unknown> = {};
    row.forEach((cell, i) => {
      const field = fields[i];
      if (cell === null || !field) return;
      if (field.kind === 'own') job[field.name] = cell;
      else if (typeof cell === 'number' && cell in shared) job[field.name] = shared[cell];
      else throw damaged(`refers to shared value ${String(cell)}, which it lacks`);
    });
    return job as unknown as PlannedJob;
  });
}
