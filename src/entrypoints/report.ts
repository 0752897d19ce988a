// The bundle entry of actions/report: only calls run(), so tests import run() without side effects.
import { lastResort } from './action-support.js';
import { run } from './report-action.js';

run().catch(lastResort);
