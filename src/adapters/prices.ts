import shipped from '../../data/aws-prices.json' with { type: 'json' };
import { parsePriceTable, type PriceTable } from '../domain/cost/price-table.js';
import { UserError } from '../domain/user-error.js';
import { readUserFile } from './read-user-file.js';

/**
 * The price table shipped with batchbench (bundled, so it needs no file at run time), or a newer
 * one: a path the workflow or the user named, read relative to the working folder, never through
 * a symlink that leaves the folder it is in.
 */
export async function loadPrices(path?: string): Promise<PriceTable> {
  if (!path) return parsePriceTable(shipped, 'the shipped price table');
  const hint =
    'give --prices a JSON price table like data/aws-prices.json, or leave it out to use the shipped one';
  const text = await readUserFile(path, { root: process.cwd(), allowNamedOutside: true }).catch(
    (error: unknown) => {
      const reason = (error as { reason?: unknown }).reason;
      throw new UserError(
        `${path}: cannot read the price table: ${typeof reason === 'string' ? reason : (error as Error).message}`,
        {
          hint,
          cause: error,
        },
      );
    },
  );
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${path}: cannot read the price table: ${(error as Error).message}`, { hint });
  }
  return parsePriceTable(json, path);
}
