import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { checkWebhookAddress, checkWebhookUrl } from './webhook-address';

// One POST to a user's webhook that cannot be turned against private services: each hop's URL is
// checked, every address DNS answers is checked inside the connection's own lookup (so the
// address connected to is the address checked, with no second lookup to rebind), redirects are
// followed by hand and checked again, and the whole exchange has one deadline. The answer's body
// is never read: only the status matters.

export type Resolve = (hostname: string) => Promise<{ address: string; family: number }[]>;

export type WebhookRequestOptions = {
  headers: Record<string, string>;
  body: string;
  allowLocal: boolean;
  timeoutMs: number;
  resolve?: Resolve;
};

export class WebhookRefusedError extends Error {
  constructor(reason: string) {
    super(`refused: ${reason}`);
    this.name = 'WebhookRefusedError';
  }
}

const MAX_REDIRECTS = 3;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const resolveWithDns: Resolve = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

function guardedLookup(resolve: Resolve, allowLocal: boolean): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname)
      .then((answers) => {
        if (answers.length === 0) throw new WebhookRefusedError(`${hostname} has no address`);
        for (const answer of answers) {
          const problem = checkWebhookAddress(answer.address, allowLocal);
          if (problem) throw new WebhookRefusedError(`${hostname} resolves to ${problem}`);
        }
        const [first] = answers;
        if (options.all) callback(null, answers);
        else callback(null, first!.address, first!.family);
      })
      .catch((error: NodeJS.ErrnoException) => callback(error, '', 0));
  };
}

function postOnce(url: URL, options: WebhookRequestOptions, signal: AbortSignal): Promise<{ status: number; location: string | undefined }> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const request = client.request(url, {
      method: 'POST',
      headers: { ...options.headers, 'content-length': Buffer.byteLength(options.body).toString() },
      lookup: guardedLookup(options.resolve ?? resolveWithDns, options.allowLocal),
      agent: false, // a fresh connection per hop, so every hop goes through the lookup above
      signal,
    });
    request.on('response', (response) => {
      resolve({ status: response.statusCode ?? 0, location: response.headers.location });
      response.destroy(); // the body could be endless; nothing in it is needed
    });
    request.on('error', reject);
    request.end(options.body);
  });
}

/** POSTs `body` to `address`, following up to three redirects; returns the final status. */
export async function postWebhook(address: string, options: WebhookRequestOptions): Promise<number> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let url = new URL(address);
  for (let hop = 0; ; hop++) {
    const problem = checkWebhookUrl(url, options.allowLocal);
    if (problem) throw new WebhookRefusedError(problem);
    const { status, location } = await postOnce(url, options, signal);
    if (!REDIRECTS.has(status) || !location) return status;
    if (hop === MAX_REDIRECTS) throw new WebhookRefusedError(`more than ${MAX_REDIRECTS} redirects`);
    url = new URL(location, url);
  }
}
