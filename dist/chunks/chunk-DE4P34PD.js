import { createRequire as __bbCreateRequire } from 'node:module'; const require = __bbCreateRequire(import.meta.url);
import {
  pagesWithRetry,
  withRetry
} from "./chunk-Y2VSR4A3.js";
import {
  require_dist_cjs
} from "./chunk-YVBWJNJQ.js";
import {
  __toESM
} from "./chunk-YOF47TSW.js";

// src/adapters/aws/s3-io.ts
var import_client_s3 = __toESM(require_dist_cjs(), 1);
var S3Io = class {
  constructor(s3, bucket, policy) {
    this.s3 = s3;
    this.bucket = bucket;
    this.policy = policy;
  }
  async put(key, body, contentType = "application/json") {
    await withRetry(
      () => this.s3.send(
        new import_client_s3.PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType })
      ),
      this.policy
    );
  }
  /**
   * A conditional PUT: `ifNoneMatch: '*'` creates the object only if there is none, `ifMatch`
   * replaces it only while its ETag is that one. Resolves to the new ETag, or undefined when the
   * condition did not hold (412, a missing object for ifMatch, or S3's 409 for a concurrent
   * conditional write): the caller re-reads and decides. A retry after an ambiguous failure can
   * meet its own first write as "condition failed"; callers tell that apart by content.
   */
  async putIf(key, body, condition, contentType = "application/json") {
    try {
      const out = await withRetry(
        () => this.s3.send(
          new import_client_s3.PutObjectCommand({
            Bucket: this.bucket,
            Key: key,
            Body: body,
            ContentType: contentType,
            ..."ifMatch" in condition ? { IfMatch: condition.ifMatch } : { IfNoneMatch: "*" }
          })
        ),
        this.policy
      );
      return out.ETag ?? "";
    } catch (error) {
      if (conditionFailed(error) || "ifMatch" in condition && isMissing(error)) return void 0;
      throw error;
    }
  }
  /** Deletes the object only while its ETag is `etag`; false when it changed or is gone. */
  async deleteIf(key, etag) {
    try {
      await withRetry(
        () => this.s3.send(new import_client_s3.DeleteObjectCommand({ Bucket: this.bucket, Key: key, IfMatch: etag })),
        this.policy
      );
      return true;
    } catch (error) {
      if (conditionFailed(error) || isMissing(error)) return false;
      throw error;
    }
  }
  /** The object's text and ETag (for a conditional write after it), or undefined when it does not exist. */
  async getTagged(key) {
    try {
      return await withRetry(async () => {
        const out = await this.s3.send(new import_client_s3.GetObjectCommand({ Bucket: this.bucket, Key: key }));
        return { text: await out.Body?.transformToString("utf8") ?? "", etag: out.ETag ?? "" };
      }, this.policy);
    } catch (error) {
      if (isMissing(error)) return void 0;
      throw error;
    }
  }
  /** The object's text, or undefined when it does not exist. */
  async get(key) {
    return (await this.getTagged(key))?.text;
  }
  async exists(key) {
    try {
      await withRetry(
        () => this.s3.send(new import_client_s3.HeadObjectCommand({ Bucket: this.bucket, Key: key })),
        this.policy
      );
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }
  /** Every key under a prefix, in S3's (lexicographic) order. */
  async keys(prefix) {
    const keys = [];
    for await (const page of this.listing({ Prefix: prefix })) {
      for (const o of page.Contents ?? []) if (o.Key) keys.push(o.Key);
    }
    return keys;
  }
  /** The "folders" directly under a prefix. */
  async folders(prefix) {
    const out = [];
    for await (const page of this.listing({ Prefix: prefix, Delimiter: "/" })) {
      for (const p of page.CommonPrefixes ?? []) if (p.Prefix) out.push(p.Prefix.slice(prefix.length, -1));
    }
    return out;
  }
  listing(input) {
    return pagesWithRetry(
      (token) => this.s3.send(new import_client_s3.ListObjectsV2Command({ Bucket: this.bucket, ...input, ContinuationToken: token })),
      (page) => page.IsTruncated ? page.NextContinuationToken : void 0,
      this.policy
    );
  }
};
function isMissing(error) {
  const e = error;
  return e?.name === "NoSuchKey" || e?.name === "NotFound" || e?.$metadata?.httpStatusCode === 404;
}
function conditionFailed(error) {
  const e = error;
  const status = e?.$metadata?.httpStatusCode;
  return e?.name === "PreconditionFailed" || status === 412 || status === 409 && e?.name === "ConditionalRequestConflict";
}
async function mapLimit(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export {
  S3Io,
  isMissing,
  mapLimit
};
