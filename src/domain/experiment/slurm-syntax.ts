// What Slurm itself would refuse (or read otherwise than meant) in the two sbatch options whose
// text has a grammar: --time and --constraint. The schema's patterns only say which characters
// may appear; these say whether the whole makes sense, so a file is refused at validate time
// instead of by sbatch in the middle of a run.

export interface SyntaxProblem {
  message: string;
  hint: string;
}

/** The longest time limit accepted: a year. Slurm keeps minutes in 32 bits; no partition allows more. */
export const SLURM_MAX_TIME_MINUTES = 365 * 24 * 60;

const TIME = /^(?:(\d+)-)?(\d+)(?::(\d+))?(?::(\d+))?$/;
const TIME_HINT = "write minutes ('90'), HH:MM:SS ('2:00:00') or D-HH:MM:SS ('1-00:00:00')";

/**
 * A --time value: minutes, MM:SS, HH:MM:SS, D-HH, D-HH:MM or D-HH:MM:SS. The first field is
 * free (90 minutes, 36 hours); the ones after it are clock fields, so 1:99:99 is a slip.
 */
export function slurmTimeProblem(text: string): SyntaxProblem | undefined {
  const read = readSlurmTime(text);
  if (!read) return undefined; // the schema's pattern says what is wrong with the form
  const { minutes, clock } = read;
  const over = clock.find(([, value, max]) => value > max);
  if (over)
    return {
      message: `${over[0]} go up to ${over[2]}, not ${over[1]}`,
      hint: TIME_HINT,
    };
  if (minutes === 0)
    return {
      message: 'is 0, which Slurm reads as no time limit at all',
      hint: 'give the longest a task may run, e.g. 30 (minutes) or 2:00:00, or leave time out to use resources.timeout',
    };
  if (minutes > SLURM_MAX_TIME_MINUTES)
    return {
      message: 'is more than a year, more than any partition allows',
      hint: `${TIME_HINT}; at most 365-00:00:00`,
    };
  return undefined;
}

/** Minutes in a --time value of the TIME form, and its clock fields with their largest values. */
function readSlurmTime(text: string): { minutes: number; clock: [string, number, number][] } | undefined {
  const m = TIME.exec(text);
  if (!m) return undefined;
  const [, days, first, second, third] = m;
  const n = (s: string | undefined) => (s === undefined ? 0 : Number(s));
  let minutes: number;
  const clock: [string, number, number][] = [];
  if (days !== undefined) {
    // D-HH, D-HH:MM, D-HH:MM:SS
    clock.push(['hours', n(first), 23], ['minutes', n(second), 59], ['seconds', n(third), 59]);
    minutes = n(days) * 1440 + n(first) * 60 + n(second) + n(third) / 60;
  } else if (third !== undefined) {
    clock.push(['minutes', n(second), 59], ['seconds', n(third), 59]);
    minutes = n(first) * 60 + n(second) + n(third) / 60;
  } else if (second !== undefined) {
    clock.push(['seconds', n(second), 59]);
    minutes = n(first) + n(second) / 60;
  } else {
    minutes = n(first);
  }
  return { minutes, clock };
}

/** Minutes in a --time value; undefined when it is not one. */
export function slurmTimeMinutes(text: string): number | undefined {
  return readSlurmTime(text)?.minutes;
}

/** The characters a constraint may hold; checked by the schema, the grammar only runs on these. */
export const CONSTRAINT_CHARS = /^[A-Za-z0-9_.&|!()[\]*:,-]+$/;

const CONSTRAINT_HINT =
  'write features joined by & (and), | (or) or , with ( ) or [ ] around groups and *N counts, e.g. "icelake&ib" or "[rack1*2&rack2*4]"';

/**
 * A --constraint expression: features joined by &, | or ',', each optionally negated (!),
 * counted (*N) or grouped in ( ) or [ ]. Returns the first place the expression breaks.
 */
export function slurmConstraintProblem(text: string): SyntaxProblem | undefined {
  if (!CONSTRAINT_CHARS.test(text)) return undefined;
  const tokens = text.match(/[A-Za-z0-9_.:-]+|\*\d*|[&|,!()[\]]|./g) ?? [];
  const closers: string[] = [];
  let expectOperand = true;
  const fail = (what: string): SyntaxProblem => ({ message: what, hint: CONSTRAINT_HINT });
  for (const t of tokens) {
    if (expectOperand) {
      if (t === '!') continue;
      if (t === '(' || t === '[') {
        closers.push(t === '(' ? ')' : ']');
        continue;
      }
      if (/^[A-Za-z0-9_.:-]+$/.test(t)) {
        if (t.startsWith('-')) return fail(`feature "${t}" starts with "-"`);
        expectOperand = false;
        continue;
      }
      return fail(`"${t}" where a feature name should be`);
    }
    if (t === '&' || t === '|' || t === ',') {
      expectOperand = true;
      continue;
    }
    if (t === ')' || t === ']') {
      if (closers.pop() !== t) return fail(`"${t}" closes nothing that was opened`);
      continue;
    }
    if (t.startsWith('*')) {
      if (t === '*' || Number(t.slice(1)) < 1) return fail(`"${t}" needs a count of at least 1, e.g. *2`);
      continue;
    }
    return fail(`"${t}" after a feature, where &, | or a closing bracket should be`);
  }
  if (expectOperand) return fail('ends where a feature name should be');
  if (closers.length > 0) return fail(`"${closers.at(-1)}" is missing at the end`);
  return undefined;
}
