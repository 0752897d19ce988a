// The bundle entry of actions/submit: only calls run(), so tests import run() without side effects.
import { lastResort } from './action-support.js';
import { run } from './submit-action.js';

run().catch(lastResort);
