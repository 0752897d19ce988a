import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCampaignText } from '../../../src/domain/campaign/validate-campaign.js';
import { checkSchema } from '../../../src/domain/experiment/schema-check.js';
import { validateExperimentText } from '../../../src/domain/experiment/validate.js';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../../..');
const seed = () => readFile(path.join(root, 'experiments/weekly-instance-benchmarks.yaml'), 'utf8');

const MINIMAL = `version: 1
kind: campaign
name: small
instances: { families: [m7i], sizes: [large] }
benchmarks: [stream]
schedule:
  windows:
    - { name: night, start: '01:00', end: '03:00' }
  max-daily-jobs: 10
  max-concurrent: 2
`;

describe('campaign files', () => {
  it("validates seed 004's example and normalises it", async () => {
    const v = validateCampaignText(await seed(), 'weekly.yaml');
    expect(v.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const c = v.value!;
    expect(c.kind).toBe('campaign');
    expect(c.families).toEqual(['m7i', 'c7g', 'r7a']);
    expect(c.schedule.windows[2]).toEqual({
      name: 'evening',
      startMinute: 1200,
      endMinute: 1440,
      focus: ['micro-latency'],
    });
    expect(c.schedule.spot).toEqual({ fromSize: 'xlarge', fallback: 'on-demand' });
    expect(c.regression).toEqual({ againstWeeks: 1, test: 'mann-whitney', threshold: 0.05, alpha: 0.05 });
    expect(c.quality.maxCv).toBe(0.05);
    expect(c.programs.stream).toEqual(['node', 'examples/benchmarks/stream.mjs']);
    expect(c.durations).toEqual({ stream: 600, hpl: 1200 });
    // The same schema file, root and all, accepts it: editors validate campaigns too.
    expect(checkSchema(parse(await seed()))).toEqual([]);
  });

  it('fills defaults for a minimal file', () => {
    const c = validateCampaignText(MINIMAL, 'm.yaml').value!;
    expect(c.repeats).toBe(1);
    expect(c.variants).toBe('architecture-aware');
    expect(c.schedule).toMatchObject({ days: 7, waves: 'by-size', retries: 2 });
    expect(c.schedule.spot).toBeUndefined();
    expect(c.region).toBe('us-east-1');
    expect(c.results.store).toBe('.batchbench/history');
  });

  it('reports every mistake at once, each located, with a hint', () => {
    const text = MINIMAL.replace('max-daily-jobs', 'max-daly-jobs')
      .replace("end: '03:00'", "end: '25:00'")
      .replace('benchmarks: [stream]', 'benchmarks: [stream]\nregression: { test: wilcoxon, against: last }');
    const v = validateCampaignText(text, 'm.yaml');
    expect(v.value).toBeUndefined();
    const shown = v.problems.map((p) => `${p.line}:${p.column} ${p.message} (${p.hint ?? ''})`);
    expect(shown).toEqual([
      '6:21 regression.test: "wilcoxon" is not one of mann-whitney, welch (use one of: mann-whitney, welch)',
      '6:40 regression.against: "last" is not a comparison window (write previous (the latest earlier week) or weeks:N (the N latest earlier weeks pooled), e.g. weeks:4)',
      expect.stringMatching(/^7:1 schedule is missing "max-daily-jobs" \(add max-daily-jobs: At most/),
      expect.stringMatching(
        /^9:43 schedule.windows\[0\].end: "25:00" is not an end time of day \(write HH:MM/,
      ),
      '10:3 unknown key "max-daly-jobs" in schedule (did you mean "max-daily-jobs"?)',
    ]);
  });

  it('says how to write a time of day, a threshold and instance names, correcting the usual slips', () => {
    const text = MINIMAL.replace("start: '01:00', end: '03:00'", 'start: 6:00, end: 0:00')
      .replace('families: [m7i]', 'families: [M7i]')
      .replace('benchmarks: [stream]', 'benchmarks: [stream]\nregression: { threshold: 5 percent }');
    const v = validateCampaignText(text, 'm.yaml');
    expect(v.problems.map((p) => `${p.line}:${p.column} ${p.message} (${p.hint ?? ''})`)).toEqual([
      '4:25 instances.families[0]: "M7i" is not an EC2 instance family (write a family in lower case, such as m7i, c7g or r7a)',
      '6:26 regression.threshold: "5 percent" is not a percentage (write a percentage such as 5% or 2.5%)',
      '9:29 schedule.windows[0].start: "6:00" is not a start time of day (did you mean \'06:00\'?)',
      '9:40 schedule.windows[0].end: "0:00" is not an end time of day (write \'24:00\' for midnight at the end of the day)',
    ]);
  });

  it('refuses a regression threshold over 1000%, as a percentage or a number, at its line', () => {
    for (const threshold of ["'5000%'", '5000']) {
      const text = MINIMAL.replace(
        'benchmarks: [stream]',
        `benchmarks: [stream]\nregression: { threshold: ${threshold} }`,
      );
      const v = validateCampaignText(text, 'm.yaml');
      expect(v.value).toBeUndefined();
      expect(v.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
        '6:26 regression.threshold: 5000% is over 1000% (a run 11 times slower), wider than any regression needs',
      ]);
    }
    const fine = MINIMAL.replace(
      'benchmarks: [stream]',
      'benchmarks: [stream]\nregression: { threshold: 20% }',
    );
    expect(validateCampaignText(fine, 'm.yaml').problems).toEqual([]);
  });

  it('checks what the schema cannot: window order, overlaps, duplicate names', () => {
    const text = MINIMAL.replace(
      "    - { name: night, start: '01:00', end: '03:00' }",
      "    - { name: night, start: '01:00', end: '03:00' }\n    - { name: late, start: '02:00', end: '04:00' }\n    - { name: night, start: '06:00', end: '05:00' }",
    );
    const v = validateCampaignText(text, 'm.yaml');
    expect(v.problems.map((p) => `${p.line} ${p.message}`)).toEqual([
      '9 window "late" (02:00-04:00) overlaps "night" (01:00-03:00)',
      '10 window "night" is named twice',
      '10 window "night" ends at 05:00, not after it starts at 06:00',
    ]);
  });

  it('tells an experiment file from a campaign file, both ways', async () => {
    const experiment = await readFile(path.join(root, 'experiments/monte-carlo-scaling.yaml'), 'utf8');
    const v = validateCampaignText(experiment, 'mc.yaml');
    expect(v.problems.map((p) => p.message)).toEqual(['this is not a campaign file']);
    // An experiment file still validates as before against the changed schema.
    expect(validateExperimentText(experiment, 'mc.yaml').problems).toEqual([]);
    // Experiment keys in a campaign are reported as unknown, not silently accepted.
    const mixed = validateCampaignText(`${MINIMAL}run: { command: [echo] }\n`, 'm.yaml');
    expect(mixed.problems.map((p) => p.message)).toEqual(['unknown key "run"']);
  });
});
