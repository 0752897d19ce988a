import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  validateCampaignText
} from "./chunk-K3TBYX7Q.js";
import {
  buildPlan
} from "./chunk-IHG27KF4.js";
import {
  validateExperimentText
} from "./chunk-VW7L6ZQL.js";
import {
  readYamlSource
} from "./chunk-Q3NR4BZE.js";

// src/domain/spec/file-kind.ts
function fileKind(text, file) {
  const data = readYamlSource(text, file).data;
  return data?.kind === "campaign" ? "campaign" : "experiment";
}

// src/app/check-experiment.ts
function checkExperiment(file, text, options) {
  if (fileKind(text, file) === "campaign") {
    return { file, kind: "campaign", problems: validateCampaignText(text, file).problems };
  }
  const validated = validateExperimentText(text, file);
  if (!validated.value) return { file, kind: "experiment", problems: validated.problems };
  const { plan, problems } = buildPlan(validated.value, options);
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
  const code = error.code;
  return {
    file,
    kind: "experiment",
    problems: [
      {
        file,
        line: 1,
        column: 1,
        severity: "error",
        message: code === "ENOENT" ? "no such file" : `cannot read the file (${code ?? String(error)})`,
        hint: "give the path of an experiment file, e.g. experiments/monte-carlo-scaling.yaml"
      }
    ]
  };
}

export {
  checkExperiment,
  hasErrors,
  unreadable
};
