import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jobCost } from '../../../src/domain/cost/job-cost.js';
import { storageCost, transferCost } from '../../../src/domain/cost/extra-costs.js';
import { parsePriceTable } from '../../../src/domain/cost/price-table.js';
import type { JobCompute } from '../../../src/domain/plan/plan.js';

const prices = parsePriceTable(
  JSON.parse(readFileSync('data/aws-prices.json', 'utf8')),
  'data/aws-prices.json',
);
const GIB = 1024 ** 3;
const ec2 = (
  instanceType: string,
  capacity: JobCompute['capacity'] = 'on-demand',
  region = 'us-east-1',
): JobCompute => ({
  backend: 'aws-batch',
  region,
  instanceType,
  capacity,
  platform: 'ec2',
  tags: {},
});

describe('jobCost', () => {
  it('prices seed 000: r5.4xlarge on demand in us-west-2 is $1.008/h, not the $0.504 the seed quotes', () => {
    const c = jobCost({
      prices,
      compute: ec2('r5.4xlarge', 'on-demand', 'us-west-2'),
      vcpus: 16,
      memoryBytes: 32 * GIB,
      seconds: 4.5 * 3600,
    });
    expect(c.usd).toBeCloseTo(4.536, 6);
    expect(c.spotUsd).toBeCloseTo(4.5 * 0.4032, 6);
  });

  it('prices seed 001: a GPU job takes the whole g4dn.xlarge, at the typical Spot price', () => {
    const c = jobCost({
      prices,
      compute: ec2('g4dn.xlarge', 'spot'),
      vcpus: 1,
      memoryBytes: GIB,
      gpus: 1,
      seconds: 35 * 60,
    });
    expect(c.usd).toBeCloseTo((0.18936 * 35) / 60, 8);
    expect(c.onDemandUsd).toBeCloseTo((0.526 * 35) / 60, 8);
  });

  it('charges the larger of the vCPU and memory share of the instance', () => {
    const c = jobCost({ prices, compute: ec2('c5.large'), vcpus: 1, memoryBytes: 3 * GIB, seconds: 3600 });
    expect(c.usd).toBeCloseTo(0.085 * 0.75, 8);
  });

  it('says when a price is unknown instead of calling it free', () => {
    const c = jobCost({
      prices,
      compute: ec2('g3s.xlarge', 'spot'),
      vcpus: 4,
      memoryBytes: GIB,
      seconds: 720,
    });
    expect(c.known).toBe(false);
    expect(c.note).toContain('no Spot price');
    expect(c.onDemandUsd).toBeCloseTo(0.75 * 0.2, 8);
    expect(jobCost({ prices, compute: ec2('x9.huge'), vcpus: 1, memoryBytes: GIB, seconds: 1 }).known).toBe(
      false,
    );
  });

  it('prices Fargate per vCPU-hour and GB-hour', () => {
    const compute: JobCompute = {
      backend: 'aws-batch',
      region: 'us-east-1',
      capacity: 'on-demand',
      platform: 'fargate',
      tags: {},
    };
    const c = jobCost({ prices, compute, vcpus: 2, memoryBytes: 4 * GIB, seconds: 1800 });
    expect(c.usd).toBeCloseTo(0.5 * (2 * 0.04048 + 4 * 0.004445), 8);
  });
});

describe('storage and transfer', () => {
  it('prices seed 001 storage: 1.2 TB of FSx scratch for 2 h and 5 GB of S3 for a month', () => {
    expect(
      storageCost(prices, 'us-east-1', { kind: 'fsx-lustre', sizeBytes: 1.2e12, hours: 2 }).usd,
    ).toBeCloseTo((1200 * 0.14 * 2) / 730, 8);
    expect(storageCost(prices, 'us-east-1', { kind: 's3', sizeBytes: 5e9 }).usd).toBeCloseTo(5 * 0.023, 8);
    expect(storageCost(prices, 'us-west-2', { kind: 's3', sizeBytes: 5e9 }).known).toBe(false);
  });

  it('prices transfer out at the first-tier rate', () => {
    expect(transferCost(prices, 'us-east-1', 5e9).usd).toBeCloseTo(0.45, 8);
  });
});

describe('parsePriceTable', () => {
  it('names the file and the field when a price file is malformed', () => {
    expect(() =>
      parsePriceTable(
        { snapshot: 'x', currency: 'USD', regions: { r: { ec2: { t: { vcpus: 0 } } } } },
        'p.json',
      ),
    ).toThrow('p.json: not a batchbench price table: regions.r.ec2.t.vcpus must be > 0');
    expect(() => parsePriceTable([], 'p.json')).toThrow(/snapshot/);
  });
});
