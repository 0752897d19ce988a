import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  validateCampaignText
} from "./chunk-WZSUM6WQ.js";
import {
  buildPlan
} from "./chunk-JFB5LMO7.js";
import {
  validateExperimentSource
} from "./chunk-OJYSATZJ.js";
import {
  readYamlSource
} from "./chunk-I6QNDUNP.js";
import {
  isUserError
} from "./chunk-NUCGBEER.js";

// src/domain/spec/file-kind.ts
function fileKind(source) {
  const data = source.data;
  return data?.kind === "campaign" ? "campaign" : "experiment";
}

// src/domain/spec/checks/build-context.ts
function buildContextProblems(experiment) {
  const build = experiment.image?.build;
  if (!build) return [];
  const problems = [];
  const contextWhy = escapes(build.context, "the repository");
  if (contextWhy)
    problems.push({
      path: ["image", "build", "context"],
      message: `image.build.context ${JSON.stringify(build.context)} ${contextWhy}`,
      hint: 'give a folder of the repository, relative to its root, e.g. "." or "containers/solver"',
      severity: "error"
    });
  const dockerfileWhy = escapes(build.dockerfile, "the build context");
  if (dockerfileWhy)
    problems.push({
      path: ["image", "build", "dockerfile"],
      message: `image.build.dockerfile ${JSON.stringify(build.dockerfile)} ${dockerfileWhy}`,
      hint: 'give the Dockerfile relative to the build context, e.g. "Dockerfile"',
      severity: "error"
    });
  return problems;
}
function escapes(raw, root) {
  const p = raw.replace(/\\/g, "/");
  if (p.startsWith("/") || /^[A-Za-z]:/.test(p) || p.startsWith("~"))
    return `is an absolute path: it must stay inside ${root}`;
  let depth = 0;
  for (const part of p.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") depth--;
    else if (part.toLowerCase() === ".git") return "is inside .git, which never goes to a build";
    else depth++;
    if (depth < 0) return `climbs out of ${root} with ".."`;
  }
  return void 0;
}

// src/app/check-experiment.ts
function checkExperiment(file, text, options) {
  const source = readYamlSource(text, file);
  if (fileKind(source) === "campaign") {
    return { file, kind: "campaign", problems: validateCampaignText(text, file, source).problems };
  }
  const validated = validateExperimentSource(source, file);
  if (!validated.value) return { file, kind: "experiment", problems: validated.problems };
  const planned = buildPlan(validated.value, options);
  const { plan } = planned;
  const problems = [...planned.problems, ...buildContextProblems(validated.value)];
  const located = problems.map((p) => ({
    file,
    ...validated.locate(p.path),
    message: p.message,
    ...p.hint ? { hint: p.hint } : {},
    severity: p.severity
  }));
  return {
    file,
    kind: "experiment",
    experiment: validated.value,
    plan,
    problems: [...validated.problems, ...located]
  };
}
function hasErrors(problems) {
  return problems.some((p) => p.severity === "error");
}
function unreadable(file, error) {
  if (isUserError(error) && error.location.line === void 0 && !error.hint) {
    return { file, kind: "experiment", problems: [notAFile(file, reasonOf(error))] };
  }
  if (isUserError(error)) {
    const { line = 1, column = 1 } = error.location;
    const hint = error.hint ?? "fix the file and try again";
    return {
      file,
      kind: "experiment",
      // The problem is located in the file already: the reader's reason, without the name again.
      problems: [{ file, line, column, severity: "error", message: reasonOf(error), hint }]
    };
  }
  const code = error.code;
  const reason = error.reason;
  const message = typeof reason === "string" ? reason : code === "ENOENT" ? "no such file" : `cannot read the file (${code ?? String(error)})`;
  return { file, kind: "experiment", problems: [notAFile(file, message)] };
}
function notAFile(file, message) {
  return {
    file,
    line: 1,
    column: 1,
    severity: "error",
    message,
    hint: "give the path of an experiment file, e.g. experiments/monte-carlo-scaling.yaml"
  };
}
function reasonOf(error) {
  const reason = error.reason;
  return typeof reason === "string" ? reason : error.message;
}

export {
  checkExperiment,
  hasErrors,
  unreadable
};
