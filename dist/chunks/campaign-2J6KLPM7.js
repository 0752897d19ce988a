import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  campaignMarkdown,
  campaignTerminal,
  capacityOf,
  chooseBackend,
  loadCampaignFile,
  pickWindow,
  queueFor,
  queueTemplateProblem,
  queuesNotNeeded,
  runWindow,
  weekOf
} from "./chunk-CH6XJFDI.js";
import "./chunk-YGPHIHKY.js";
import {
  TerminalProgress
} from "./chunk-6SZGK2TF.js";
import {
  OUTPUT_FLAGS,
  chooseFormat
} from "./chunk-WTW4DXNT.js";
import {
  EXIT
} from "./chunk-IZIHHEVQ.js";
import {
  parseFlags,
  pickFlags,
  single,
  usageError
} from "./chunk-MCZE7JDI.js";
import "./chunk-BXX3FDER.js";
import "./chunk-K2FX43V4.js";
import {
  registeredBackendList,
  registeredBackendNames
} from "./chunk-VIHL2KRB.js";
import "./chunk-ORBO64A7.js";
import "./chunk-ET2Z5CFO.js";
import "./chunk-25XNE3DY.js";
import "./chunk-XQA4ZAUC.js";
import "./chunk-2EARJU2W.js";
import "./chunk-6YA2FBOI.js";
import "./chunk-T4VO73CT.js";
import {
  pricesAt
} from "./chunk-YYVGTQZX.js";
import "./chunk-A44LHXHL.js";
import {
  formatProblem,
  require_dist
} from "./chunk-SIQR2AZH.js";
import {
  formatDuration
} from "./chunk-YTWLBMZJ.js";
import "./chunk-7LCVCKSI.js";
import "./chunk-AESLYFF2.js";
import "./chunk-OE34II5Z.js";
import "./chunk-ADRHWOWG.js";
import "./chunk-NUCGBEER.js";
import {
  __export,
  __toESM
} from "./chunk-YOF47TSW.js";

// src/cli/commands/campaign-plan.ts
var campaign_plan_exports = {};
__export(campaign_plan_exports, {
  flags: () => flags,
  help: () => help,
  run: () => run
});
import { writeFile } from "node:fs/promises";
import path from "node:path";

// src/domain/campaign/render-plan.ts
function renderCampaignPlan(plan) {
  const lines = [
    `${plan.campaign}, week ${plan.week} (${plan.nodeTypes ? "cluster" : plan.region}): ${plan.totals.jobs} jobs on ${plan.totals.instanceTypes} ${plan.nodeTypes ? "node" : "instance"} types, estimated ${usd2(plan.totals.usd)}${allOnDemand(plan)}`,
    `variants: ${plan.totals.variants.join(", ")}`,
    `prices: ${plan.priceSnapshot}`,
    "",
    "day  date        window      jobs  busy      makespan/length  peak  cost"
  ];
  for (const w of plan.windows) {
    if (w.jobs === 0) continue;
    lines.push(
      `${String(w.day).padEnd(4)} ${w.date}  ${w.window.padEnd(10)}  ${String(w.jobs).padStart(4)}  ${formatDuration(w.jobSeconds).padEnd(8)}  ${`${formatDuration(w.makespanSeconds)}/${formatDuration(w.lengthSeconds)}`.padEnd(15)}  ${String(w.peakConcurrent).padStart(4)}  ${usd2(w.usd)}`
    );
  }
  lines.push("", "per day:");
  for (const d of plan.days) lines.push(`  ${d.date}  ${String(d.jobs).padStart(4)} jobs  ${usd2(d.usd)}`);
  lines.push("");
  for (const c of plan.constraints) lines.push(`${c.ok ? "ok  " : "FAIL"} ${c.name}: ${c.detail}`);
  for (const w of plan.warnings) lines.push(`warning: ${w}`);
  return `${lines.join("\n")}
`;
}
function allOnDemand(plan) {
  return plan.nodeTypes ? "" : ` (${usd2(plan.totals.onDemandUsd)} all on demand)`;
}
function usd2(usd) {
  return usd === null ? "unknown" : `$${usd.toFixed(2)}`;
}

// src/cli/campaign-file.ts
async function checkCampaignFile(file, pricesFile, io, week) {
  const prices = await pricesAt(pricesFile, io.cwd);
  const checked = await loadCampaignFile(file, week, { cwd: io.cwd, allowNamedOutside: true, prices });
  for (const p of checked.problems) io.stderr.write(`${formatProblem(p)}
`);
  return checked;
}

