// `npm run store-assets`: the Chrome Web Store images in docs/store/ (listing text: docs/store.md).
// Builds the extension when .output/chrome-mv3 is missing (`-- --build` rebuilds anyway), loads it in
// headless Chromium with the recorded API responses served on the real hostnames (scripts/lib/fake-api.ts;
// the real APIs are never contacted), and writes 1280×800 screenshots (demo news page with a badge's card
// open, popup light and dark, options, welcome) and the 440×280 small promo tile. Fixed viewport, device
// scale 1, English UI, light theme unless named; every step waits for what it shows, not for time.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from '@playwright/test';
import { extensionArgs, findChromium } from './lib/chromium.ts';
import { startFakeApi } from './lib/fake-api.ts';
import { startStaticServer } from './lib/static-server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'docs/store');
const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3');
const SCREEN = { width: 1280, height: 800 } as const;
const TILE = { width: 440, height: 280 } as const;
/** The tab the popup describes (its test-only `?tab=` parameter, entrypoints/popup/current-tab.ts). */
const POPUP_TAB = 'https://news.example.com/markets/bitcoin';
const TIMEOUT_MS = 30_000;
const DAY_MS = 86_400_000;
/** When the responses in tests/fixtures/api were recorded (mempool.space/api/v1/prices.json `time`). */
const RECORDED_AT_MS = 1_770_292_200_000;
/** Every time field in the recorded responses (seconds, or milliseconds when above 1e11). */
const TIME_KEYS = new Set(['time', 'timestamp', 'last_updated_at', 'estimatedRetargetDate', 'previousTime']);
const started = Date.now();

