import path from 'node:path';
import { loadPrices } from '../adapters/prices.js';
import type { PriceTable } from '../domain/cost/price-table.js';

/** The price table a command or step was given (relative to `cwd`), or the shipped one. */
export function pricesAt(file: string | undefined, cwd: string): Promise<PriceTable> {
  return loadPrices(file && path.resolve(cwd, file));
}
