import { ECRClient, GetAuthorizationTokenCommand } from '@aws-sdk/client-ecr';
import { ImageError } from '../../ports/image.js';
import { recordRequests } from '../aws/request-recorder.js';
import { registryHost, type RegistryCredentials } from './registry-v2.js';

export interface EcrLogin extends RegistryCredentials {
  /** The account's registry in the region, host only: `<account>.dkr.ecr.<region>.amazonaws.com`. */
  registry: string;
}

/**
 * A login for the account's ECR registry from the standard credential chain (on a runner, the
 * role configure-aws-credentials assumed). The token is base64 of `AWS:<password>`; it is good
 * for twelve hours, longer than any build, so its expiry is not checked.
 */
export async function ecrLogin(options: { region: string }): Promise<EcrLogin> {
  const client = recordRequests(new ECRClient({ region: options.region }), 'ecr');
  try {
    const out = await client.send(new GetAuthorizationTokenCommand({}));
    const data = out.authorizationData?.[0];
    const decoded = Buffer.from(data?.authorizationToken ?? '', 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (!data?.proxyEndpoint || colon < 1)
      throw new ImageError(`ecr:GetAuthorizationToken in ${options.region} gave no usable token`);
    return {
      registry: registryHost(data.proxyEndpoint),
      username: decoded.slice(0, colon),
      password: decoded.slice(colon + 1),
    };
  } catch (error) {
    if (error instanceof ImageError) throw error;
    const e = error as Error;
    throw new ImageError(
      `ecr:GetAuthorizationToken in ${options.region} failed: ${e.name}: ${e.message} ` +
        '(the job needs AWS credentials allowed to call it, e.g. from aws-actions/configure-aws-credentials)',
    );
  } finally {
    client.destroy();
  }
}
