import { detectPrices } from '../detect';
import { templatesOf } from '../i18n/templates';
import { type I18nApi, translatorOf, type UiWords } from '../i18n/types';
import { PAGE_WORDS } from '../overlay/page-words';
import { createSettingsStore, type KeyValueArea, SETTINGS_KEY, withNotPrice } from '../settings';
import { SNAPSHOT_KEY, type Snapshot } from '../snapshot/schema';
import type { HttpDeps } from '../sources/http';
import { onKeysChanged } from '../storage-watch';
import { type AlarmInfo, type AlarmsApi, ensureAlarms, isOurAlarm } from './alarms';
import { createAlerter } from './alerter';
import { type ServedPort, serveDetectPort } from './detect-port';
import { createMessageHandler, type MessageSender } from './message-handler';
import { createOverlayViewPublisher } from './overlay-view';
import { TOGGLE_SITE, toggleSite } from './quick-toggle';
import { createRefresher } from './refresher';
import { loadSnapshot, loadState, type StorageArea } from './state';
import { type ActionApi, applyToolbar, toolbarView } from './toolbar';

// Wires the background from the world it is given: the `browser` object (or a fake) and
// fetch/clock. entrypoints/background.ts only calls startBackground(browser, realWorld).

interface Event<F> {
  addListener(listener: F): void;
}
type StorageChanges = Record<string, { newValue?: unknown; oldValue?: unknown }>;

/** The slice of the WebExtension `browser` API the background uses. */
export interface BackgroundBrowser {
  runtime: {
    id: string;
    onMessage: Event<(message: unknown, sender: MessageSender) => Promise<unknown> | undefined>;
    /** The overlays' detector ports (detect-port.ts); optional where a test's fake browser has none. */
    onConnect?: Event<(port: ServedPort) => void>;
    openOptionsPage(): Promise<void>;
    onInstalled?: Event<(details: { reason: string }) => void>;
    getURL?(path: string): string;
  };
  tabs?: {
    create(details: { url: string }): Promise<unknown>;
    query?(filter: { active: boolean; currentWindow: boolean }): Promise<Array<{ url?: string }>>;
  };
  commands?: { onCommand: Event<(command: string, tab?: { url?: string }) => void> };
  permissions?: { contains(details: { permissions: ['notifications'] }): Promise<boolean> };
  notifications?: {
    create(
      id: string,
      options: { type: 'basic'; iconUrl: string; title: string; message: string },
    ): Promise<unknown>;
    onClicked: Event<(id: string) => void>;
  };
  contextMenus?: {
    create(details: { id: string; title: string; contexts: ['page', 'selection', 'link'] }): unknown;
    onClicked: Event<
      (info: { menuItemId: string | number; pageUrl?: string }, tab?: { url?: string }) => void
    >;
  };
  storage: {
    local: StorageArea;
    sync?: KeyValueArea;
    onChanged: Event<(changes: StorageChanges, areaName: string) => void>;
  };
  alarms: AlarmsApi & { onAlarm: Event<(alarm: AlarmInfo) => void> };
  /** The toolbar title, notifications, the context menu and the model's words on badges' cards. */
  i18n: I18nApi;
  action?: ActionApi;
  browserAction?: ActionApi;
}

export interface StartedBackground {
  /** Resolves when the startup work (stored snapshot painted, alarms ensured, revalidation) is done. */
  ready: Promise<void>;
  refresh: () => Promise<Snapshot | null>;
}

