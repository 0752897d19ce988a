import { readFile } from 'node:fs/promises';
import shipped from '../../data/aws-prices.json' with { type: 'json' };
import { parsePriceTable, type PriceTable } from '../domain/cost/price-table.js';

/** The price table shipped with batchbench (bundled, so it needs no file at run time), or a newer one. */
export async function loadPrices(path?: string): Promise<PriceTable> {
  if (!path) return parsePriceTable(shipped, 'the shipped price table');
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: cannot read the price table: ${(error as Error).message}`);
  }
  return parsePriceTable(json, path);
}