if (process.argv.includes('--build') || !existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
  console.log('▶ building the extension (wxt build)');
  const build = spawnSync(resolve(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
mkdirSync(OUT, { recursive: true });

const site = await startStaticServer(resolve(ROOT, 'scripts/demo-site'));
const fixtures = redatedFixtures();
const api = await startFakeApi(fixtures, resolve(ROOT, 'tests/e2e/support/cert'));
const context = await chromium.launchPersistentContext('', {
  executablePath: findChromium(),
  headless: true,
  viewport: SCREEN,
  deviceScaleFactor: 1,
  colorScheme: 'light',
  locale: 'en-US',
  timezoneId: 'UTC',
  // English UI whatever the machine's language: Chromium on Linux takes its UI language from LANGUAGE.
  env: { ...process.env, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US', LC_ALL: 'en_US.UTF-8' },
  args: [...extensionArgs({ extensionDir: EXTENSION_DIR, fakeApi: api }), '--lang=en-US'],
});
context.setDefaultTimeout(TIMEOUT_MS);
const written: string[] = [];

try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  await dataStored(worker);
  const extensionPage = (path: string) => `chrome-extension://${extensionId}/${path}`;

  // (a) The demo news page, the lead's badge hovered so its card is open.
  const news = await context.newPage();
  await news.goto(site.url('news.html', 'news.test'));
  const badges = news.locator('hashfloor-badge');
  await badges.first().waitFor();
  await overlayCaughtUp(news);
  const lead = news.locator('.dek hashfloor-badge');
  const hovered = (await lead.count()) > 0 ? lead.first() : badges.first();
  await hovered.hover();
  await news.waitForFunction(
    (el) => el?.getAttribute('aria-expanded') === 'true',
    await hovered.elementHandle(),
  );
  await settled(news);
  await shoot(news, 'news-badges.png');

  // (b) The popup at its natural size, composed on a backdrop, light and dark.
  for (const scheme of ['light', 'dark'] as const) {
    const popup = await context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 380, height: SCREEN.height });
    await popup.goto(extensionPage(`popup.html?tab=${encodeURIComponent(POPUP_TAB)}`));
    await popup.getByTestId('cost-chart').waitFor();
    await settled(popup);
    // The body is what Chrome sizes a popup to (its CSS width, its content's height).
    const size = await popup.evaluate(() => {
      const { width, height } = document.body.getBoundingClientRect();
      return { width, height };
    });
    // Chrome caps a popup at 600 px tall and scrolls the rest; the store image shows what the browser would.
    const clip = { x: 0, y: 0, width: Math.ceil(size.width), height: Math.min(600, Math.ceil(size.height)) };
    if (size.height > clip.height)
      console.log(`  popup is ${size.height} px tall: shown as Chrome does, 600 px`);
    const image = await popup.screenshot({ clip });
    await popup.close();
    const name = scheme === 'light' ? 'popup.png' : 'popup-dark.png';
    await compose(context, popupBackdrop(image, clip, scheme), SCREEN, name);
  }

  // (c) The options page.
  const options = await context.newPage();
  await options.goto(extensionPage('options.html'));
  await options.getByTestId('live-cost').waitFor();
  await settled(options);
  await shoot(options, 'options.png');

  // (d) The welcome page a first install opens, with its live example badge.
  const welcome = await context.newPage();
  await welcome.goto(extensionPage('welcome.html'));
  await welcome.getByTestId('example').locator('hashfloor-badge').waitFor();
  await settled(welcome);
  await shoot(welcome, 'welcome.png');

  // The small promo tile.
  await compose(context, promoTile(), TILE, 'promo-small-440x280.png');
} finally {
  await context.close();
  await site.close();
  await api.close();
  rmSync(fixtures, { recursive: true, force: true });
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
for (const file of written)
  console.log(`  ${file}  ${pngSize(file).join('×')}  ${statSync(file).size} bytes`);
console.log(`✔ ${written.length} images in ${OUT} (${seconds} s)`);

/**
 * A copy of the recorded responses moved forward by whole days so the recorded year ends yesterday:
 * otherwise the popup's one-year chart shows the months since the recording as "no data". The values
 * are the recorded ones; only their dates move (the fake API does the same for the spot price's time).
 */
function redatedFixtures(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hashfloor-store-api-'));
  cpSync(resolve(ROOT, 'tests/fixtures/api'), dir, { recursive: true });
  const days = Math.floor(Date.now() / DAY_MS) - Math.floor(RECORDED_AT_MS / DAY_MS);
  const shift = (key: string, value: unknown): unknown =>
    TIME_KEYS.has(key) && typeof value === 'number'
      ? value + (value > 1e11 ? days * DAY_MS : (days * DAY_MS) / 1000)
      : value;
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.json'))
        writeFileSync(path, JSON.stringify(JSON.parse(readFileSync(path, 'utf8'), shift)));
    }
  };
  visit(dir);
  console.log(`● data: recorded responses (tests/fixtures/api), re-dated by ${days} days`);
  return dir;
}

/** The part of `chrome.storage` the wait below uses, inside the service worker. */
interface WorkerStorage {
  local: { get(keys: string[]): Promise<Record<string, unknown>> };
  onChanged: { addListener(listener: () => void): void; removeListener(listener: () => void): void };
}

