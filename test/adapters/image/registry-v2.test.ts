import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isLoopbackRegistry,
  parseChallenge,
  registryHost,
  RegistryV2,
} from '../../../src/adapters/image/registry-v2.js';
import { ImageError } from '../../../src/ports/image.js';

interface Seen {
  method: string;
  url: string;
  accept: string;
  authorization: string;
}

/**
 * A loopback registry speaking the two ways registries authenticate: repositories under `r/`
 * take Basic auth (ECR, docker-registry with htpasswd), those under `tok/` answer with a Bearer
 * challenge and take the token its realm hands out (GHCR, Docker Hub). Each knows one tag,
 * `ctx-1` of `<prefix>/app`.
 */
function fakeRegistry() {
  const seen: Seen[] = [];
  const basic = `Basic ${Buffer.from('AWS:s3cret').toString('base64')}`;
  const server = http.createServer((req, res) => {
    const url = req.url ?? '';
    seen.push({
      method: req.method ?? '',
      url,
      accept: req.headers.accept ?? '',
      authorization: req.headers.authorization ?? '',
    });
    if (url.startsWith('/token?')) {
      const ok = req.headers.authorization === basic;
      res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
      res.end(ok ? JSON.stringify({ token: 'tok-123' }) : '{}');
      return;
    }
    const m = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(url);
    const kind = m?.[1]?.startsWith('tok/') ? 'token' : 'basic';
    const authorised =
      kind === 'basic' ? req.headers.authorization === basic : req.headers.authorization === 'Bearer tok-123';
    if (!authorised) {
      const { port } = server.address() as AddressInfo;
      res.writeHead(401, {
        'www-authenticate':
          kind === 'basic'
            ? 'Basic realm="registry"'
            : `Bearer realm="http://127.0.0.1:${port}/token",service="fake",scope="repository:${m?.[1]}:pull"`,
      });
      res.end();
      return;
    }
    if ((m?.[1] === 'r/app' || m?.[1] === 'tok/app') && m[2] === 'ctx-1') {
      res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' });
    } else if (m?.[1] === 'r/teapot') {
      res.writeHead(418);
    } else {
      res.writeHead(404);
    }
    res.end();
  });
  return { server, seen };
}

describe('RegistryV2.hasTag against a loopback registry', () => {
  const { server, seen } = fakeRegistry();
  let port: number;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('asks HEAD /v2/<name>/manifests/<tag> over http with Basic auth and every manifest type', async () => {
    const registry = new RegistryV2(`127.0.0.1:${port}`, { username: 'AWS', password: 's3cret' });
    seen.length = 0;
    expect(await registry.hasTag('r/app', 'ctx-1')).toBe(true);
    expect(await registry.hasTag('r/app', 'ctx-2')).toBe(false);
    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      'HEAD /v2/r/app/manifests/ctx-1',
      'HEAD /v2/r/app/manifests/ctx-2',
    ]);
    for (const type of [
      'application/vnd.oci.image.manifest.v1+json',
      'application/vnd.oci.image.index.v1+json',
      'application/vnd.docker.distribution.manifest.v2+json',
      'application/vnd.docker.distribution.manifest.list.v2+json',
    ])
      expect(seen[0]?.accept).toContain(type);
    expect(seen[0]?.authorization).toBe(`Basic ${Buffer.from('AWS:s3cret').toString('base64')}`);
  });

  it('gets a token from the realm of a Bearer challenge, scoped to the repository, then asks again', async () => {
    const registry = new RegistryV2(`127.0.0.1:${port}`, { username: 'AWS', password: 's3cret' });
    seen.length = 0;
    expect(await registry.hasTag('tok/app', 'ctx-1')).toBe(true);
    expect(seen.map((s) => `${s.method} ${decodeURIComponent(s.url)}`)).toEqual([
      'HEAD /v2/tok/app/manifests/ctx-1',
      'GET /token?service=fake&scope=repository:tok/app:pull',
      'HEAD /v2/tok/app/manifests/ctx-1',
    ]);
    expect(seen[2]?.authorization).toBe('Bearer tok-123');
  });

  it('says who refused what when the credentials are wrong, and names an unexpected answer', async () => {
    const wrong = new RegistryV2(`127.0.0.1:${port}`, { username: 'AWS', password: 'wrong' });
    await expect(wrong.hasTag('r/app', 'ctx-1')).rejects.toThrow(
      new ImageError(
        `registry 127.0.0.1:${port} refused the credentials for r/app (HTTP 401): check the login and the permission to pull and push it`,
      ),
    );
    await expect(
      new RegistryV2(`127.0.0.1:${port}`, { username: 'AWS', password: 'wrong' }).hasTag('tok/app', 'x'),
    ).rejects.toThrow(/its token service 127\.0\.0\.1:\d+ answered HTTP 401/);
    const right = new RegistryV2(`127.0.0.1:${port}`, { username: 'AWS', password: 's3cret' });
    await expect(right.hasTag('r/teapot', 'ctx-1')).rejects.toThrow(/HEAD r\/teapot:ctx-1 answered HTTP 418/);
  });

  it('says it cannot reach a registry that is not listening', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const gone = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(new RegistryV2(`127.0.0.1:${gone}`).hasTag('r/app', 'ctx-1')).rejects.toThrow(
      new RegExp(
        `cannot reach registry 127\\.0\\.0\\.1:${gone} \\(http://127\\.0\\.0\\.1:${gone}/v2/r/app/manifests/ctx-1\\): .*ECONNREFUSED`,
      ),
    );
  });
});

describe('registry hosts', () => {
  it.each([
    ['127.0.0.1:5000', true],
    ['127.3.2.1', true],
    ['localhost:5000', true],
    ['[::1]:5000', true],
    ['123456789012.dkr.ecr.us-east-1.amazonaws.com', false],
    ['127.0.0.1.nip.io:5000', false],
    ['ghcr.io', false],
  ])('%s is loopback: %s', (host, loopback) => {
    expect(isLoopbackRegistry(host)).toBe(loopback);
  });

  it("takes ECR's proxyEndpoint as a host", () => {
    expect(registryHost('https://123456789012.dkr.ecr.us-east-1.amazonaws.com')).toBe(
      '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    );
    expect(registryHost('127.0.0.1:5000/')).toBe('127.0.0.1:5000');
  });

  it('reads a challenge', () => {
    expect(
      parseChallenge('Bearer realm="https://auth.docker.io/token",service="registry.docker.io"'),
    ).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io' },
    });
    expect(parseChallenge('Basic realm="x"')?.scheme).toBe('basic');
  });
});
