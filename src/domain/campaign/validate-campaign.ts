import type { SourcePosition } from '../experiment/experiment.js';
import { settle, type Problem } from '../experiment/problem.js';
import { checkSchema } from '../experiment/schema-check.js';
import { readYamlSource } from '../experiment/yaml-source.js';
import type { SourcePath } from '../experiment/yaml-source.js';
import { placeIssue, type Issue } from '../experiment/issue.js';
import type { Campaign } from './campaign.js';
import type { CampaignFile } from './campaign-file.js';
import { checkCampaign } from './campaign-checks.js';
import { normaliseCampaign } from './normalise-campaign.js';

export interface CampaignValidation {
  value?: Campaign;
  problems: Problem[];
  locate: (path: SourcePath) => SourcePosition;
  /** Turns an issue found later (planning) into a located problem in this file. */
  place: (issue: Issue) => Problem;
}

/**
 * Reads a `kind: campaign` file with the same machinery as experiments: YAML problems, the
 * shared JSON Schema (its campaign branch), then campaign checks; every problem located.
 */
export function validateCampaignText(
  text: string,
  file: string,
  source = readYamlSource(text, file),
): CampaignValidation {
  const place = (issue: Issue): Problem => placeIssue(source, file, issue);
  const problems = [...source.problems];
  const data = source.data as Record<string, unknown> | undefined;
  if (data !== undefined) {
    if (data.kind !== 'campaign') {
      problems.push(
        place({
          path: ['kind'],
          atKey: !('kind' in data),
          message: 'this is not a campaign file',
          hint: 'a campaign file says kind: campaign; experiments go to batchbench plan/run',
          severity: 'error',
        }),
      );
    } else {
      const schemaIssues = checkSchema(data);
      problems.push(...schemaIssues.map(place));
      if (schemaIssues.length === 0)
        problems.push(...checkCampaign(data as unknown as CampaignFile).map(place));
    }
  }
  return {
    ...settle(problems, data, (d) => normaliseCampaign(d as unknown as CampaignFile, file)),
    locate: source.locate,
    place,
  };
}
