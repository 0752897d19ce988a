import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import schema from '../../../schema/experiment.schema.json' with { type: 'json' };
import options from './ajv-options.json' with { type: 'json' };

/**
 * The experiment schema's validator, compiled here at run time. The bundles in dist/ do not run
 * this: scripts/build.mjs puts in its place the same schema compiled ahead of time with the same
 * options (Ajv's standalone code), because compiling it costs an action about 100 ms at start-up.
 */
export function compileExperimentValidator(): ValidateFunction {
  // strict: the schema itself must be free of typos and ignored keywords; verbose: messages quote parent schemas.
  return new Ajv(options).compile(schema);
}