/** Resolves once the background has stored a snapshot and the history (the popup's chart needs both). */
async function dataStored(worker: Worker): Promise<void> {
  const stored = worker.evaluate(
    () =>
      new Promise<void>((done) => {
        const { storage } = (globalThis as unknown as { chrome: { storage: WorkerStorage } }).chrome;
        const check = async () => {
          const got = await storage.local.get(['snapshot', 'history']);
          if (got.snapshot && got.history) {
            storage.onChanged.removeListener(check);
            done();
          }
        };
        storage.onChanged.addListener(check);
        void check();
      }),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(
      () => fail(new Error(`no snapshot and history after ${TIMEOUT_MS / 1000} s`)),
      TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([stored, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The overlay has handled the page so far: a sentinel price gets its badge (tests/e2e/support/overlay-caught-up.ts). */
async function overlayCaughtUp(page: Page): Promise<void> {
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'hashfloor-store-sentinel';
    p.textContent = 'Bitcoin traded at $70,321 at the close.';
    document.body.append(p);
  });
  await page.locator('#hashfloor-store-sentinel hashfloor-badge').waitFor();
  await page.evaluate(() => document.getElementById('hashfloor-store-sentinel')?.remove());
}

/** Fonts loaded, images decoded and two frames painted. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}

async function shoot(page: Page, name: string): Promise<void> {
  const path = resolve(OUT, name);
  await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
  written.push(path);
}

/** Renders `html` in a plain page of `size` and screenshots it. */
async function compose(
  ctx: BrowserContext,
  html: string,
  size: { width: number; height: number },
  name: string,
): Promise<void> {
  const page = await ctx.newPage();
  await page.setViewportSize(size);
  await page.setContent(html, { waitUntil: 'load' });
  await settled(page);
  await shoot(page, name);
  await page.close();
}

function dataUrl(png: Buffer): string {
  return `data:image/png;base64,${png.toString('base64')}`;
}

/** The popup as the browser shows it: hanging from a toolbar, centred on a neutral backdrop. */
function popupBackdrop(
  png: Buffer,
  size: { width: number; height: number },
  scheme: 'light' | 'dark',
): string {
  const dark = scheme === 'dark';
  const icon = dataUrl(readFileSync(resolve(ROOT, 'public/icon/32.png')));
  const top = Math.max(40, Math.round((SCREEN.height - size.height) / 2));
  return `<!doctype html><html><head><style>
    html,body{margin:0;height:100%}
    body{background:${dark ? 'linear-gradient(#202124,#17181b)' : 'linear-gradient(#eef1f5,#e3e7ed)'};position:relative;overflow:hidden}
    .bar{position:absolute;inset:0 0 auto 0;height:${top - 12}px;background:${dark ? '#2b2c30' : '#f8f9fb'};
      border-bottom:1px solid ${dark ? '#3c3d42' : '#d7dbe1'}}
    .icon{position:absolute;left:calc(50% + ${size.width / 2 - 28}px);bottom:6px;width:20px;height:20px;
      padding:4px;border-radius:6px;background:${dark ? '#3c3d42' : '#e3e7ed'}}
    .popup{position:absolute;left:50%;top:${top}px;transform:translateX(-50%);width:${size.width}px;
      height:${size.height}px;border-radius:10px;overflow:hidden;
      box-shadow:0 12px 40px rgba(0,0,0,${dark ? 0.6 : 0.22}),0 0 0 1px rgba(0,0,0,${dark ? 0.5 : 0.1})}
    .popup img{display:block}
  </style></head><body>
    <div class="bar"><img class="icon" src="${icon}" alt=""></div>
    <div class="popup"><img src="${dataUrl(png)}" width="${size.width}" height="${size.height}" alt=""></div>
  </body></html>`;
}

/** 440×280: the icon, the name and one line that says what it does. */
function promoTile(): string {
  const svg = readFileSync(resolve(ROOT, 'docs/icon/hashfloor.svg'), 'utf8').replace(
    /<title>.*?<\/title>/s,
    '',
  );
  return `<!doctype html><html><head><style>
    html,body{margin:0;width:${TILE.width}px;height:${TILE.height}px;overflow:hidden}
    body{display:flex;flex-direction:column;align-items:center;justify-content:center;gap:14px;
      background:linear-gradient(160deg,#fdf6ec 0%,#f3f5f8 60%,#e6eaf0 100%);color:#101828;
      font-family:system-ui,"Liberation Sans","DejaVu Sans",sans-serif}
    .mark{display:flex;align-items:center;gap:14px}
    .mark svg{width:84px;height:84px}
    .name{font-size:40px;font-weight:700;letter-spacing:-0.5px}
    .claim{font-size:19px;line-height:1.3;text-align:center;max-width:400px;color:#344054}
  </style></head><body>
    <div class="mark">${svg}<span class="name">Hashfloor</span></div>
    <div class="claim">Bitcoin's price against the cost to mine it</div>
  </body></html>`;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}
