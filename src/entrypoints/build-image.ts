// The bundle entry of actions/build-image: only calls run(), so tests import run() without side effects.
import { lastResort } from './action-support.js';
import { run } from './build-image-action.js';

run().catch(lastResort);
