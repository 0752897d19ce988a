import { DURATION_PATTERN, SIZE_PATTERN } from './units.js';

// The words schema-check.ts puts on the schema's patterns and JSON types in its messages.

const TEMPLATE_PATTERN = '^\\$\\{\\{\\s*matrix\\.[A-Za-z0-9_-]+\\s*\\}\\}$';
const NAME_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$';

/** A correction of the value itself where one is obvious, e.g. "6:00" → "06:00". */
type Suggest = (value: string) => string | undefined;

/** compute.slurm is one set of sbatch options for the whole file: ${{ }} is not filled in there. */
const noMatrix: Suggest = (value) =>
  value.includes('${{')
    ? 'compute.slurm takes no ${{ matrix.* }}: give each partition or constraint its own stage (stages.<name>.compute.slurm), or its own file'
    : undefined;

/** "6:00" and "6:0" are the usual slips for a time of day; YAML 1.2 reads both as text. */
const padTime: Suggest = (value) => {
  const m = /^\s*(\d{1,2})[:.h](\d{1,2})\s*$/.exec(value);
  if (!m) return undefined;
  const padded = `${m[1]!.padStart(2, '0')}:${m[2]!.padStart(2, '0')}`;
  return padded !== value ? `did you mean '${padded}'?` : undefined;
};

export const PATTERNS: Record<string, { what: string; hint: string; suggest?: Suggest }> = {
  [DURATION_PATTERN]: {
    what: 'a duration',
    hint: 'write 90s, 15m, 24h, 1d or 1h30m, or a number of seconds',
  },
  [SIZE_PATTERN]: { what: 'a size', hint: 'write 512MiB, 32GiB, 1.2TB or 500MB, or a number of MiB' },
  [TEMPLATE_PATTERN]: {
    what: 'a matrix reference',
    hint: 'write a whole number, or ${{ matrix.<axis> }} to take it from the matrix',
  },
  [NAME_PATTERN]: {
    what: 'a valid name',
    hint: 'use letters, digits, "-" and "_", starting with a letter or digit, at most 64 characters',
  },
  '^[A-Za-z_][A-Za-z0-9_-]{0,63}$': {
    what: 'a valid axis name',
    hint: 'use letters, digits, "-" and "_", starting with a letter or "_", so ${{ matrix.<axis> }} can name it',
  },
  '^[A-Za-z_][A-Za-z0-9_]*$': {
    what: 'a valid environment variable name',
    hint: 'use letters, digits and "_", not starting with a digit',
  },
  '^[a-z]{2}(-[a-z]+)+-\\d+$': {
    what: 'an AWS region',
    hint: 'write a region code such as us-east-1 or eu-west-2',
  },
  '^[a-z0-9-]+\\.[a-z0-9-]+$': {
    what: 'an EC2 instance type',
    hint: 'write a type such as r5.4xlarge or t3.medium',
  },
  '^arn:aws[a-z-]*:iam::\\d{12}:role/.+$': {
    what: 'an IAM role ARN',
    hint: 'write arn:aws:iam::<12-digit account>:role/<name>',
  },
  '^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$': {
    what: 'a Slurm name',
    suggest: noMatrix,
    hint: 'use letters, digits, ".", "-" and "_", starting with a letter or digit, at most 128 characters, as sinfo and sacctmgr list them',
  },
  '^[A-Za-z0-9_!(\\[][A-Za-z0-9_.&|!()\\[\\]*:,-]{0,1023}$': {
    what: 'a Slurm constraint',
    suggest: noMatrix,
    hint: 'write node features joined by &, | or ",", with ( ) or [ ] and *N counts, e.g. "icelake&ib"; it starts with a feature, "!", "(" or "[", at most 1024 characters',
  },
  '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$': {
    what: 'a node type name',
    hint: 'use letters, digits, ".", "-" and "_", starting with a letter or digit, at most 64 characters',
  },
  '^(\\d+-)?\\d+(:\\d{1,2}){0,2}$': {
    what: 'a Slurm time limit',
    suggest: noMatrix,
    hint: "write minutes ('90'), HH:MM:SS ('2:00:00') or D-HH:MM:SS ('1-00:00:00'), quoted",
  },
  '^[A-Za-z0-9_.-]+$': { what: 'a valid metric name', hint: 'use letters, digits, ".", "-" and "_"' },
  '^([01][0-9]|2[0-3]):[0-5][0-9]$': {
    what: 'a start time of day',
    hint: "write HH:MM in 24-hour time from 00:00 to 23:59, quoted, e.g. '06:00'",
    suggest: padTime,
  },
  '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$': {
    what: 'an end time of day',
    hint: "write HH:MM in 24-hour time, quoted, e.g. '18:00'; '24:00' is midnight at the end of the day",
    suggest: (value) =>
      /^\s*0?0[:.h]00?\s*$/.test(value) ? "write '24:00' for midnight at the end of the day" : padTime(value),
  },
  '^(previous|weeks:[1-9][0-9]*)$': {
    what: 'a comparison window',
    hint: 'write previous (the latest earlier week) or weeks:N (the N latest earlier weeks pooled), e.g. weeks:4',
  },
  '^\\s*\\d+(\\.\\d+)?\\s*%\\s*$': {
    what: 'a percentage',
    hint: 'write a percentage such as 5% or 2.5%',
  },
  '^[a-z][a-z0-9-]*$': {
    what: 'an EC2 instance family',
    hint: 'write a family in lower case, such as m7i, c7g or r7a',
  },
  '^[a-z0-9]+$': { what: 'an EC2 instance size', hint: 'write a size such as large, xlarge or 4xlarge' },
  '^[a-z0-9][a-z0-9_-]{0,63}$': {
    what: 'a valid benchmark name',
    hint: 'use lower-case letters, digits, "-" and "_", starting with a letter or digit',
  },
};

export const JSON_TYPES: Record<string, string> = {
  array: 'a list',
  object: 'a mapping',
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
};

export const TYPE_HINTS: Record<string, string> = {
  array: 'write a list, e.g. [a, b] or one "- item" per line',
  object: 'write a mapping: keys indented under this one, or { key: value }',
  string: 'write text; quote it if YAML reads it as something else',
  number: 'write a number without quotes',
  integer: 'write a whole number without quotes',
  boolean: 'write true or false',
};