// src/cli/commands/campaign-plan.ts
var flags = { ...OUTPUT_FLAGS, ...pickFlags("week", "prices") };
var help = `batchbench campaign plan: a campaign's week of jobs, within its limits; runs nothing

Usage:
  batchbench campaign plan FILE [--week 2026-W48] [--json] [--output plan.json]

Every job gets its instance type, variant, day, window, wave and capacity, within the file's
max-daily-jobs and max-concurrent; or the command says which limit cannot be met, by how much,
and exits 2.

Flags:
  --week W            the ISO week to plan (default: this week)
  --json              the plan as JSON on stdout
  --format F          terminal (default) or json
  --output FILE       write the plan to FILE (JSON when FILE ends in .json)
  --prices FILE       estimate with this price table instead of the shipped one
  -h, --help          this help

Examples:
  batchbench campaign plan experiments/weekly-instance-benchmarks.yaml --week 2026-W48
  batchbench campaign plan experiments/weekly-instance-benchmarks.yaml --output plan.json
`;
async function run(argv, io) {
  const { values, positionals } = parseFlags(argv, flags, "campaign plan");
  const file = single(positionals, "campaign plan");
  const toJsonFile = values.format === void 0 && values.output?.endsWith(".json") === true;
  const format = toJsonFile ? "json" : chooseFormat("campaign plan", values, ["terminal", "json"]);
  const week = weekOf(values.week, Date.now(), "--week");
  const checked = await checkCampaignFile(file, values.prices, io, week);
  if (!checked.plan) return EXIT.usage;
  const text = format === "json" ? `${JSON.stringify(checked.plan, null, 2)}
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

// src/cli/commands/campaign-queues.ts
var campaign_queues_exports = {};
__export(campaign_queues_exports, {
  flags: () => flags2,
  help: () => help2,
  run: () => run2
});

// src/domain/campaign/queues-template.ts
var import_yaml = __toESM(require_dist(), 1);
var DEFAULT_QUEUE_PREFIX = "bench";
function defaultQueuePatterns(prefix = DEFAULT_QUEUE_PREFIX) {
  return { queue: `${prefix}-{instance-type}`, spotQueue: `${prefix}-spot-{instance-type}` };
}
var ref = (name) => ({ Ref: name });
function campaignQueuesTemplate(c, patterns) {
  const noQueues = queuesNotNeeded(c);
  if (noQueues) return { problem: noQueues };
  const types = typeQueues(c, patterns);
  const anySpot = types.some((t) => t.spotQueue !== void 0);
  const problem = namingProblem(types, anySpot ? [patterns.queue, patterns.spotQueue] : [patterns.queue]);
  if (problem) return { problem };
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
      Parameters: PARAMETERS,
      Conditions: {
        ExplicitServiceRole: { "Fn::Not": [{ "Fn::Equals": [ref("BatchServiceRoleArn"), ""] }] },
        GrantGitHubActionsRole: { "Fn::Not": [{ "Fn::Equals": [ref("GitHubActionsRoleName"), ""] }] }
      },
      Resources: queueResources(types),
      Outputs: outputs
    }
  };
}
function namingProblem(types, patterns) {
  for (const pattern of patterns) {
    const problem = queueTemplateProblem(pattern);
    if (problem) return problem;
    if (pattern.startsWith("arn:"))
      return `"${pattern}" is an ARN: give the queue name pattern, the stack makes the ARNs`;
  }
  const names = /* @__PURE__ */ new Map();
  const ids = /* @__PURE__ */ new Map();
  for (const t of types) {
    for (const name of [t.queue, ...t.spotQueue === void 0 ? [] : [t.spotQueue]]) {
      const other2 = names.get(name);
      if (other2 !== void 0)
        return `queue ${name} would be made for ${other2} and for ${t.instanceType}: give each instance type its own name, e.g. with {instance-type}`;
      names.set(name, t.instanceType);
    }
    const other = ids.get(t.id);
    if (other !== void 0)
      return `${other} and ${t.instanceType} give the same CloudFormation logical id ${t.id}`;
    ids.set(t.id, t.instanceType);
  }
  return void 0;
}
function queueResources(types) {
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
  return resources;
}
var PARAMETERS = {
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
};
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
  const run5 = `--queue '${patterns.queue}'${anySpot ? ` --spot-queue '${patterns.spotQueue}'` : ""}`;
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
    `  batchbench campaign run ${oneLine(c.file)} ${run5} ...`,
    "(the queue and spot-queue inputs of the campaign action)."
  ].map((line) => `# ${line}`).join("\n");
  return `${header}
${(0, import_yaml.stringify)(built.template, { version: "1.1", lineWidth: 0, singleQuote: true })}`;
}

