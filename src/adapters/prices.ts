import shipped from '../../data/aws-prices.json' with { type: 'json' };
import { parsePriceTable, type PriceTable } from '../domain/cost/price-table.js';
import { readUserFile } from './read-user-file.js';

/**
 * The price table shipped with batchbench (bundled, so it needs no file at run time), or a newer
 * one: a path the workflow or the user named, read relative to the working folder, never through
 * a symlink that leaves the folder it is in.
 */
export async function loadPrices(path?: string): Promise<PriceTable> {
  if (!path) return parsePriceTable(shipped, 'the shipped price table');
  const text = await readUserFile(path, { root: process.cwd(), allowNamedOutside: true });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: cannot read the price table: ${(error as Error).message}`);
  }
  return parsePriceTable(json, path);
}
