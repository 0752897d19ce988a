#!/usr/bin/env node
// Checks every AWS request the test suite recorded (BATCHBENCH_RECORD_REQUESTS, one JSON line
// each: {service, operation, input}) against the botocore service models that come with moto
// (required members, types, string lengths and patterns, list lengths, integer ranges, enums),
// plus AWS Batch rules its model does not carry; GitHub lines ({service: 'github', ...}) are
// checked against GitHub's OpenAPI description (scripts/check-github-requests.mjs). Exits 1 on
// any violation.
// Usage: node scripts/check-requests.mjs [--require batch,s3,github] FILE...
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { githubChecker, loadGitHubDescription } from './check-github-requests.mjs';

const MODEL_DIR = { batch: 'batch', s3: 's3', logs: 'logs', ecr: 'ecr' };

export function botocoreData() {
  const dir = execFileSync(
    'python3',
    ['-c', 'import botocore,os;print(os.path.dirname(botocore.__file__))'],
    {
      encoding: 'utf8',
    },
  ).trim();
  return path.join(dir, 'data');
}

/** The newest service-2.json of each service. */
export function loadModels(dataDir = botocoreData()) {
  const models = {};
  for (const [service, folder] of Object.entries(MODEL_DIR)) {
    const versions = readdirSync(path.join(dataDir, folder)).sort();
    const file = path.join(dataDir, folder, versions.at(-1), 'service-2.json');
    // botocore ships its models gzipped in recent releases.
    const text = existsSync(file)
      ? readFileSync(file, 'utf8')
      : gunzipSync(readFileSync(`${file}.gz`)).toString('utf8');
    models[service] = JSON.parse(text);
  }
  return models;
}

/** Every violation of one recorded request, as "service.Operation path: what". */
export function checkRequest(models, req) {
  const problems = [];
  const where = `${req.service}.${req.operation}`;
  const model = models[req.service];
  const op = model?.operations?.[req.operation];
  if (!op) return [`${where}: no such operation in the ${req.service} model`];
  if (op.input) checkShape(model.shapes, op.input.shape, req.input ?? {}, 'input', problems);
  if (req.service === 'batch') problems.push(...batchRules(req.operation, req.input ?? {}));
  return problems.map((p) => `${where} ${p}`);
}

function checkShape(shapes, name, value, at, problems) {
  const shape = shapes[name];
  if (value === undefined || value === null) return;
  switch (shape.type) {
    case 'structure': {
      if (typeof value !== 'object' || Array.isArray(value)) return problems.push(`${at}: not an object`);
      for (const req of shape.required ?? [])
        if (value[req] === undefined) problems.push(`${at}.${req}: required, missing`);
      for (const [key, v] of Object.entries(value)) {
        const member = shape.members[key];
        if (!member) problems.push(`${at}.${key}: not a member of ${name}`);
        else checkShape(shapes, member.shape, v, `${at}.${key}`, problems);
      }
      return;
    }
    case 'list':
      if (!Array.isArray(value)) return problems.push(`${at}: not a list`);
      range(shape, value.length, at, 'items', problems);
      value.forEach((v, i) => checkShape(shapes, shape.member.shape, v, `${at}[${i}]`, problems));
      return;
    case 'map':
      if (typeof value !== 'object' || Array.isArray(value)) return problems.push(`${at}: not a map`);
      range(shape, Object.keys(value).length, at, 'entries', problems);
      for (const [k, v] of Object.entries(value)) {
        checkShape(shapes, shape.key.shape, k, `${at} key ${JSON.stringify(k)}`, problems);
        checkShape(shapes, shape.value.shape, v, `${at}.${k}`, problems);
      }
      return;
    case 'string':
      if (typeof value !== 'string') return problems.push(`${at}: not a string`);
      range(shape, value.length, at, 'characters', problems);
      if (shape.enum && !shape.enum.includes(value))
        problems.push(`${at}: ${JSON.stringify(value)} is not one of ${shape.enum.join(', ')}`);
      if (shape.pattern && !new RegExp(shape.pattern, 'u').test(value))
        problems.push(`${at}: ${JSON.stringify(value.slice(0, 80))} does not match ${shape.pattern}`);
      return;
    case 'integer':
    case 'long':
      if (!Number.isInteger(value)) return problems.push(`${at}: not an integer`);
      range(shape, value, at, '', problems);
      if (shape.type === 'integer' && (value > 2 ** 31 - 1 || value < -(2 ** 31)))
        problems.push(`${at}: ${value} is not a 32-bit integer`);
      return;
    case 'float':
    case 'double':
      if (typeof value !== 'number') problems.push(`${at}: not a number`);
      return;
    case 'boolean':
      if (typeof value !== 'boolean') problems.push(`${at}: not a boolean`);
      return;
    default: // timestamp, blob
  }
}

