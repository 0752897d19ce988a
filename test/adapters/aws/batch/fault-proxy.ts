import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A fault-injecting HTTP proxy between the SDK and moto on 127.0.0.1. For each request a rule
 * picks a fault: refuse with throttling (never reaches moto), answer 500 before or after moto
 * handled it, or drop the connection before or after. The "after" faults are the dangerous ones:
 * the service did the work but the client never heard.
 */
export type Fault = 'pass' | 'throttle' | 'error-before' | 'error-after' | 'drop-before' | 'drop-after';

export interface ProxyRequest {
  method: string;
  path: string;
  /** "batch", "s3" or "logs", from the signed request's credential scope. */
  service: string;
  /** The Batch operation ("submitjob", "describejobs", ...) or the S3 method. */
  operation: string;
}

export interface FaultProxy {
  endpoint: string;
  injected: Record<string, number>;
  stop(): Promise<void>;
}

export async function startFaultProxy(
  target: string,
  rule: (req: ProxyRequest) => Fault,
): Promise<FaultProxy> {
  const upstream = new URL(target);
  const injected: Record<string, number> = {};
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const path = req.url ?? '/';
      const service =
        /Credential=[^/]+\/[^/]+\/[^/]+\/([^/]+)\//.exec(String(req.headers.authorization ?? ''))?.[1] ??
        'unknown';
      const operation =
        service === 'batch' ? (path.split('?')[0]?.split('/').pop() ?? '') : (req.method ?? 'GET');
      const fault = rule({ method: req.method ?? 'GET', path, service, operation });
      if (process.env.PROXY_DEBUG) console.log('proxy', service, req.method, path.slice(0, 80), fault);
      if (fault !== 'pass')
        injected[`${service}:${operation}:${fault}`] =
          (injected[`${service}:${operation}:${fault}`] ?? 0) + 1;
      if (fault === 'throttle') return answerThrottled(res, service);
      if (fault === 'error-before') return answerError(res, service);
      if (fault === 'drop-before') return req.socket.destroy();
      const out = http.request(
        { host: upstream.hostname, port: upstream.port, method: req.method, path, headers: req.headers },
        (up) => {
          const parts: Buffer[] = [];
          up.on('data', (c: Buffer) => parts.push(c));
          up.on('end', () => {
            if (fault === 'drop-after') return req.socket.destroy();
            if (fault === 'error-after') return answerError(res, service);
            res.writeHead(up.statusCode ?? 502, up.headers);
            res.end(Buffer.concat(parts));
          });
        },
      );
      out.on('error', () => req.socket.destroy());
      out.end(body);
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    injected,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function answerThrottled(res: http.ServerResponse, service: string): void {
  if (service === 's3') {
    res.writeHead(503, { 'content-type': 'application/xml' });
    res.end(
      '<?xml version="1.0" encoding="UTF-8"?><Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>',
    );
    return;
  }
  res.writeHead(429, { 'content-type': 'application/json', 'x-amzn-errortype': 'TooManyRequestsException' });
  res.end(JSON.stringify({ message: 'Too Many Requests' }));
}

function answerError(res: http.ServerResponse, service: string): void {
  if (service === 's3') {
    res.writeHead(500, { 'content-type': 'application/xml' });
    res.end(
      '<?xml version="1.0" encoding="UTF-8"?><Error><Code>InternalError</Code><Message>We encountered an internal error.</Message></Error>',
    );
    return;
  }
  res.writeHead(500, { 'content-type': 'application/json', 'x-amzn-errortype': 'ServerException' });
  res.end(JSON.stringify({ message: 'Internal server error' }));
}

/** Cycles through the given faults on every n-th request matching a predicate. */
export function every(
  n: number,
  faults: Fault[],
  when: (req: ProxyRequest) => boolean,
): (req: ProxyRequest) => Fault {
  let seen = 0;
  let next = 0;
  return (req) => {
    if (!when(req)) return 'pass';
    seen++;
    if (seen % n !== 0) return 'pass';
    return faults[next++ % faults.length] as Fault;
  };
}
