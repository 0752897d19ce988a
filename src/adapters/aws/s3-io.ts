import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { pagesWithRetry, withRetry, type RetryPolicy } from './retry.js';

/** Small S3 helpers with retries: whole-object reads and writes of JSON and text. */
export class S3Io {
  constructor(
    readonly s3: S3Client,
    readonly bucket: string,
    private readonly policy: RetryPolicy,
  ) {}

  async put(key: string, body: string, contentType = 'application/json'): Promise<void> {
    // A PUT of the same bytes is idempotent, so an ambiguous failure can simply be retried.
    await withRetry(
      () =>
        this.s3.send(
          new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType }),
        ),
      this.policy,
    );
  }

  /**
   * A conditional PUT: `ifNoneMatch: '*'` creates the object only if there is none, `ifMatch`
   * replaces it only while its ETag is that one. Resolves to the new ETag, or undefined when the
   * condition did not hold (412, a missing object for ifMatch, or S3's 409 for a concurrent
   * conditional write): the caller re-reads and decides. A retry after an ambiguous failure can
   * meet its own first write as "condition failed"; callers tell that apart by content.
   */
  async putIf(
    key: string,
    body: string,
    condition: { ifNoneMatch: '*' } | { ifMatch: string },
    contentType = 'application/json',
  ): Promise<string | undefined> {
    try {
      const out = await withRetry(
        () =>
          this.s3.send(
            new PutObjectCommand({
              Bucket: this.bucket,
              Key: key,
              Body: body,
              ContentType: contentType,
              ...('ifMatch' in condition ? { IfMatch: condition.ifMatch } : { IfNoneMatch: '*' }),
            }),
          ),
        this.policy,
      );
      return out.ETag ?? '';
    } catch (error) {
      if (conditionFailed(error) || ('ifMatch' in condition && isMissing(error))) return undefined;
      throw error;
    }
  }

  /** Deletes the object only while its ETag is `etag`; false when it changed or is gone. */
  async deleteIf(key: string, etag: string): Promise<boolean> {
    try {
      await withRetry(
        () => this.s3.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key, IfMatch: etag })),
        this.policy,
      );
      return true;
    } catch (error) {
      if (conditionFailed(error) || isMissing(error)) return false;
      throw error;
    }
  }

  /** The object's text and ETag (for a conditional write after it), or undefined when it does not exist. */
  async getTagged(key: string): Promise<{ text: string; etag: string } | undefined> {
    try {
      return await withRetry(async () => {
        const out = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
        return { text: (await out.Body?.transformToString('utf8')) ?? '', etag: out.ETag ?? '' };
      }, this.policy);
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  /** The object's text, or undefined when it does not exist. */
  async get(key: string): Promise<string | undefined> {
    return (await this.getTagged(key))?.text;
  }

  async exists(key: string): Promise<boolean> {
    try {
      await withRetry(
        () => this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key })),
        this.policy,
      );
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  /** Every key under a prefix, in S3's (lexicographic) order. */
  async keys(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    for await (const page of this.listing({ Prefix: prefix })) {
      for (const o of page.Contents ?? []) if (o.Key) keys.push(o.Key);
    }
    return keys;
  }

  /** The "folders" directly under a prefix. */
  async folders(prefix: string): Promise<string[]> {
    const out: string[] = [];
    for await (const page of this.listing({ Prefix: prefix, Delimiter: '/' })) {
      for (const p of page.CommonPrefixes ?? []) if (p.Prefix) out.push(p.Prefix.slice(prefix.length, -1));
    }
    return out;
  }

  private listing(input: { Prefix: string; Delimiter?: string }) {
    return pagesWithRetry(
      (token) =>
        this.s3.send(new ListObjectsV2Command({ Bucket: this.bucket, ...input, ContinuationToken: token })),
      (page) => (page.IsTruncated ? page.NextContinuationToken : undefined),
      this.policy,
    );
  }
}

export function isMissing(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
}

function conditionFailed(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  const status = e?.$metadata?.httpStatusCode;
  return (
    e?.name === 'PreconditionFailed' ||
    status === 412 ||
    (status === 409 && e?.name === 'ConditionalRequestConflict')
  );
}

/** Runs fn over items with at most `limit` at once, keeping the input order in the output. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
