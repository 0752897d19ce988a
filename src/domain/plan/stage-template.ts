import type { Experiment } from '../experiment/experiment.js';
import type { Plan, StageTemplate } from './plan.js';

export type { StageTemplate } from './plan.js';

/** What the plan carries so that a backend needs nothing but the plan: the stages as written and the image. */
export function planTemplates(exp: Experiment): Pick<Plan, 'stageTemplates' | 'image'> {
  return {
    stageTemplates: exp.stages.map(({ needs: _needs, ...stage }) => stage),
    ...(exp.image?.uri ? { image: exp.image.uri } : {}),
  };
}

/**
 * The plan of a run stored before plans carried their stages and image, completed from the
 * experiment it was stored with; a plan that has them is returned as it is.
 */
export function withTemplates(plan: Plan, exp: Experiment | undefined): Plan {
  if (plan.stageTemplates || !exp) return plan;
  return { ...plan, ...planTemplates(exp) };
}

/**
 * The plan with the image its jobs run in, when the run was given one (an image built and pushed
 * by the workflow, --image-uri): the file's own image.uri comes first.
 */
export function withImage(plan: Plan, imageUri: string | undefined): Plan {
  return plan.image || !imageUri ? plan : { ...plan, image: imageUri };
}

/** The stage template a job of the plan runs from; a plan without templates cannot be submitted. */
export function stageTemplate(plan: Plan, stage: string): StageTemplate {
  if (!plan.stageTemplates)
    throw new Error(
      `the plan of ${plan.experiment} carries no stage templates: it was stored by an older batchbench`,
    );
  const found = plan.stageTemplates.find((s) => s.name === stage);
  if (!found) throw new Error(`the plan of ${plan.experiment} has no stage ${stage}`);
  return found;
}
