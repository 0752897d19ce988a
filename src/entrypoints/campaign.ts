// The bundle entry of actions/campaign: only calls run(), so tests import run() without side effects.
import { lastResort } from './action-support.js';
import { run } from './campaign-action.js';

run().catch(lastResort);
