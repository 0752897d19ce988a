import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  campaignMarkdown,
  campaignTerminal,
  capacityOf,
  chooseBackend,
  pickWindow,
  planCampaignText,
  runWindow
} from "./chunk-VICV5X6C.js";
import {
  isoWeekOf,
  parseIsoWeek,
  queueFor,
  queueTemplateProblem
} from "./chunk-QG7SO5B7.js";
import {
  EXIT,
  UsageError,
  formatProblem
} from "./chunk-DH4O3VIN.js";
import {
  TerminalProgress
} from "./chunk-ZOLYW6JJ.js";
import "./chunk-27H7M3G6.js";
import "./chunk-CEQQMJ4M.js";
import "./chunk-WZLYGAHJ.js";
import "./chunk-76HS77CX.js";
import "./chunk-L6TZSNCT.js";
import "./chunk-ZEPKX7LH.js";
import "./chunk-OC537YOA.js";
import "./chunk-TK2KBLDO.js";
import "./chunk-IUIKERM2.js";
import "./chunk-S2V6XSF3.js";
import "./chunk-6YA2FBOI.js";
import "./chunk-E24LLZCP.js";
import "./chunk-K3TBYX7Q.js";
import {
  ConfigurationError
} from "./chunk-5IC2YQ4X.js";
import "./chunk-IHG27KF4.js";
import "./chunk-VW7L6ZQL.js";
import {
  loadPrices
} from "./chunk-KVZNUJPT.js";
import {
  require_dist
} from "./chunk-Q3NR4BZE.js";
import "./chunk-I3F55QQV.js";
import {
  formatDuration
} from "./chunk-WZ3PWTB2.js";
import {
  __toESM
} from "./chunk-YOF47TSW.js";

// src/cli/campaign.ts
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";

