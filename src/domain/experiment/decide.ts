import type { DecideSpec, Experiment } from './experiment.js';

/** The experiment asked another question than its file's decide: (--budget, --deadline). */
export function withDecide(experiment: Experiment, decide: DecideSpec | undefined): Experiment {
  return decide ? { ...experiment, decide: { ...experiment.decide, ...decide } } : experiment;
}
