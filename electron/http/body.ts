import type { IncomingMessage } from 'node:http';

/** Thrown when a request body exceeds the limit; answered with 413. */
export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`Request body exceeds ${limit} bytes`);
  }
}

/**
 * Read the whole body as UTF-8, refusing more than `limit` bytes (by Content-Length up front, else while reading).
 * The chunks are joined once, after the last one, and dropped as soon as the text is made.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new BodyTooLarge(limit));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        chunks.length = 0;
        reject(new BodyTooLarge(limit));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (failed) return;
      const text = Buffer.concat(chunks, size).toString('utf8');
      chunks.length = 0;
      resolve(text);
    });
    req.on('error', (err) => {
      if (!failed) reject(err);
    });
  });
}
