import { PassThrough, type Readable } from 'node:stream';

/**
 * The built message handed on as one chunk. nodemailer streams a message in base64 lines, and each
 * line went through the SMTP data stream to its own socket write: hundreds of writes per alert,
 * more than a tenth of a sender's CPU in a profile of the bulk phase. Alerts and digests are tens
 * of KB, so holding one whole costs little. Nothing is read from the returned stream until the
 * connection pipes it (after DATA), as before: a failure earlier still leaves the body unstarted.
 */
export function wholeMessage(input: Readable): Readable {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  input.on('data', (chunk: Buffer | string) => chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk));
  input.once('end', () => output.end(Buffer.concat(chunks)));
  input.once('error', (err) => output.destroy(err));
  return output;
}
