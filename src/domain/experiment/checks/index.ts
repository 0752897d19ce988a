import { checkAwsEnv } from './aws-env.js';
import { checkAwsNames } from './aws-names.js';
import { checkAwsResources } from './aws-resources.js';
import { checkAwsTags } from './aws-tags.js';
import { checkBackend } from './backend.js';
import { checkCommand } from './command.js';
import { checkCompute } from './compute.js';
import { checkComputeAxes } from './compute-axes.js';
import type { SemanticCheck } from './context.js';
import { checkCosts } from './costs.js';
import { checkDesignPower } from './design-power.js';
import { checkFailOn } from './fail-on.js';
import { checkFanOut } from './fan-out.js';
import { checkInstanceTypes } from './instance-types.js';
import { checkMatrix } from './matrix.js';
import { checkMetrics } from './metrics.js';
import { checkResources } from './resources.js';
import { checkRetry } from './retry.js';
import { checkSettingAxes } from './setting-axes.js';
import { checkSlurm } from './slurm.js';
import { checkSpeedup } from './speedup.js';
import { checkStageNeeds } from './stage-needs.js';

/** Every semantic check, in the order their findings are listed. Add a new topic here. */
export const SEMANTIC_CHECKS: readonly SemanticCheck[] = [
  checkCommand,
  checkBackend,
  checkFanOut,
  checkResources,
  checkRetry,
  checkCompute,
  checkComputeAxes,
  checkSlurm,
  checkSettingAxes,
  checkInstanceTypes,
  checkStageNeeds,
  checkMatrix,
  checkSpeedup,
  checkMetrics,
  checkCosts,
  checkAwsEnv,
  checkAwsTags,
  checkAwsNames,
  checkAwsResources,
  checkFailOn,
  checkDesignPower,
];
