// The bundle entry of the root action.yml: only calls run(), so tests import run() without side effects.
import { lastResort } from './action-support.js';
import { run } from './main-action.js';

run().catch(lastResort);