// src/cli/commands/campaign-queues.ts
var flags2 = pickFlags("prefix", "queue", "spot-queue", "prices");
var help2 = `batchbench campaign queues: a CloudFormation template of a campaign's Batch queues

Usage:
  batchbench campaign queues FILE [--prefix P] [--queue PATTERN] [--spot-queue PATTERN]

Batch cannot pin a job to an instance type, so a campaign runs each type on its own queue.
This prints (YAML, on stdout) one on-demand queue per instance type of the file, and a Spot
queue for its Spot sizes, to deploy on the outputs of infra/batchbench.cfn.yaml
(docs/aws-setup.md). A pattern's {instance-type}, {family} and {size} are filled in per type.

Flags:
  --prefix P          the queues' name prefix (default ${DEFAULT_QUEUE_PREFIX}): P-{instance-type}, P-spot-{instance-type}
  --queue PATTERN     the on-demand queue names instead, e.g. bench-{instance-type}
  --spot-queue PATTERN the Spot queue names instead, e.g. bench-spot-{instance-type}
  --prices FILE       check the file with this price table instead of the shipped one
  -h, --help          this help

Examples:
  batchbench campaign queues experiments/weekly-instance-benchmarks.yaml > queues.cfn.yaml
  batchbench campaign queues experiments/weekly-instance-benchmarks.yaml --prefix nightly
`;
async function run2(argv, io) {
  const { values, positionals } = parseFlags(argv, flags2, "campaign queues");
  const file = single(positionals, "campaign queues");
  const prefix = values.prefix ?? DEFAULT_QUEUE_PREFIX;
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(prefix))
    throw usageError("campaign queues", `--prefix takes letters, digits, '-' and '_', not "${prefix}"`);
  const defaults = defaultQueuePatterns(prefix);
  const patterns = {
    queue: values.queue ?? defaults.queue,
    spotQueue: values["spot-queue"] ?? defaults.spotQueue
  };
  const checked = await checkCampaignFile(file, values.prices, io, weekOf(void 0, Date.now(), "--week"));
  if (!checked.plan || !checked.campaign) return EXIT.usage;
  const built = campaignQueuesTemplate(checked.campaign, patterns);
  if ("problem" in built) throw usageError("campaign queues", built.problem);
  const given2 = [
    ...values.prefix !== void 0 ? [`--prefix ${values.prefix}`] : [],
    ...values.queue !== void 0 ? [`--queue '${values.queue}'`] : [],
    ...values["spot-queue"] !== void 0 ? [`--spot-queue '${values["spot-queue"]}'`] : []
  ];
  const command = ["batchbench campaign queues", file, ...given2].join(" ");
  io.stdout.write(renderQueuesTemplate(checked.campaign, patterns, built, command));
  return EXIT.ok;
}

