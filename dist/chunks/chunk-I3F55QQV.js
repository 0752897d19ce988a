import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);

// src/domain/cost/price-table.ts
function parsePriceTable(json, source) {
  const fail = (what) => {
    throw new Error(`${source}: not a batchbench price table: ${what}`);
  };
  if (typeof json !== "object" || json === null) fail("expected a JSON object");
  const t = json;
  if (typeof t.snapshot !== "string") fail('"snapshot" (where and when the prices come from) is missing');
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

export {
  parsePriceTable,
  instancePrice
};
