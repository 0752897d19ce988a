import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ec2InstanceType } from '../../../../src/adapters/aws/runner/host-probe.js';
import { parseResultObject } from '../../../../src/adapters/aws/result-object.js';

/** A loopback stand-in for the instance metadata service, counting what it was asked. */
async function fakeImds(mode: 'v2-only' | 'v1-only' | 'silent') {
  const asked: string[] = [];
  const server = http.createServer((req, res) => {
    asked.push(`${req.method} ${req.url}`);
    if (mode === 'silent') return; // never answers: a hop limit that drops the reply
    if (req.method === 'PUT' && req.url === '/latest/api/token') {
      if (mode === 'v1-only') return void res.writeHead(403).end();
      return void res.writeHead(200).end('tok-123');
    }
    if (req.url === '/latest/meta-data/instance-type') {
      const token = req.headers['x-aws-ec2-metadata-token'];
      if (mode === 'v2-only' && token !== 'tok-123') return void res.writeHead(401).end();
      return void res.writeHead(200).end('m7i.large');
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { endpoint: `http://127.0.0.1:${port}`, asked, server };
}

describe('the instance type the container runner reports', () => {
  const servers: http.Server[] = [];
  afterEach(async () => {
    for (const s of servers.splice(0)) {
      s.closeAllConnections();
      await new Promise((r) => s.close(r));
    }
  });
  const ecs = (endpoint: string) => ({
    ECS_CONTAINER_METADATA_URI_V4: 'http://169.254.170.2/v4/abc',
    AWS_EC2_METADATA_SERVICE_ENDPOINT: endpoint,
  });

  it('reads it with an IMDSv2 token, or without one where IMDSv1 answers', async () => {
    const v2 = await fakeImds('v2-only');
    const v1 = await fakeImds('v1-only');
    servers.push(v2.server, v1.server);
    expect(await ec2InstanceType(ecs(v2.endpoint))).toBe('m7i.large');
    expect(v2.asked).toContain('PUT /latest/api/token');
    expect(await ec2InstanceType(ecs(v1.endpoint))).toBe('m7i.large');
  });

  it('asks nothing outside an ECS task on EC2 (Fargate, a laptop, metadata disabled)', async () => {
    const imds = await fakeImds('v2-only');
    servers.push(imds.server);
    const at = { AWS_EC2_METADATA_SERVICE_ENDPOINT: imds.endpoint };
    expect(await ec2InstanceType(at)).toBeUndefined();
    expect(
      await ec2InstanceType({ ...ecs(imds.endpoint), AWS_EXECUTION_ENV: 'AWS_ECS_FARGATE' }),
    ).toBeUndefined();
    expect(
      await ec2InstanceType({ ...ecs(imds.endpoint), AWS_EC2_METADATA_DISABLED: 'true' }),
    ).toBeUndefined();
    expect(imds.asked).toEqual([]);
  });

  it('gives up after its timeout when the service does not answer', async () => {
    const imds = await fakeImds('silent');
    servers.push(imds.server);
    const started = Date.now();
    expect(await ec2InstanceType(ecs(imds.endpoint), 300)).toBeUndefined();
    // Bounded by the timeout, not by the socket's: generous for a busy machine.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(imds.asked.length).toBeGreaterThan(0);
  });

  it('keeps it in the result object when it is a string, drops it otherwise', () => {
    const base = { jobId: 'j', attempt: 1, metrics: {} };
    expect(parseResultObject(JSON.stringify({ ...base, instanceType: 'c7g.large' }))?.instanceType).toBe(
      'c7g.large',
    );
    expect(parseResultObject(JSON.stringify({ ...base, instanceType: 7 }))).not.toHaveProperty(
      'instanceType',
    );
  });
});
