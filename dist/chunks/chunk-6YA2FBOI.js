import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);

// src/domain/campaign/architecture.ts
function cpuMaker(family, prices, region) {
  const tables = region ? [prices?.regions[region]] : Object.values(prices?.regions ?? {});
  for (const table of tables) {
    for (const [type, p] of Object.entries(table?.ec2 ?? {})) {
      if (type.split(".")[0] !== family) continue;
      if (p.cpu === "intel" || p.cpu === "amd" || p.cpu === "graviton") return p.cpu;
    }
  }
  const letter = /^[a-z]+\d+([a-z])/.exec(family)?.[1];
  return letter === "i" ? "intel" : letter === "a" ? "amd" : letter === "g" ? "graviton" : void 0;
}
function archOf(maker) {
  if (maker === void 0) return void 0;
  return maker === "graviton" ? "arm64" : "x86_64";
}

export {
  cpuMaker,
  archOf
};
