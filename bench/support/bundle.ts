/**
 * Sizes of what the Chrome build ships, per entry point: the JavaScript each one loads (an HTML
 * page's module scripts and modulepreloads, followed through their static imports), raw and gzip -9.
 * Shared by the overlay benchmark and the bundle budget test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUILD_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface EntrySize {
  /** Files counted, relative to the build directory. */
  files: string[];
  raw: number;
  /** Sum of each file gzipped on its own at level 9. */
  gzip: number;
}

/** `entry` plus every chunk it imports statically (`from"./x.js"`, `import"./x.js"`), transitively. */
function withImports(entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g))
      if (m[1]!.startsWith('.')) visit(resolve(dirname(file), m[1]!));
  };
  for (const entry of entries) visit(entry);
  return [...seen];
}

/** The JavaScript files an extension HTML page loads. */
function pageScripts(dir: string, html: string): string[] {
  const text = readFileSync(join(dir, html), 'utf8');
  const refs = [...text.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.js)"/g)].map((m) =>
    join(dir, m[1]!.replace(/^\//, '')),
  );
  return withImports(refs);
}

function measure(dir: string, files: string[]): EntrySize {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: files.map((f) => relative(dir, f)), raw, gzip };
}

export type EntryName = 'gate' | 'overlay' | 'background' | 'popup' | 'options';

/** The scripts the manifest injects into every page (the gate). */
export function injectedScripts(dir = BUILD_DIR): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const scripts: { js?: string[] }[] = manifest.content_scripts ?? [];
  return scripts.flatMap((s) => s.js ?? []).map((file) => join(dir, file));
}

/**
 * Sizes of what every frame parses (`gate`: the manifest's content scripts), of the overlay loaded
 * where Bitcoin is named, of the background, and of the popup's and options page's JavaScript.
 */
export function bundleSizes(dir = BUILD_DIR): Record<EntryName, EntrySize> {
  if (!existsSync(join(dir, 'manifest.json')))
    throw new Error(`no build in ${dir}: run \`npx wxt build\` first`);
  return {
    gate: measure(dir, withImports(injectedScripts(dir))),
    overlay: measure(dir, withImports([join(dir, 'overlay.js')])),
    background: measure(dir, withImports([join(dir, 'background.js')])),
    popup: measure(dir, pageScripts(dir, 'popup.html')),
    options: measure(dir, pageScripts(dir, 'options.html')),
  };
}
