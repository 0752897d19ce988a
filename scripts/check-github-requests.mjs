// Checks GitHub REST requests the test suite recorded ({service: 'github', method, path, query,
// body}, see src/adapters/github/request-recorder.ts) against GitHub's published OpenAPI
// description of api.github.com (the @octokit/openapi package): the path and method exist, the
// path and query parameters are declared, present when required and of the right type, and the
// JSON body has only declared fields, each of the right type, enum and length. Limits GitHub
// documents outside the description (a comment's 65,536 characters, 100 items a page) are
// checked too. scripts/check-requests.mjs calls it for the `github` lines of its files.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);

/** GitHub's OpenAPI description of api.github.com, as @octokit/openapi ships it. */
export function loadGitHubDescription() {
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * A checker bound to one description: request => {operation, problems}, the operation as
 * "METHOD /template" (undefined when the description has none). Compiled schemas are kept.
 */
export function githubChecker(description) {
  const ajv = new Ajv2019({ allErrors: true, strict: false, logger: false });
  addFormats(ajv);
  const coercing = new Ajv2019({ allErrors: true, strict: false, logger: false, coerceTypes: true });
  addFormats(coercing);
  const routes = routeTable(description);
  const compiled = new Map();
  const validators = (route) => {
    const key = `${route.method} ${route.template}`;
    if (!compiled.has(key)) compiled.set(key, compileOperation(description, route, ajv, coercing));
    return compiled.get(key);
  };
  return (req) => {
    const where = `github ${req.method} ${req.path}`;
    const route = matchRoute(routes, req.method, req.path);
    if (!route) return { problems: [`${where}: no such path and method in GitHub's OpenAPI description`] };
    const v = validators(route);
    const problems = [];
    const name = `github ${req.method} ${route.template}`;
    check(v.path, route.params, 'path', problems);
    check(v.query, { ...(req.query ?? {}) }, 'query', problems);
    if (v.body) {
      if (req.body === undefined) {
        if (v.bodyRequired) problems.push('body: required, missing');
      } else check(v.body, req.body, 'body', problems);
    } else if (req.body !== undefined && Object.keys(req.body).length > 0)
      problems.push('body: the operation takes none');
    problems.push(...documentedRules(route.template, req));
    return { operation: name.slice('github '.length), problems: problems.map((p) => `${name} ${p}`) };
  };
}

function check(validate, value, at, problems) {
  if (validate(value)) return;
  for (const e of validate.errors ?? []) problems.push(describeError(e, at));
}

function describeError(e, at) {
  const where = `${at}${e.instancePath.replace(/\//g, '.')}`;
  switch (e.keyword) {
    case 'required':
      return `${where}.${e.params.missingProperty}: required, missing`;
    case 'unevaluatedProperties':
    case 'additionalProperties': {
      const key = e.params.unevaluatedProperty ?? e.params.additionalProperty;
      return `${where}.${key}: not a field of the description`;
    }
    case 'enum':
      return `${where}: must be one of ${e.params.allowedValues.join(', ')}`;
    default:
      return `${where}: ${e.message}`;
  }
}

/** Every operation of the description, as a path pattern to match recorded paths against. */
function routeTable(description) {
  const routes = [];
  for (const [template, item] of Object.entries(description.paths)) {
    for (const method of ['get', 'put', 'post', 'patch', 'delete', 'head']) {
      const op = item[method];
      if (!op) continue;
      const params = (op.parameters ?? []).map((p) => resolve(description, p));
      const names = [];
      // A parameter marked x-multi-segment spans slashes (a ref such as heads/main).
      const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, n) => {
        names.push(n);
        const multi = params.some((p) => p.in === 'path' && p.name === n && p['x-multi-segment']);
        return multi ? '(.+)' : '([^/]+)';
      });
      const literal = template.replace(/\{[^}]+\}/g, '').length;
      routes.push({
        method: method.toUpperCase(),
        template,
        op,
        regex: new RegExp(`^${source}$`),
        names,
        literal,
      });
    }
  }
  // The most literal template wins: /issues/comments/{id} before /issues/{number}/comments.
  return routes.sort((a, b) => b.literal - a.literal);
}

function matchRoute(routes, method, path) {
  for (const r of routes) {
    if (r.method !== method) continue;
    const m = r.regex.exec(path);
    if (!m) continue;
    const params = Object.fromEntries(r.names.map((n, i) => [n, decodeURIComponent(m[i + 1])]));
    return { ...r, params };
  }
  return undefined;
}

