import { MAX_MEMORY_BYTES, parseSize } from '../units.js';
import type { CheckContext, ProblemSink } from './context.js';
import { obj } from './context.js';
import { checkReference } from './references.js';

type Rule = [key: string, ok: (v: unknown) => boolean, needs: string];

const whole = (v: unknown, min: number, max: number) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

const RESOURCE_RULES: Rule[] = [
  [
    'vcpus',
    (v) => typeof v === 'number' && v > 0 && v <= 4096,
    'must be a number of vCPUs above 0 (at most 4096)',
  ],
  [
    'memory',
    (v) => {
      const bytes = typeof v === 'number' || typeof v === 'string' ? (parseSize(v) ?? 0) : 0;
      return bytes > 0 && bytes <= MAX_MEMORY_BYTES;
    },
    'must be a size such as 512MiB or 4GiB (or a number of MiB), at most 64TiB (more than any machine has)',
  ],
  ['gpus', (v) => whole(v, 0, 64), 'must be a whole number of GPUs from 0 to 64'],
];

const FAN_OUT_RULES: Rule[] = [
  ['items', (v) => whole(v, 1, Number.MAX_SAFE_INTEGER), 'must be a whole number of at least 1'],
  ['oversubscribe', (v) => typeof v === 'number' && v >= 1 && v <= 2, 'must be a number from 1 to 2'],
];

/**
 * resources.vcpus, memory and gpus, and fan-out.items and oversubscribe as matrix axes: the axis
 * must exist and each of its values must be what the setting takes, at the value's own line.
 * (fan-out.workers is checked in fan-out.ts; whether a cell's job fits its instance type, in
 * instance-types.ts.)
 */
export function checkSettingAxes(ctx: CheckContext, sink: ProblemSink): void {
  for (const holder of ctx.holders) {
    for (const [key, ok, needs] of RESOURCE_RULES) {
      const setting = ctx.effective(holder, 'resources', key);
      if (typeof setting?.value === 'string')
        checkReference(ctx, sink, setting.value, setting.path, ok, needs);
    }
    const fanOut = obj(holder.node['fan-out']);
    for (const [key, ok, needs] of FAN_OUT_RULES) {
      const text = fanOut?.[key];
      if (typeof text === 'string')
        checkReference(ctx, sink, text, [...holder.path, 'fan-out', key], ok, needs);
    }
  }
}
