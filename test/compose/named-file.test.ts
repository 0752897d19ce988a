import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCampaignFile } from '../../src/compose/campaign-file.js';
import { loadExperimentFile } from '../../src/compose/experiment.js';
import { pricesAt } from '../../src/compose/prices.js';
import { parseIsoWeek, type IsoWeek } from '../../src/domain/campaign/week.js';
import { tempDir } from '../support/temp-dir.js';

const week = parseIsoWeek('2026-W48') as IsoWeek;

/** Experiment and campaign files are read the one way: what cannot be read is a located problem. */
describe.each([
  ['experiment', 'an experiment file'],
  ['campaign', 'a campaign file'],
])('a %s file that cannot be read', (kind, wanted) => {
  const load = async (file: string, cwd: string) => {
    const prices = await pricesAt(undefined, cwd);
    const checked =
      kind === 'campaign'
        ? await loadCampaignFile(file, week, { cwd, prices })
        : await loadExperimentFile(file, { cwd, prices });
    expect(checked.problems).toHaveLength(1);
    return checked.problems[0];
  };

  it('missing: the file as a whole, with the kind of file wanted', async () => {
    const p = await load('nope.yaml', tempDir());
    expect(p).toMatchObject({
      file: 'nope.yaml',
      line: 1,
      column: 1,
      severity: 'error',
      message: 'no such file',
    });
    expect(p?.hint).toContain(`give the path of ${wanted}`);
  });

  it('outside the workspace: refused, saying why', async () => {
    const p = await load('../elsewhere.yaml', tempDir());
    expect(p?.message).toMatch(/outside the workspace/);
  });

  it('not UTF-8: located where the reader found it', async () => {
    const cwd = tempDir();
    writeFileSync(path.join(cwd, 'bad.yaml'), Buffer.from('name: x\nweek: \xff\xfe\n', 'latin1'));
    const p = await load('bad.yaml', cwd);
    expect(p).toMatchObject({ file: 'bad.yaml', line: 2, severity: 'error' });
    expect(p?.message).toMatch(/UTF-8/);
  });
});