/** Registers every listener synchronously (MV3 requires it), then revalidates in the background. */
/** `locale`: the reader's (`navigator.language`), for the numbers pages show on badges. */
export function startBackground(
  browser: BackgroundBrowser,
  http: HttpDeps,
  locale?: string,
): StartedBackground {
  const local = browser.storage.local;
  const words: UiWords = { t: translatorOf(browser.i18n), locale: browser.i18n.getUILanguage() };
  const settingsStore = createSettingsStore(browser.storage.sync, local);
  const action = browser.action ?? browser.browserAction;
  const paint = async (snapshot: Snapshot | null) => {
    const { paused, toolbarShows } = await settingsStore.load();
    const { log } = snapshot ? { log: null } : await loadState(local);
    const unreachable = !!(log?.price?.failed || log?.network?.failed);
    await applyToolbar(
      action,
      toolbarView(snapshot, http.now(), { paused, shows: toolbarShows, unreachable }, words),
    );
  };
  const alert = createAlerter({
    local,
    loadSettings: settingsStore.load,
    now: http.now,
    words,
    // Only with the optional permission granted (asked for when the first alert is switched on).
    notify: async (note) => {
      const granted = await browser.permissions
        ?.contains({ permissions: ['notifications'] })
        .catch(() => false);
      if (!granted || !browser.notifications) return;
      await browser.notifications
        .create(`hashfloor-${note.id}`, {
          type: 'basic',
          iconUrl: browser.runtime.getURL?.('/icon/128.png') ?? '',
          title: note.title,
          message: note.message,
        })
        .catch(() => {});
    },
  });
  const refresher = createRefresher({
    http,
    local,
    loadSettings: settingsStore.load,
    onSnapshot: async (snapshot, fetched) => {
      await paint(snapshot);
      // Settings rebuilds are no news: alerts follow the market, on fetches only.
      if (fetched) await alert(snapshot).catch(() => {});
    },
  });
  const revalidate = () => void refresher.refresh();
  const overlayView = createOverlayViewPublisher({
    local,
    loadSettings: settingsStore.load,
    loadSnapshot: () => loadSnapshot(local),
    t: words.t,
    words: templatesOf(browser.i18n, PAGE_WORDS),
    ...(locale ? { locale } : {}),
  });

  const handleMessage = createMessageHandler({
    runtimeId: browser.runtime.id,
    getSnapshot: () => loadSnapshot(local),
    revalidate,
    // The popup's Refresh button: the user asked, so try once through the cool-downs (gap F).
    refresh: () => refresher.refresh({ force: true }),
    openOptions: () => browser.runtime.openOptionsPage(),
    addNotPrice: async (rule) => void (await settingsStore.update((s) => withNotPrice(s, rule))),
    detect: detectPrices,
  });
  browser.runtime.onMessage.addListener(handleMessage);
  browser.runtime.onConnect?.addListener(serveDetectPort(browser.runtime.id, handleMessage));
  // A first install opens the welcome page (what a badge says, what leaves the browser); updates do not.
  // Menu items persist across worker restarts; they are created once per install or update.
  browser.runtime.onInstalled?.addListener(({ reason }) => {
    const url = browser.runtime.getURL?.('/welcome.html');
    if (reason === 'install' && url) void browser.tabs?.create({ url }).catch(() => {});
    try {
      browser.contextMenus?.create({
        id: TOGGLE_SITE,
        title: words.t('contextMenuToggle'),
        contexts: ['page', 'selection', 'link'],
      });
    } catch {
      // Already there (an update re-runs this): nothing to do.
    }
  });
  // The shortcut grants activeTab, so the tab's URL is known; older Chromes pass no tab.
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== TOGGLE_SITE) return;
    const url = tab?.url
      ? Promise.resolve(tab.url)
      : (browser.tabs?.query?.({ active: true, currentWindow: true }) ?? Promise.resolve([])).then(
          ([active]) => active?.url,
        );
    void url.then((u) => toggleSite(settingsStore, u)).catch(() => {});
  });
  // A notification opens the popup's view (as a tab: an extension cannot open its popup itself).
  browser.notifications?.onClicked.addListener((id) => {
    const url = browser.runtime.getURL?.('/popup.html');
    if (id.startsWith('hashfloor-') && url) void browser.tabs?.create({ url }).catch(() => {});
  });
  browser.contextMenus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId === TOGGLE_SITE)
      void toggleSite(settingsStore, info.pageUrl ?? tab?.url).catch(() => {});
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (isOurAlarm(alarm.name)) revalidate();
  });
  onKeysChanged(browser.storage, ['sync', 'local'], [SETTINGS_KEY, SNAPSHOT_KEY], (changed) => {
    // Whoever wrote them (this worker, the options page, a test), pages see them through the view.
    void overlayView.publish();
    if (!(SETTINGS_KEY in changed)) return;
    void refresher.rebuild();
    void settingsStore.load().then((settings) => ensureAlarms(browser.alarms, settings));
  });

  const ready = (async () => {
    // Answer at once from storage (a restarted worker), then fetch only what is due.
    await paint(await loadSnapshot(local));
    await overlayView.publish();
    await ensureAlarms(browser.alarms, await settingsStore.load());
    await refresher.refresh();
  })().catch((error) => console.warn('hashfloor: startup failed', error));

  return { ready, refresh: () => refresher.refresh() };
}

/** The real world: global fetch, timers and clock. */
export const realHttp = (): HttpDeps => ({
  fetch: (url, init) => fetch(url, init),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
  now: Date.now,
});