/** Validators of one operation: its path parameters, its query and its JSON body. */
function compileOperation(description, route, ajv, coercing) {
  const params = (route.op.parameters ?? []).map((p) => resolve(description, p));
  const group = (where) => {
    const ps = params.filter((p) => p.in === where);
    return {
      type: 'object',
      properties: Object.fromEntries(ps.map((p) => [p.name, inline(description, p.schema ?? {})])),
      required: ps.filter((p) => p.required).map((p) => p.name),
      additionalProperties: false,
    };
  };
  const requestBody = route.op.requestBody && resolve(description, route.op.requestBody);
  const bodySchema = requestBody?.content?.['application/json']?.schema;
  return {
    path: coercing.compile(group('path')),
    query: coercing.compile(group('query')),
    body: bodySchema ? ajv.compile(closeObjects(inline(description, bodySchema))) : undefined,
    bodyRequired: requestBody?.required === true,
  };
}

function resolve(description, node) {
  let n = node;
  while (n && typeof n.$ref === 'string') {
    n = n.$ref
      .replace(/^#\//, '')
      .split('/')
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((o, k) => o?.[k], description);
  }
  return n;
}

/** The schema with every $ref replaced by what it names; a reference to itself accepts anything. */
function inline(description, schema, seen = new Set()) {
  if (Array.isArray(schema)) return schema.map((s) => inline(description, s, seen));
  if (!schema || typeof schema !== 'object') return schema;
  if (typeof schema.$ref === 'string') {
    if (seen.has(schema.$ref)) return {};
    return inline(description, resolve(description, schema), new Set([...seen, schema.$ref]));
  }
  const out = {};
  for (const [k, v] of Object.entries(schema)) {
    // Examples and descriptions hold data, not schemas.
    if (k === 'example' || k === 'examples' || k === 'description') continue;
    out[k] =
      k === 'properties' ? mapValues(v, (s) => inline(description, s, seen)) : inline(description, v, seen);
  }
  return out;
}

const COMPOSITION = ['oneOf', 'anyOf', 'allOf'];

/**
 * GitHub's request schemas rarely say `additionalProperties: false`, yet a field GitHub does not
 * know is a request bug here. Each object schema that declares fields gets
 * `unevaluatedProperties: false`, which also sees the fields of its oneOf/anyOf/allOf branches;
 * the branches themselves stay open, since they add to their parent's fields.
 */
function closeObjects(schema, isBranch = false) {
  if (Array.isArray(schema)) return schema.map((s) => closeObjects(s, isBranch));
  if (!schema || typeof schema !== 'object') return schema;
  const out = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'properties') out[k] = mapValues(v, (s) => closeObjects(s));
    else if (COMPOSITION.includes(k)) out[k] = v.map((s) => closeObjects(s, true));
    else if (k === 'items' || k === 'additionalProperties') out[k] = closeObjects(v);
    else out[k] = v;
  }
  const declares = schema.properties || COMPOSITION.some((k) => schema[k]?.some((s) => s?.properties));
  if (declares && !isBranch && schema.additionalProperties === undefined) out.unevaluatedProperties = false;
  return out;
}

function mapValues(o, f) {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));
}

const COMMENT_BODY_LIMIT = 65_536;

/** GitHub's limits that its OpenAPI description states only in prose, or not at all. */
function documentedRules(template, req) {
  const p = [];
  const body = req.body ?? {};
  const perPage = req.query?.per_page;
  if (perPage !== undefined && (Number(perPage) < 1 || Number(perPage) > 100))
    p.push(`query.per_page: ${perPage}, between 1 and 100`);
  // "body is too long (maximum is 65536 characters)", GitHub's 422 for longer comments.
  if (/\/issues\/(\{issue_number\}\/comments|comments\/\{comment_id\})$/.test(template)) {
    if (typeof body.body === 'string' && body.body.length > COMMENT_BODY_LIMIT)
      p.push(`body.body: ${body.body.length} characters, a comment holds at most ${COMMENT_BODY_LIMIT}`);
  }
  if (template === '/repos/{owner}/{repo}/statuses/{sha}' && typeof body.description === 'string')
    if (body.description.length > 140)
      p.push(`body.description: ${body.description.length} characters, a status holds at most 140`);
  if (template === '/repos/{owner}/{repo}/check-runs' && req.method === 'POST') {
    // "Required if you provide completed_at or a status of completed": prose when creating (the
    // schema of an update says it with anyOf).
    if ((body.status === 'completed' || body.completed_at !== undefined) && body.conclusion === undefined)
      p.push('body.conclusion: required with status completed or completed_at');
  }
  return p;
}