// src/domain/campaign/queues-template.ts
var import_yaml = __toESM(require_dist(), 1);
var DEFAULT_QUEUE_PREFIX = "bench";
function defaultQueuePatterns(prefix = DEFAULT_QUEUE_PREFIX) {
  return { queue: `${prefix}-{instance-type}`, spotQueue: `${prefix}-spot-{instance-type}` };
}
var ref = (name) => ({ Ref: name });
function campaignQueuesTemplate(c, patterns) {
  const types = typeQueues(c, patterns);
  const anySpot = types.some((t) => t.spotQueue !== void 0);
  const used = anySpot ? [patterns.queue, patterns.spotQueue] : [patterns.queue];
  for (const pattern of used) {
    const problem = queueTemplateProblem(pattern);
    if (problem) return { problem };
    if (pattern.startsWith("arn:"))
      return { problem: `"${pattern}" is an ARN: give the queue name pattern, the stack makes the ARNs` };
  }
  const names = /* @__PURE__ */ new Map();
  const ids = /* @__PURE__ */ new Map();
  for (const t of types) {
    for (const name of [t.queue, ...t.spotQueue === void 0 ? [] : [t.spotQueue]]) {
      const other2 = names.get(name);
      if (other2 !== void 0)
        return {
          problem: `queue ${name} would be made for ${other2} and for ${t.instanceType}: give each instance type its own name, e.g. with {instance-type}`
        };
      names.set(name, t.instanceType);
    }
    const other = ids.get(t.id);
    if (other !== void 0)
      return { problem: `${other} and ${t.instanceType} give the same CloudFormation logical id ${t.id}` };
    ids.set(t.id, t.instanceType);
  }
  const resources = {};
  for (const t of types) {
    resources[`${t.id}ComputeEnvironment`] = computeEnvironment(t, "on-demand");
    resources[`${t.id}Queue`] = jobQueue(t.queue, `${t.id}ComputeEnvironment`);
    if (t.spotQueue !== void 0) {
      resources[`${t.id}SpotComputeEnvironment`] = computeEnvironment(t, "spot");
      resources[`${t.id}SpotQueue`] = jobQueue(t.spotQueue, `${t.id}SpotComputeEnvironment`);
    }
  }
  resources.GitHubActionsSubmitToCampaignQueues = {
    Type: "AWS::IAM::Policy",
    Condition: "GrantGitHubActionsRole",
    Properties: {
      PolicyName: { "Fn::Sub": "${AWS::StackName}-submit" },
      Roles: [ref("GitHubActionsRoleName")],
      PolicyDocument: {
        Version: "2012-10-17",
        Statement: [
          {
            // The base stack's role already allows SubmitJob on the job definitions.
            Sid: "SubmitToCampaignQueues",
            Effect: "Allow",
            Action: "batch:SubmitJob",
            Resource: types.flatMap((t) => [
              ref(`${t.id}Queue`),
              ...t.spotQueue === void 0 ? [] : [ref(`${t.id}SpotQueue`)]
            ])
          }
        ]
      }
    }
  };
  const outputs = {
    QueuePattern: {
      Description: "--queue of batchbench campaign run (queue input of the campaign action).",
      Value: patterns.queue
    }
  };
  if (anySpot)
    outputs.SpotQueuePattern = {
      Description: "--spot-queue of batchbench campaign run (spot-queue input of the campaign action).",
      Value: patterns.spotQueue
    };
  return {
    types,
    template: {
      AWSTemplateFormatVersion: "2010-09-09",
      Description: `AWS Batch queues of the campaign ${oneLine(c.name)}: one queue per instance type on a compute environment allowed that type alone, so each benchmark runs on the type it is named after.`,
      Parameters: {
        SubnetIds: {
          Type: "List<AWS::EC2::Subnet::Id>",
          Description: "The SubnetIds the base stack (infra/batchbench.cfn.yaml) was deployed with."
        },
        SecurityGroupIds: {
          Type: "List<AWS::EC2::SecurityGroup::Id>",
          Description: "The SecurityGroupIds the base stack was deployed with."
        },
        InstanceProfileArn: {
          Type: "String",
          AllowedPattern: "^arn:aws[a-z-]*:iam::[0-9]{12}:instance-profile/.+$",
          Description: "The InstanceProfileArn output of the base stack."
        },
        MaxvCpusPerType: {
          Type: "Number",
          Default: 256,
          MinValue: 1,
          Description: "Upper bound of vCPUs of each compute environment (the cost ceiling of one instance type)."
        },
        BatchServiceRoleArn: {
          Type: "String",
          Default: "",
          AllowedPattern: "^$|^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$",
          Description: "Empty for the AWSServiceRoleForBatch service-linked role; the BatchServiceRoleArn of the base stack when it names one."
        },
        GitHubActionsRoleName: {
          Type: "String",
          Default: "",
          AllowedPattern: "^$|^[A-Za-z0-9+=,.@_-]{1,64}$",
          Description: "The name of the base stack's GitHub Actions role (the last part of its GitHubActionsRoleArn output), allowed to submit to these queues; empty for none."
        }
      },
      Conditions: {
        ExplicitServiceRole: { "Fn::Not": [{ "Fn::Equals": [ref("BatchServiceRoleArn"), ""] }] },
        GrantGitHubActionsRole: { "Fn::Not": [{ "Fn::Equals": [ref("GitHubActionsRoleName"), ""] }] }
      },
      Resources: resources,
      Outputs: outputs
    }
  };
}
function typeQueues(c, patterns) {
  return c.families.flatMap(
    (family) => c.sizes.map((size) => {
      const t = { instanceType: `${family}.${size}`, family, size };
      return {
        ...t,
        id: logicalId(t.instanceType),
        queue: queueFor(patterns.queue, t),
        ...capacityOf(size, c) === "on-demand" ? {} : { spotQueue: queueFor(patterns.spotQueue, t) }
      };
    })
  );
}
function logicalId(instanceType) {
  return instanceType.split(/[^A-Za-z0-9]+/).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("");
}
function computeEnvironment(t, capacity) {
  return {
    Type: "AWS::Batch::ComputeEnvironment",
    Properties: {
      Type: "MANAGED",
      State: "ENABLED",
      ServiceRole: { "Fn::If": ["ExplicitServiceRole", ref("BatchServiceRoleArn"), ref("AWS::NoValue")] },
      ComputeResources: {
        ...capacity === "spot" ? (
          // Capacity-optimised pools of one type lower the chance of a reclaim mid-benchmark.
          { Type: "SPOT", AllocationStrategy: "SPOT_CAPACITY_OPTIMIZED" }
        ) : { Type: "EC2", AllocationStrategy: "BEST_FIT_PROGRESSIVE" },
        // Zero when idle: no instance runs between the campaign's windows.
        MinvCpus: 0,
        MaxvCpus: ref("MaxvCpusPerType"),
        // The one type this environment may launch: what pins the queue's jobs to it.
        InstanceTypes: [t.instanceType],
        Subnets: ref("SubnetIds"),
        SecurityGroupIds: ref("SecurityGroupIds"),
        InstanceRole: ref("InstanceProfileArn"),
        Tags: {
          Name: capacity === "spot" ? t.spotQueue : t.queue,
          "batchbench:capacity": capacity,
          "batchbench:instance-type": t.instanceType
        }
      }
    }
  };
}
function jobQueue(name, environment) {
  return {
    Type: "AWS::Batch::JobQueue",
    Properties: {
      JobQueueName: name,
      State: "ENABLED",
      Priority: 1,
      ComputeEnvironmentOrder: [{ Order: 1, ComputeEnvironment: ref(environment) }]
    }
  };
}
var oneLine = (s) => s.replace(/\s+/g, " ");
function renderQueuesTemplate(c, patterns, built, command) {
  const anySpot = built.types.some((t) => t.spotQueue !== void 0);
  const stack = `${c.name.replace(/[^A-Za-z0-9-]/g, "-").replace(/^[^A-Za-z]+/, "")}-queues`;
  const run = `--queue '${patterns.queue}'${anySpot ? ` --spot-queue '${patterns.spotQueue}'` : ""}`;
  const header = [
    `Generated by: ${oneLine(command)}`,
    `${built.types.length} instance types, ${built.types.filter((t) => t.spotQueue !== void 0).length} of them also on Spot. Deploy it on the outputs of the base stack`,
    "(infra/batchbench.cfn.yaml) with:",
    `  aws cloudformation deploy --stack-name ${stack} --template-file <this file> \\`,
    "    --capabilities CAPABILITY_IAM --parameter-overrides \\",
    "    SubnetIds=<subnet-a,subnet-b> SecurityGroupIds=<sg-1> \\",
    "    InstanceProfileArn=<InstanceProfileArn output of the base stack> \\",
    "    GitHubActionsRoleName=<last part of its GitHubActionsRoleArn output>",
    "then run the campaign with",
    `  batchbench campaign run ${oneLine(c.file)} ${run} ...`,
    "(the queue and spot-queue inputs of the campaign action)."
  ].map((line) => `# ${line}`).join("\n");
  return `${header}
${(0, import_yaml.stringify)(built.template, { version: "1.1", lineWidth: 0, singleQuote: true })}`;
}

