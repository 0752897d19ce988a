import { describe, expect, it } from 'vitest';
import { loadPrices } from '../../../src/adapters/prices.js';
import { cpuMaker } from '../../../src/domain/campaign/architecture.js';
import { variantFor } from '../../../src/domain/campaign/variants.js';
import { sizeRank, waveOf } from '../../../src/domain/campaign/waves.js';
import { windowsFor } from '../../../src/domain/campaign/rotation.js';

describe('architecture, variants and waves', () => {
  it("reads the CPU maker from the price table's cpu field, else from the family letter", async () => {
    const prices = await loadPrices();
    expect(cpuMaker('m7i', prices, 'us-east-1')).toBe('intel');
    expect(cpuMaker('r7a', prices, 'us-east-1')).toBe('amd');
    expect(cpuMaker('c7g', prices, 'us-east-1')).toBe('graviton');
    // g5 is an AMD host in the table although its letter says nothing.
    expect(cpuMaker('g5', prices, 'us-east-1')).toBe('amd');
    // Not in the table: the letter after the generation.
    expect(cpuMaker('m8i', prices, 'us-east-1')).toBe('intel');
    expect(cpuMaker('hpc7a', prices)).toBe('amd');
    expect(cpuMaker('x8g')).toBe('graviton');
    expect(cpuMaker('u7in')).toBe('intel');
    expect(cpuMaker('mac2')).toBeUndefined();
  });

  it('chooses the variant for the architecture, only where one exists', () => {
    expect(variantFor('stream', 'intel', 'architecture-aware')).toBe('stream-avx512');
    expect(variantFor('stream', 'amd', 'architecture-aware')).toBe('stream-avx2');
    expect(variantFor('stream', 'graviton', 'architecture-aware')).toBe('stream-neon');
    expect(variantFor('hpl', 'intel', 'architecture-aware')).toBe('hpl-mkl');
    expect(variantFor('hpl', 'amd', 'architecture-aware')).toBe('hpl-blis');
    expect(variantFor('hpl', 'graviton', 'architecture-aware')).toBe('hpl-sve');
    expect(variantFor('micro-latency', 'graviton', 'architecture-aware')).toBe('micro-latency');
    expect(variantFor('stream', undefined, 'architecture-aware')).toBe('stream');
    expect(variantFor('stream', 'intel', 'none')).toBe('stream');
  });

  it('orders sizes into waves: large, xlarge, 2xlarge, then 4xlarge and up together', () => {
    const sizes = ['large', 'xlarge', '2xlarge', '4xlarge', '8xlarge'];
    expect(sizes.map((s) => waveOf(s, sizes, 'by-size'))).toEqual([1, 2, 3, 4, 4]);
    expect(sizes.map((s) => waveOf(s, sizes, 'none'))).toEqual([1, 1, 1, 1, 1]);
    expect(waveOf('2xlarge', ['2xlarge', 'medium'], 'by-size')).toBe(2);
    expect(sizeRank('medium')).toBeLessThan(sizeRank('large'));
    expect(sizeRank('12xlarge')).toBeGreaterThan(sizeRank('8xlarge'));
  });

  it('routes a benchmark to the windows whose focus names it, else the unfocused ones, else all', () => {
    const w = (name: string, focus: string[]) => ({ name, startMinute: 0, endMinute: 60, focus });
    const windows = [w('a', ['stream']), w('b', ['hpl-mkl']), w('c', [])];
    expect(windowsFor('stream', 'stream-avx512', windows)).toEqual({ indexes: [0], unfocused: false });
    expect(windowsFor('hpl', 'hpl-mkl', windows)).toEqual({ indexes: [1], unfocused: false });
    expect(windowsFor('micro-latency', 'micro-latency', windows)).toEqual({ indexes: [2], unfocused: false });
    expect(windowsFor('x', 'x', [w('a', ['stream'])])).toEqual({ indexes: [0], unfocused: true });
  });
});
