import { ImageError, type ImageRegistry } from '../../ports/image.js';

export interface RegistryCredentials {
  username: string;
  password: string;
}

/** Every manifest kind a pushed image may have: one image (OCI or Docker) or a multi-platform index. */
const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

/** `host[:port]` of a registry given as a host or as an endpoint URL (ECR's proxyEndpoint). */
export function registryHost(endpoint: string): string {
  return endpoint.replace(/^[a-z]+:\/\//i, '').replace(/\/+$/, '');
}

/** A registry on this machine: spoken to over plain HTTP, as Docker and buildah allow for loopback only. */
export function isLoopbackRegistry(host: string): boolean {
  const name = host.startsWith('[') ? host.slice(1, host.indexOf(']')) : (host.split(':')[0] ?? '');
  return name === 'localhost' || name === '::1' || /^127(\.\d{1,3}){3}$/.test(name);
}

/**
 * The one question build-image asks a registry (Docker Registry HTTP API v2): is there a
 * manifest for repository:tag. Basic auth, as ECR and docker-registry take it; a registry that
 * answers with a Bearer challenge (token auth) gets a token from its realm first.
 */
export class RegistryV2 implements ImageRegistry {
  constructor(
    readonly host: string,
    private readonly credentials?: RegistryCredentials,
    private readonly timeoutMs = 30_000,
  ) {}

  async hasTag(repository: string, tag: string): Promise<boolean> {
    const scheme = isLoopbackRegistry(this.host) ? 'http' : 'https';
    const url = `${scheme}://${this.host}/v2/${repository}/manifests/${encodeURIComponent(tag)}`;
    let res = await this.request(url, 'HEAD', this.basic());
    const challenge =
      res.status === 401 ? parseChallenge(res.headers.get('www-authenticate') ?? '') : undefined;
    if (challenge?.scheme === 'bearer') {
      res = await this.request(url, 'HEAD', `Bearer ${await this.token(challenge.params, repository)}`);
    }
    if (res.status === 200) return true;
    if (res.status === 404) return false;
    if (res.status === 401 || res.status === 403)
      throw new ImageError(
        `registry ${this.host} refused ${this.credentials ? 'the credentials' : 'an anonymous request'} ` +
          `for ${repository} (HTTP ${res.status}): check the login and the permission to pull and push it`,
      );
    throw new ImageError(`registry ${this.host}: HEAD ${repository}:${tag} answered HTTP ${res.status}`);
  }

  private basic(): string | undefined {
    if (!this.credentials) return undefined;
    const { username, password } = this.credentials;
    return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  }

  private async token(params: Record<string, string>, repository: string): Promise<string> {
    const realm = params.realm;
    if (!realm) throw new ImageError(`registry ${this.host} asked for a token but named no realm`);
    const url = new URL(realm);
    if (params.service) url.searchParams.set('service', params.service);
    url.searchParams.set('scope', `repository:${repository}:pull`);
    const res = await this.request(url.toString(), 'GET', this.basic());
    if (!res.ok)
      throw new ImageError(
        `registry ${this.host}: its token service ${url.host} answered HTTP ${res.status}`,
      );
    const body = (await res.json().catch(() => ({}))) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token) throw new ImageError(`registry ${this.host}: its token service gave no token`);
    return token;
  }

  private async request(url: string, method: string, authorization: string | undefined): Promise<Response> {
    try {
      return await fetch(url, {
        method,
        headers: { accept: MANIFEST_TYPES, ...(authorization ? { authorization } : {}) },
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const cause = (error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message;
      throw new ImageError(`cannot reach registry ${this.host} (${url}): ${cause}`);
    }
  }
}

/** `Bearer realm="https://auth.example",service="registry",scope="..."` as scheme and parameters. */
export function parseChallenge(
  header: string,
): { scheme: string; params: Record<string, string> } | undefined {
  const m = /^\s*(\w+)\s*(.*)$/.exec(header);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  for (const p of (m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g))
    params[(p[1] as string).toLowerCase()] = p[2] as string;
  return { scheme: (m[1] as string).toLowerCase(), params };
}