// src/cli/commands/campaign-run.ts
import { writeFile as writeFile2 } from "node:fs/promises";
import path2 from "node:path";
import { setTimeout as delay } from "node:timers/promises";
var flags3 = {
  ...OUTPUT_FLAGS,
  ...pickFlags(
    "window",
    "day",
    "week",
    "backend",
    "queue",
    "spot-queue",
    "image-uri",
    "history-dir",
    "runs-dir",
    "prices"
  )
};
function help3() {
  return `batchbench campaign run: run one window of a campaign's week and compare with earlier weeks

Usage:
  batchbench campaign run FILE --window current|NAME [--day N] [--week W] [--backend ${registeredBackendNames().join("|")}]

Runs the window's share of the week's plan, appends the results to the history and compares
each benchmark with earlier weeks. Run again for the same window and it carries on with the
jobs already started or submitted.

Flags:
  --window W          current (the window open now; outside every window: says so, exits 0) or a window's name
  --day N             with a named window: the day of the week, 1 (Monday) to 7
  --week W            the ISO week (default: this week)
  --backend B         ${registeredBackendList()} (default local): aws-batch places each job by queue, and a
                      campaign on a cluster's node types goes to that cluster's backend
  --queue Q           aws-batch: the on-demand queue (or BATCHBENCH_QUEUE); {instance-type},
                      {family} and {size} make it one queue per instance type, e.g. bench-{instance-type}
  --spot-queue Q      aws-batch: the Spot queue (or BATCHBENCH_SPOT_QUEUE), falling back to --queue
  --image-uri URI     aws-batch: the image the benchmarks run in
  --history-dir DIR   where the history is kept, for a backend keeping runs in a folder (default:
                      the file's results.store, .batchbench/history); aws-batch keeps runs and
                      history in the file's results.store
  --runs-dir DIR      where the window's runs are kept, for a backend keeping runs in a folder
                      (default .batchbench/runs); on a cluster, a folder every node sees
  --prices FILE       price with this table instead of the shipped one
  --format F          terminal (default), markdown or json
  --json              the window's summary as JSON on stdout (the same as --format json)
  --output FILE       write the summary to FILE instead of stdout
  -h, --help          this help

Exits 0 when every job succeeded and nothing regressed, 1 when a job failed or a benchmark
regressed, 2 on bad input, 130 when interrupted.

Examples:
  batchbench campaign run experiments/weekly-instance-benchmarks.yaml --window current
  batchbench campaign run experiments/weekly-instance-benchmarks.yaml --window morning --day 1 --backend aws-batch --queue 'bench-{instance-type}' --image-uri 123456789012.dkr.ecr.us-east-1.amazonaws.com/bench:latest
`;
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
function given(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
}
async function run3(argv, io) {
  const { values, positionals } = parseFlags(argv, flags3, "campaign run");
  const file = single(positionals, "campaign run");
  const format = chooseFormat("campaign run", values, ["terminal", "markdown", "json"]);
  const choice = chooseBackend(
    given({
      backend: values.backend,
      queue: values.queue,
      spotQueue: values["spot-queue"],
      imageUri: values["image-uri"]
    }),
    io.env,
    NAMES
  );
  const now = Date.now();
  const week = weekOf(values.week, now, "--week");
  const { campaign, plan, prices } = await checkCampaignFile(file, values.prices, io, week);
  if (!plan || !campaign || !prices) return EXIT.usage;
  const picked = pickWindow(campaign, week, now, given({ window: values.window, day: values.day }), NAMES);
  if ("closed" in picked) {
    io.stderr.write(`batchbench campaign: ${picked.closed}
`);
    return EXIT.ok;
  }
  const { outcome } = await runWindow(
    {
      campaign,
      plan,
      ...picked,
      choice,
      names: NAMES,
      ...given({ historyDir: values["history-dir"] }),
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
  );
  const s = outcome.summary;
  const text = format === "json" ? `${JSON.stringify(s, null, 2)}
` : format === "markdown" ? campaignMarkdown(s) : campaignTerminal(s);
  if (values.output) await writeFile2(path2.resolve(io.cwd, values.output), text);
  else io.stdout.write(text);
  if (io.signal.aborted) return EXIT.interrupted;
  const regressed = s.comparisons.some((x) => x.verdict === "regression");
  return s.failed > 0 || regressed ? EXIT.failed : EXIT.ok;
}

// src/cli/commands/campaign.ts
var runCommand = {
  flags: flags3,
  run: run3,
  get help() {
    return help3();
  }
};
var subcommands = { plan: campaign_plan_exports, run: runCommand, queues: campaign_queues_exports };
var flags4 = {};
var help4 = `batchbench campaign: a weekly benchmark campaign (a file with kind: campaign)

Usage:
  batchbench campaign plan FILE [--week W] [--json] [--output FILE]     the week's jobs; runs nothing
  batchbench campaign run FILE --window current|NAME [flags]           run one window, compare with history
  batchbench campaign queues FILE [--prefix P]                         CloudFormation for its Batch queues

batchbench campaign SUBCOMMAND --help shows each one's flags. The file's fields are in
docs/experiment-reference.md; the weekly workflow in docs/weekly-campaign.md.

Flags:
  -h, --help          this help

Examples:
  batchbench campaign plan experiments/weekly-instance-benchmarks.yaml --week 2026-W48
  batchbench campaign run experiments/weekly-instance-benchmarks.yaml --window current
`;
async function run4(argv, _io) {
  const sub = argv[0];
  throw usageError(
    "campaign",
    `campaign takes "plan", "run" or "queues", not ${sub === void 0 ? "nothing" : `"${sub}"`}`
  );
}
export {
  flags4 as flags,
  help4 as help,
  run4 as run,
  subcommands
};