// src/domain/campaign/render-plan.ts
function renderCampaignPlan(plan) {
  const lines = [
    `${plan.campaign}, week ${plan.week} (${plan.region}): ${plan.totals.jobs} jobs on ${plan.totals.instanceTypes} instance types, estimated $${plan.totals.usd.toFixed(2)} ($${plan.totals.onDemandUsd.toFixed(2)} all on demand)`,
    `variants: ${plan.totals.variants.join(", ")}`,
    "",
    "day  date        window      jobs  busy      makespan/length  peak  cost"
  ];
  for (const w of plan.windows) {
    if (w.jobs === 0) continue;
    lines.push(
      `${String(w.day).padEnd(4)} ${w.date}  ${w.window.padEnd(10)}  ${String(w.jobs).padStart(4)}  ${formatDuration(w.jobSeconds).padEnd(8)}  ${`${formatDuration(w.makespanSeconds)}/${formatDuration(w.lengthSeconds)}`.padEnd(15)}  ${String(w.peakConcurrent).padStart(4)}  $${w.usd.toFixed(2)}`
    );
  }
  lines.push(
    "",
    "per day: " + plan.days.map((d) => `${d.date} ${d.jobs} jobs $${d.usd.toFixed(2)}`).join("; "),
    ""
  );
  for (const c of plan.constraints) lines.push(`${c.ok ? "ok  " : "FAIL"} ${c.name}: ${c.detail}`);
  for (const w of plan.warnings) lines.push(`warning: ${w}`);
  return `${lines.join("\n")}
`;
}

