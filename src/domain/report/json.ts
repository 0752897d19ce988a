/**
 * The report as JSON: the model as is, pretty-printed, keys in the order the model holds them.
 * Non-finite numbers (a cv of NaN with one sample) become null, as JSON has no NaN;
 * schema/report.schema.json documents every field.
 */
import type { ReportModel } from './model.js';

export function renderJson(model: ReportModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}
