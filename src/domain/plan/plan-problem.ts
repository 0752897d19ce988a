/** A plan problem points into the file by its path as written, so the caller can locate it. */
export interface PlanProblem {
  path: (string | number)[];
  message: string;
  hint?: string;
  severity: 'error' | 'warning';
}
