import { existsSync } from 'node:fs';
import { API_HOSTNAMES } from './fake-api.ts';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Chromium to drive: $CHROMIUM_PATH first, then the usual system locations. */
export function findChromium(): string {
  const found = [process.env.CHROMIUM_PATH, ...CANDIDATES].find((path) => path && existsSync(path));
  if (!found) {
    throw new Error(
      'Chromium not found: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.',
    );
  }
  return found;
}

/** Flags that keep Chromium quiet on a closed network (guide: no background networking, no QUIC). */
export const QUIET_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

export interface ExtensionLaunch {
  extensionDir: string;
  /** When set, the real API hostnames resolve to this local HTTPS port and its certificate is trusted. */
  fakeApi?: { port: number; spkiHash: string };
}

/** Arguments that load the unpacked extension and map `*.test` (and, optionally, the APIs) to 127.0.0.1. */
export function extensionArgs({ extensionDir, fakeApi }: ExtensionLaunch): string[] {
  const rules = ['MAP *.test 127.0.0.1'];
  if (fakeApi) rules.unshift(...API_HOSTNAMES.map((host) => `MAP ${host} 127.0.0.1:${fakeApi.port}`));
  return [
    ...QUIET_FLAGS,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    `--host-resolver-rules=${rules.join(', ')}`,
    ...(fakeApi ? [`--ignore-certificate-errors-spki-list=${fakeApi.spkiHash}`] : []),
  ];
}
