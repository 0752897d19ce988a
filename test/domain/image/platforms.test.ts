import { describe, expect, it } from 'vitest';
import type { PriceTable } from '../../../src/domain/cost/price-table.js';
import { parsePlatforms, platformsFor } from '../../../src/domain/image/platforms.js';

describe('platformsFor', () => {
  it('builds arm64 for Graviton types, amd64 for Intel and AMD, both for a mix', () => {
    expect(platformsFor(['c7g.large'])).toEqual(['linux/arm64']);
    expect(platformsFor(['m7i.large', 'r7a.xlarge'])).toEqual(['linux/amd64']);
    expect(platformsFor(['c7g.large', 'm7i.large', 'c7g.xlarge'])).toEqual(['linux/amd64', 'linux/arm64']);
  });

  it('counts a job with no instance type, or a type of unknown architecture, as amd64', () => {
    expect(platformsFor([])).toEqual(['linux/amd64']);
    expect(platformsFor([undefined, 'c7g.large'])).toEqual(['linux/amd64', 'linux/arm64']);
    expect(platformsFor(['c5.large'])).toEqual(['linux/amd64']);
  });

  it('asks the price table where the family name does not tell (a1 is Graviton)', () => {
    const prices = {
      regions: { 'us-east-1': { ec2: { 'a1.large': { cpu: 'graviton' } } } },
    } as unknown as PriceTable;
    expect(platformsFor(['a1.large'])).toEqual(['linux/amd64']);
    expect(platformsFor(['a1.large'], prices)).toEqual(['linux/arm64']);
  });
});

describe('parsePlatforms', () => {
  it('takes commas or spaces, drops repeats and keeps a fixed order', () => {
    expect(parsePlatforms('linux/arm64, linux/amd64 linux/arm64')).toEqual({
      platforms: ['linux/amd64', 'linux/arm64'],
    });
  });

  it('names what it does not know, and refuses an empty list', () => {
    expect(parsePlatforms('linux/amd64,linux/riscv64')).toEqual({
      error: "platforms: 'linux/riscv64' is not one of linux/amd64, linux/arm64",
    });
    expect(parsePlatforms(' , ')).toEqual({ error: 'platforms is empty' });
  });
});