function range(shape, n, at, unit, problems) {
  if (shape.min !== undefined && n < shape.min)
    problems.push(`${at}: ${n} ${unit} is below the minimum ${shape.min}`.replace('  ', ' '));
  if (shape.max !== undefined && n > shape.max)
    problems.push(`${at}: ${n} ${unit} is above the maximum ${shape.max}`.replace('  ', ' '));
}

const JOB_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

/** AWS Batch's documented limits that its model does not state. */
function batchRules(operation, input) {
  const p = [];
  if (operation === 'DescribeJobs' && (input.jobs?.length ?? 0) > 100)
    p.push(`jobs: ${input.jobs.length} ids, DescribeJobs takes at most 100`);
  if (operation === 'SubmitJob' || operation === 'RegisterJobDefinition') {
    const name = operation === 'SubmitJob' ? input.jobName : input.jobDefinitionName;
    if (name !== undefined && !JOB_NAME.test(name))
      p.push(
        `name ${JSON.stringify(name)}: up to 128 letters, digits, - and _, starting with a letter or digit`,
      );
    const rules = input.retryStrategy?.evaluateOnExit ?? [];
    if (rules.length > 5) p.push(`retryStrategy.evaluateOnExit: ${rules.length} rules, at most 5`);
    for (const [i, r] of rules.entries())
      for (const key of ['onExitCode', 'onReason', 'onStatusReason'])
        if (typeof r[key] === 'string' && r[key].slice(0, -1).includes('*'))
          p.push(`retryStrategy.evaluateOnExit[${i}].${key}: "*" only at the end`);
    if ((input.dependsOn?.length ?? 0) > 20) p.push(`dependsOn: ${input.dependsOn.length}, at most 20`);
    const seconds = input.timeout?.attemptDurationSeconds;
    if (seconds !== undefined && seconds < 60)
      p.push(`timeout.attemptDurationSeconds: ${seconds}, at least 60`);
    const tags = Object.entries(input.tags ?? {});
    if (tags.length > 50) p.push(`tags: ${tags.length}, at most 50`);
    for (const [k, v] of tags) {
      if (k.length > 128 || String(v).length > 256)
        p.push(`tags.${k}: key over 128 or value over 256 characters`);
      if (/^aws:/i.test(k)) p.push(`tags.${k}: the aws: prefix is reserved`);
    }
    if (operation === 'SubmitJob' && Buffer.byteLength(JSON.stringify(input)) > 30 * 1024)
      p.push(
        `the request is ${Buffer.byteLength(JSON.stringify(input))} bytes, SubmitJob takes at most 30 KiB`,
      );
  }
  return p;
}

/**
 * Reads recorded requests, checks each against its service's published description, prints the
 * operations seen and every violation. `--require a,b` fails when a named service (batch, s3,
 * logs, ecr, github) recorded nothing: a recorder that stopped recording must not pass.
 */
export function checkFiles(files, { require = [], models, github } = {}) {
  const seen = { AWS: new Map(), GitHub: new Map() };
  const services = new Set();
  const problems = new Map();
  let awsModels = models;
  let githubCheck = github;
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const req = JSON.parse(line);
      services.add(req.service);
      let found;
      if (req.service === 'github') {
        githubCheck ??= githubChecker(loadGitHubDescription());
        const { operation, problems: p } = githubCheck(req);
        count(seen.GitHub, operation ?? `${req.method} ${req.path}`);
        found = p;
      } else {
        awsModels ??= loadModels();
        count(seen.AWS, `${req.service}.${req.operation}`);
        found = checkRequest(awsModels, req);
      }
      for (const p of found) problems.set(p, (problems.get(p) ?? 0) + 1);
    }
  }
  const lines = [];
  for (const [api, ops] of Object.entries(seen)) {
    if (ops.size === 0) continue;
    const n = [...ops.values()].reduce((a, b) => a + b, 0);
    lines.push(
      `checked ${n} ${api} requests of ${ops.size} operations: ${[...ops.keys()].sort().join(', ')}`,
    );
  }
  const missing = require.filter((s) => !services.has(s));
  for (const s of missing) lines.push(`no ${s} request was recorded: is its recorder on?`);
  for (const [p, n] of problems) lines.push(`${p}${n > 1 ? ` (${n} times)` : ''}`);
  if (problems.size > 0) lines.push(`${problems.size} kinds of violation`);
  return { ok: problems.size === 0 && missing.length === 0, lines };
}

function count(ops, operation) {
  ops.set(operation, (ops.get(operation) ?? 0) + 1);
}

function main(args) {
  const at = args.indexOf('--require');
  const require = at >= 0 ? (args[at + 1] ?? '').split(',').filter(Boolean) : [];
  const files = at >= 0 ? args.filter((_, i) => i !== at && i !== at + 1) : args;
  if (files.length === 0) {
    process.stderr.write('usage: node scripts/check-requests.mjs [--require SERVICE,...] FILE...\n');
    process.exit(2);
  }
  const { ok, lines } = checkFiles(files, { require });
  process.stdout.write(`${lines.join('\n')}\n`);
  if (!ok) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main(process.argv.slice(2));
