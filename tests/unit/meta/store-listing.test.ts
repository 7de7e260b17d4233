import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The store listing (docs/store.md) justifies every permission the extension asks for: adding one to
// wxt.config.ts without a section under "Permission justifications" fails here, and so does a section
// for a permission no longer requested. (tests/e2e/bundle-budget.spec.ts checks the built manifest.)
const ROOT = join(import.meta.dirname, '../../..');
const STORE = join(ROOT, 'docs/store.md');
const store = readFileSync(STORE, 'utf8');

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
}

/** Everything a manifest asks the user or the store reviewer to grant. */
const requested = (m: Manifest): string[] => [
  ...(m.permissions ?? []),
  ...(m.optional_permissions ?? []),
  ...(m.host_permissions ?? []),
  ...(m.optional_host_permissions ?? []),
  ...(m.content_scripts ?? []).flatMap((script) => script.matches ?? []),
];

type ConfigModule = typeof import('../../../wxt.config');
type ManifestFn = (env: object) => Manifest | Promise<Manifest>;
type ManifestHook = (wxt: unknown, manifest: Manifest) => void;

/** The manifest wxt.config.ts declares for `browser`, in the default or the ask-per-site flavour. */
async function declared(browser: 'chrome' | 'firefox', onRequest: boolean): Promise<Manifest> {
  vi.resetModules();
  vi.stubEnv('HASHFLOOR_SITE_ACCESS', onRequest ? 'on-request' : '');
  const config = ((await import('../../../wxt.config')) as ConfigModule).default;
  const env = {
    browser,
    manifestVersion: browser === 'chrome' ? 3 : 2,
    mode: 'production',
    command: 'build',
  };
  const manifest = { ...(await (config.manifest as ManifestFn)(env)) };
  // The content script is added by a build hook, as in the real build.
  const hooks = config.hooks as Record<string, ManifestHook | undefined> | undefined;
  hooks?.['build:manifestGenerated']?.({}, manifest);
  return manifest;
}

const FLAVOURS = [
  ['chrome', false],
  ['chrome', true],
  ['firefox', false],
  ['firefox', true],
] as const;

/** The permissions named in backticks in the headings of the "Permission justifications" section. */
function justified(): Map<string, string> {
  const section = store.split(/^## Permission justifications$/m)[1]?.split(/^## /m)[0] ?? '';
  const found = new Map<string, string>();
  for (const part of section.split(/^### /m).slice(1)) {
    const [heading = '', ...body] = part.split('\n');
    for (const [, name] of heading.matchAll(/`([^`]+)`/g)) found.set(name!, body.join(' ').trim());
  }
  return found;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('store listing (docs/store.md)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('justifies every permission the declared manifests request, in a section of its own words', async () => {
    const sections = justified();
    const all = new Set<string>();
    for (const [browser, onRequest] of FLAVOURS) {
      const names = requested(await declared(browser, onRequest));
      expect(names, `${browser}${onRequest ? ' on-request' : ''} requests something`).not.toEqual([]);
      for (const name of names) all.add(name);
    }
    const missing = [...all].filter((name) => !sections.has(name));
    expect(missing, 'permissions with no "### `name`" section under "Permission justifications"').toEqual([]);
    const thin = [...all].filter((name) => (sections.get(name) ?? '').length < 80);
    expect(thin, 'justifications shorter than a sentence or two').toEqual([]);
    // And nothing is justified that no flavour requests any more.
    expect([...sections.keys()].filter((name) => !all.has(name))).toEqual([]);
  });

  it('has a summary within the store limit and a single-purpose and a data-usage section', () => {
    const summary = store.match(/\*\*Summary\*\*[^\n]*:\n\s+(.+)/)?.[1]?.trim() ?? '';
    expect(summary.length).toBeGreaterThan(20);
    expect(summary.length).toBeLessThanOrEqual(132);
    for (const heading of ['## Single purpose', '## Data usage', '### Description'])
      expect(store).toContain(`\n${heading}\n`);
  });

  it('links images that exist, at the store sizes', () => {
    const images = [...store.matchAll(/\]\((store\/[^)]+\.png)\)/g)].map(([, path]) => path!);
    expect(new Set(images).size).toBeGreaterThanOrEqual(5);
    for (const image of new Set(images)) {
      const size = pngSize(join(dirname(STORE), image));
      expect([
        [1280, 800],
        [440, 280],
      ]).toContainEqual(size);
    }
  });
});
