import { SEMANTIC_CHECKS } from './checks/index.js';
import { checkContext, issueSink } from './checks/context.js';
import type { PriceTable } from '../cost/price-table.js';
import type { Issue } from './issue.js';

/**
 * What the schema cannot say: references between parts of the file (matrix axes, stages,
 * metrics, cells), units that parse but make no sense, and limits of the backend. Each topic is
 * one module under checks/. Runs on data that may also have schema errors. Instance types are
 * checked only when a price table is given (it holds their sizes).
 */
export function checkSemantics(data: Record<string, unknown>, prices?: PriceTable): Issue[] {
  const context = checkContext(data, prices);
  const { sink, issues } = issueSink();
  for (const check of SEMANTIC_CHECKS) check(context, sink);
  return issues();
}
