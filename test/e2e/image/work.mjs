// The e2e workload, baked into the test image at /opt/e2e/work.mjs. It does a little real CPU work
// and reports what only a process inside a container can know, so the test can tell a record
// measured in a container from one made up elsewhere.
//
//   node work.mjs count --below N   counts primes below N (metric: primes)
//   node work.mjs check --below N   recounts them with a different method (metric: checked)
import { appendFileSync, existsSync } from 'node:fs';

const [mode, flag, value] = process.argv.slice(2);
const below = Number(value);
if ((mode !== 'count' && mode !== 'check') || flag !== '--below' || !Number.isInteger(below) || below < 2) {
  console.error(`usage: work.mjs count|check --below N (got ${process.argv.slice(2).join(' ')})`);
  process.exit(64);
}

function sieve(n) {
  const composite = new Uint8Array(n);
  let count = 0;
  for (let i = 2; i < n; i++) {
    if (composite[i]) continue;
    count++;
    for (let j = i * i; j < n; j += i) composite[j] = 1;
  }
  return count;
}

function trialDivision(n) {
  let count = 0;
  for (let i = 2; i < n; i++) {
    let prime = true;
    for (let d = 2; d * d <= i; d++) {
      if (i % d === 0) {
        prime = false;
        break;
      }
    }
    if (prime) count++;
  }
  return count;
}

const primes = mode === 'count' ? sieve(below) : trialDivision(below);
const metrics = {
  [mode === 'count' ? 'primes' : 'checked']: primes,
  // Docker creates /.dockerenv in every container it starts.
  in_container: existsSync('/.dockerenv') ? 1 : 0,
  // The runner is PID 1 of the container's PID namespace; on the host this would be large.
  container_pid: process.pid,
  repeat: Number(process.env.BATCHBENCH_REPEAT ?? -1),
};
for (const [name, v] of Object.entries(metrics)) {
  appendFileSync(process.env.BATCHBENCH_METRICS, JSON.stringify({ name, value: v }) + '\n');
}
console.log(`${mode} below ${below}: ${primes} primes (pid ${process.pid}, repeat ${metrics.repeat})`);
console.log(`::metric work_done=1`);
