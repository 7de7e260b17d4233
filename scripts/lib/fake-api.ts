import { createHash, X509Certificate } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join, normalize, resolve } from 'node:path';
import { API_HOST_PATTERNS } from '../../lib/sources/hosts.ts';

/** The real API hostnames the background talks to (its host permissions). */
export const API_HOSTNAMES = API_HOST_PATTERNS.map((pattern) => new URL(pattern.replace('*', '')).hostname);

// Recorded responses carry their recording time; the background rightly rejects a price hours old
// (docs/domain.md §6: "check staleness"), so replay stamps it with the current time.
const FRESHEN: Record<string, (body: string) => string> = {
  'mempool.space/api/v1/prices': (body) =>
    JSON.stringify({ ...JSON.parse(body), time: Math.floor(Date.now() / 1000) }),
};

export interface Fault {
  status?: number;
  body?: string;
  headers?: Record<string, string>;
  /** Hold the answer this long (a timeout test uses more than the client's timeout). */
  delayMs?: number;
  /** Answer normally after this many faulty answers (default: forever). */
  times?: number;
}

export interface ApiRequest {
  host: string;
  path: string;
  at: number;
}

/**
 * HTTPS server that answers on the real API hostnames (mapped to it by Chromium's
 * --host-resolver-rules) with recorded responses from `root/<host>/<path>[.json|.txt]`.
 */
export async function startFakeApi(root: string, certDir: string) {
  const base = resolve(root);
  const certPem = readFileSync(join(certDir, 'cert.pem'));
  const faults = new Map<string, Fault>();
  const requests: ApiRequest[] = [];

  const findFile = (host: string, path: string): string | undefined => {
    const stem = normalize(join(base, host, path));
    if (!stem.startsWith(base)) return undefined;
    return [stem, `${stem}.json`, `${stem}.txt`].find((file) =>
      statSync(file, { throwIfNoEntry: false })?.isFile(),
    );
  };

  const server = createServer({ cert: certPem, key: readFileSync(join(certDir, 'key.pem')) }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    requests.push({ host, path, at: Date.now() });
    const cors = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
    const fault = faults.get(`${host}${path}`) ?? faults.get(host) ?? faults.get('*');
    const answer = () => {
      if (fault && (fault.times === undefined || fault.times > 0)) {
        if (fault.times !== undefined) fault.times -= 1;
        res.writeHead(fault.status ?? 500, { ...cors, ...fault.headers });
        return void res.end(fault.body ?? '');
      }
      const file = findFile(host, path);
      if (!file) return void res.writeHead(404, cors).end('{"error":"no recorded response"}');
      const type = file.endsWith('.txt') ? 'text/plain' : 'application/json';
      const body = readFileSync(file, 'utf8');
      res.writeHead(200, { ...cors, 'content-type': type }).end(FRESHEN[`${host}${path}`]?.(body) ?? body);
    };
    if (fault?.delayMs) setTimeout(answer, fault.delayMs);
    else answer();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  const spki = new X509Certificate(certPem).publicKey.export({ type: 'spki', format: 'der' });

  return {
    port,
    requests,
    /** Base64 SHA-256 of the certificate's public key, for --ignore-certificate-errors-spki-list. */
    spkiHash: createHash('sha256').update(spki).digest('base64'),
    /** `target` is `host/path`, a bare host, or `*` for every request. */
    fail: (target: string, fault: Fault) => void faults.set(target, { ...fault }),
    heal: () => faults.clear(),
    count: (host: string, path?: string) =>
      requests.filter((r) => r.host === host && (path === undefined || r.path === path)).length,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
export type FakeApi = Awaited<ReturnType<typeof startFakeApi>>;
