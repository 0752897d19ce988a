// The bundle entry of actions/validate: only calls run(), so tests import run() without side effects.
import { lastResort } from './action-support.js';
import { run } from './validate-action.js';

run().catch(lastResort);
