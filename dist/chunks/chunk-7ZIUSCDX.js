import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);

// src/adapters/github/workspace-files.ts
import { readdir } from "node:fs/promises";
import path from "node:path";
async function expandPatterns(patterns, cwd) {
  const out = /* @__PURE__ */ new Set();
  let all;
  for (const pattern of patterns) {
    if (!/[*?{]/.test(pattern)) {
      out.add(pattern);
      continue;
    }
    all ??= await walk(cwd, "");
    const re = globToRegExp(pattern.replace(/^\.\//, ""));
    for (const file of all) if (re.test(file)) out.add(file);
  }
  return [...out].sort();
}
function matchesGlob(file, pattern) {
  return globToRegExp(pattern.replace(/^\.\//, "")).test(file);
}
function globToRegExp(pattern) {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*" && pattern[i + 1] === "*") {
      if (pattern[i + 2] === "/") {
        re += "(?:.*/)?";
        i += 2;
      } else {
        re += ".*";
        i += 1;
      }
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "{") {
      const end = pattern.indexOf("}", i);
      if (end < 0) re += "\\{";
      else {
        re += `(?:${pattern.slice(i + 1, end).split(",").map((alt) => alt.replace(/[.+^$()|[\]\\]/g, "\\$&")).join("|")})`;
        i = end;
      }
    } else re += c.replace(/[.+^$()|[\]\\}]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}
async function walk(root, rel) {
  const entries = await readdir(path.join(root, rel), { withFileTypes: true }).catch(() => []);
  const files = [];
  for (const e of entries) {
    if (e.name === ".git" || e.name === "node_modules") continue;
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) files.push(...await walk(root, child));
    else if (e.isFile()) files.push(child);
  }
  return files;
}

export {
  expandPatterns,
  matchesGlob,
  globToRegExp
};
