/**
 * What a design can detect before anything runs: a run of `repeats` repeats against another
 * run of as many (the base branch's, or the one `compare` is given), by Welch's t at alpha,
 * with power 0.8, at the noise seen in earlier runs or, without any, an assumed one.
 */
import { pct } from './compare-samples.js';
import { minimumDetectableChange } from './power.js';

/** Run-to-run noise assumed when no earlier run has measured it: a quiet machine's wall time. */
export const ASSUMED_CV = 0.05;
export const DESIGN_POWER = 0.8;

export interface DesignSensitivity {
  repeats: number;
  alpha: number;
  power: number;
  /** Coefficient of variation of one repeat's wall time. */
  cv: number;
  cvBasis: 'history' | 'assumed';
  /** The smallest change of the mean detected; undefined when no change can be. */
  detectable?: number;
  /** One line for a person. */
  statement: string;
}

export function designSensitivity(repeats: number, alpha: number, historyCv?: number): DesignSensitivity {
  const known = historyCv !== undefined && Number.isFinite(historyCv) && historyCv > 0;
  const cv = known ? historyCv : ASSUMED_CV;
  const cvBasis = known ? 'history' : 'assumed';
  const noise = `noise cv ${pct(cv, false)} ${known ? 'from earlier runs' : 'assumed (no earlier run measured it)'}`;
  const base = { repeats, alpha, power: DESIGN_POWER, cv, cvBasis } as const;
  const d = minimumDetectableChange(repeats, repeats, cv, alpha, DESIGN_POWER);
  if (!d)
    return {
      ...base,
      statement: `with ${repeats} repeat${repeats === 1 ? '' : 's'} no change can be tested against another run: Welch's t needs at least 2 repeats on each side`,
    };
  return {
    ...base,
    detectable: d.relative,
    statement:
      `with ${repeats} repeats a run detects a change of the mean wall time of ${pct(d.relative, false)} or more ` +
      `against another run of ${repeats} (Welch's t, alpha ${alpha}, power ${DESIGN_POWER}, ${noise})`,
  };
}
