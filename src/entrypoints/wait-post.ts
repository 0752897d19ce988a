// The bundle entry of actions/wait's post step (runs.post): stops the run's jobs on a cancel.
import { lastResort } from './action-support.js';
import { post } from './wait-action.js';

post().catch(lastResort);
