// The bundle entry of actions/wait: only calls run(), so tests import run() without side effects.
import { lastResort } from './action-support.js';
import { run } from './wait-action.js';

run().catch(lastResort);
