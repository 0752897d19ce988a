import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-NUCGBEER.js";

// src/domain/cost/price-table.ts
function parsePriceTable(json, source) {
  const fail = (what) => {
    throw new UserError(`${source}: not a batchbench price table: ${what}`, {
      hint: "a price table has the shape of data/aws-prices.json"
    });
  };
  if (typeof json !== "object" || json === null) fail("expected a JSON object");
  const t = json;
  if (typeof t.snapshot !== "string") fail('"snapshot" (where and when the prices come from) is missing');
  if (t.basis !== void 0) {
    const b = t.basis;
    if (typeof b !== "object" || b === null || typeof b.onDemand !== "object" || b.onDemand === null)
      fail('"basis.onDemand" must map regions to dates');
    for (const k of ["spot", "sources"]) {
      if (b[k] !== void 0 && typeof b[k] !== "string") fail(`"basis.${k}" must be a string`);
    }
  }
  if (t.currency !== "USD") fail('"currency" must be "USD"');
  if (typeof t.regions !== "object" || t.regions === null) fail('"regions" is missing');
  for (const [region, prices] of Object.entries(t.regions)) {
    if (typeof prices?.ec2 !== "object" || prices.ec2 === null) fail(`regions.${region}.ec2 is missing`);
    for (const [type, p] of Object.entries(prices.ec2)) {
      if (typeof p.vcpus !== "number" || p.vcpus <= 0)
        fail(`regions.${region}.ec2.${type}.vcpus must be > 0`);
      for (const k of ["onDemandHourly", "spotHourlyTypical"]) {
        if (p[k] !== null && (typeof p[k] !== "number" || p[k] < 0))
          fail(`regions.${region}.ec2.${type}.${k} must be a number >= 0 or null`);
      }
    }
  }
  return t;
}
function instancePrice(table, region, instanceType) {
  return table.regions[region]?.ec2[instanceType];
}
function priceBasisLine(table, region) {
  const basis = table.basis;
  if (basis == null) return table.snapshot;
  const date = basis.onDemand[region];
  return [
    `EC2 on-demand ${region}, ${date ?? "no prices for this region"}`,
    basis.spot != null ? `Spot: typical savings, ${basis.spot}` : void 0,
    basis.sources != null ? `see ${basis.sources}` : void 0
  ].filter((part) => part != null).join("; ");
}

// src/domain/cost/known-sum.ts
function sumKnown(values) {
  let total = 0;
  for (const v of values) {
    if (v == null || !Number.isFinite(v)) return null;
    total += v;
  }
  return total;
}

// src/domain/cost/job-cost.ts
var GIB = 1024 ** 3;
var HOUR = 3600;
function jobCost(args) {
  const { prices, compute, vcpus, memoryBytes, seconds } = args;
  const gpus = args.gpus ?? 0;
  const hours = Math.max(0, seconds) / HOUR;
  if (compute.platform === "fargate") {
    const f = prices.regions[compute.region]?.fargate;
    if (f?.vcpuHourly == null || f.gbHourly == null) {
      return { usd: 0, known: false, note: `no Fargate price for ${compute.region} in the price table` };
    }
    const onDemand2 = hours * (vcpus * f.vcpuHourly + memoryBytes / GIB * f.gbHourly);
    const spot2 = f.spotDiscount == null ? void 0 : onDemand2 * (1 - f.spotDiscount);
    const usd = usesSpot(compute.capacity) && spot2 !== void 0 ? spot2 : onDemand2;
    const note = usesSpot(compute.capacity) && spot2 === void 0 ? "Fargate Spot discount is not published; priced at on-demand" : void 0;
    return { usd, onDemandUsd: onDemand2, spotUsd: spot2, known: true, ...note ? { note } : {} };
  }
  if (!compute.instanceType) return { usd: 0, known: false, note: "no instance-type to price" };
  const p = instancePrice(prices, compute.region, compute.instanceType);
  if (!p) {
    return {
      usd: 0,
      known: false,
      note: `${compute.instanceType} in ${compute.region} is not in the price table`
    };
  }
  const gpuShare = gpus > 0 ? p.gpus > 0 ? gpus / p.gpus : Infinity : 0;
  const share = Math.min(1, Math.max(vcpus / p.vcpus, memoryBytes / GIB / p.memoryGiB, gpuShare));
  const onDemand = p.onDemandHourly == null ? void 0 : hours * share * p.onDemandHourly;
  const spot = p.spotHourlyTypical == null ? void 0 : hours * share * p.spotHourlyTypical;
  const wanted = usesSpot(compute.capacity) ? spot : onDemand;
  if (wanted === void 0) {
    return {
      usd: 0,
      onDemandUsd: onDemand,
      spotUsd: spot,
      known: false,
      note: `no ${usesSpot(compute.capacity) ? "Spot" : "on-demand"} price for ${compute.instanceType} in ${compute.region}`
    };
  }
  return { usd: wanted, onDemandUsd: onDemand, spotUsd: spot, known: true };
}
function usesSpot(capacity) {
  return capacity === "spot" || capacity === "spot-then-on-demand";
}

export {
  parsePriceTable,
  instancePrice,
  priceBasisLine,
  jobCost,
  sumKnown
};