// src/cli/campaign.ts
var CAMPAIGN_USAGE = `Campaigns (kind: campaign files, EXPERIMENT-SPEC.md section 5):
  batchbench campaign plan FILE [--week 2026-W48] [--output plan.json]   the week's jobs; runs nothing
  batchbench campaign run FILE --window current|NAME [--day N] [--week W] [--backend local|aws-batch] [--history-dir DIR]
      aws-batch: on-demand jobs on --queue (or BATCHBENCH_QUEUE), Spot jobs on --spot-queue (or
      BATCHBENCH_SPOT_QUEUE) falling back to --queue, image from --image-uri, runs and history in
      results.store; run again for the same window, it carries on with the jobs already submitted.
      Batch cannot pin a job to an instance type: a queue with {instance-type} (or {family},
      {size}) is one queue per type, e.g. --queue bench-{instance-type} -> bench-m7i-large
  batchbench campaign queues FILE [--prefix P] [--queue PATTERN] [--spot-queue PATTERN]
      prints a CloudFormation template (YAML) of those queues, one per instance type of the file
      (on-demand, and Spot for its Spot sizes), to deploy on the outputs of infra/batchbench.cfn.yaml;
      queues default to P-{instance-type} and P-spot-{instance-type}, P to bench
`;
async function campaignCommand(args, values, io) {
  const [sub, ...rest] = args;
  if (sub === "plan") return planSub(rest, values, io);
  if (sub === "run") return runSub(rest, values, io);
  if (sub === "queues") return queuesSub(rest, values, io);
  throw new UsageError(
    `campaign takes "plan", "run" or "queues", not ${sub === void 0 ? "nothing" : `"${sub}"`}

${CAMPAIGN_USAGE}`
  );
}
function weekOption(values, now) {
  const raw = values.week;
  if (raw === void 0) return isoWeekOf(now);
  const week = parseIsoWeek(raw);
  if (!week) throw new UsageError(`--week takes an ISO week such as 2026-W48, not "${raw}"`);
  return week;
}
async function checkCampaignFile(file, values, io, week) {
  const checked = await planCampaignFile(file, values, io, week);
  for (const p of checked.problems) io.stderr.write(`${formatProblem(p)}
`);
  return checked;
}
async function planCampaignFile(file, values, io, week) {
  let text;
  try {
    text = await readFile(path.resolve(io.cwd, file), "utf8");
  } catch (error) {
    const code = error.code;
    return {
      problems: [
        {
          file,
          line: 1,
          column: 1,
          severity: "error",
          message: code === "ENOENT" ? "no such file" : `cannot read the file (${code ?? error.message})`,
          hint: "give the path of a campaign file, e.g. experiments/weekly-instance-benchmarks.yaml"
        }
      ]
    };
  }
  const prices = await loadPrices(values.prices);
  return { ...planCampaignText(file, text, week, prices), prices };
}
async function planSub(args, values, io) {
  if (args.length !== 1) throw new UsageError("campaign plan takes one file");
  const week = weekOption(values, Date.now());
  const checked = await checkCampaignFile(args[0], values, io, week);
  if (!checked.plan) return EXIT.usage;
  const json = values.json === true || values.output?.endsWith(".json") === true;
  const text = json ? `${JSON.stringify(checked.plan, null, 2)}
` : renderCampaignPlan(checked.plan);
  if (values.output) {
    await writeFile(path.resolve(io.cwd, values.output), text);
    io.stderr.write(
      `${checked.plan.jobs.length} jobs for ${checked.plan.week} written to ${values.output}
`
    );
  } else io.stdout.write(text);
  return EXIT.ok;
}
async function queuesSub(args, values, io) {
  if (args.length !== 1) throw new UsageError("campaign queues takes one file");
  const prefix = values.prefix ?? DEFAULT_QUEUE_PREFIX;
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(prefix))
    throw new UsageError(`--prefix takes letters, digits, '-' and '_', not "${prefix}"`);
  const defaults = defaultQueuePatterns(prefix);
  const patterns = {
    queue: values.queue ?? defaults.queue,
    spotQueue: values["spot-queue"] ?? defaults.spotQueue
  };
  const checked = await checkCampaignFile(args[0], values, io, weekOption(values, Date.now()));
  if (!checked.plan || !checked.campaign) return EXIT.usage;
  const built = campaignQueuesTemplate(checked.campaign, patterns);
  if ("problem" in built) throw new UsageError(built.problem);
  const given = [
    ...values.prefix !== void 0 ? [`--prefix ${values.prefix}`] : [],
    ...values.queue !== void 0 ? [`--queue '${values.queue}'`] : [],
    ...values["spot-queue"] !== void 0 ? [`--spot-queue '${values["spot-queue"]}'`] : []
  ];
  const command = ["batchbench campaign queues", args[0], ...given].join(" ");
  io.stdout.write(renderQueuesTemplate(checked.campaign, patterns, built, command));
  return EXIT.ok;
}
var NAMES = {
  backend: "campaign run: --backend",
  window: "--window",
  day: "--day",
  queue: "--queue (or BATCHBENCH_QUEUE)",
  spotQueue: "--spot-queue (or BATCHBENCH_SPOT_QUEUE)",
  imageUri: "--image-uri",
  historyDir: "--history-dir"
};
async function asUsage(work) {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ConfigurationError) throw new UsageError(error.message);
    throw error;
  }
}
async function runSub(args, values, io) {
  if (args.length !== 1) throw new UsageError("campaign run takes one file");
  const choice = await asUsage(
    () => chooseBackend(
      {
        ...values.backend !== void 0 ? { backend: values.backend } : {},
        ...values.queue !== void 0 ? { queue: values.queue } : {},
        ...values["spot-queue"] !== void 0 ? { spotQueue: values["spot-queue"] } : {},
        ...values["image-uri"] !== void 0 ? { imageUri: values["image-uri"] } : {}
      },
      io.env,
      NAMES
    )
  );
  const now = Date.now();
  const week = weekOption(values, now);
  const checked = await checkCampaignFile(args[0], values, io, week);
  const { campaign: c, plan, prices } = checked;
  if (!plan || !c || !prices) return EXIT.usage;
  const picked = await asUsage(
    () => pickWindow(
      c,
      week,
      now,
      {
        ...values.window !== void 0 ? { window: values.window } : {},
        ...values.day !== void 0 ? { day: values.day } : {}
      },
      NAMES
    )
  );
  if ("closed" in picked) {
    io.stderr.write(`batchbench campaign: ${picked.closed}
`);
    return EXIT.ok;
  }
  const { outcome } = await asUsage(
    () => runWindow(
      {
        campaign: c,
        plan,
        ...picked,
        choice,
        names: NAMES,
        ...values["history-dir"] !== void 0 ? { historyDir: values["history-dir"] } : {},
        runsDir: values["runs-dir"] ?? ".batchbench/runs",
        cwd: io.cwd,
        env: io.env,
        log: (line) => io.stderr.write(`${line}
`)
      },
      {
        prices,
        progress: new TerminalProgress(io.stderr),
        now: Date.now,
        sleep: (ms) => delay(ms, void 0, { signal: io.signal }).catch(() => void 0),
        signal: io.signal
      }
    )
  );
  const text = values.format === "markdown" ? campaignMarkdown(outcome.summary) : campaignTerminal(outcome.summary);
  if (values.output) await writeFile(path.resolve(io.cwd, values.output), text);
  else io.stdout.write(text);
  if (io.signal.aborted) return EXIT.interrupted;
  const regressed = outcome.summary.comparisons.some((x) => x.verdict === "regression");
  return outcome.summary.failed > 0 || regressed ? EXIT.failed : EXIT.ok;
}
export {
  CAMPAIGN_USAGE,
  campaignCommand,
  checkCampaignFile,
  weekOption
};
