import type { AlarmInfo } from '../../../lib/background/alarms';
import type { BackgroundBrowser } from '../../../lib/background/service';
import type { ToolbarView } from '../../../lib/background/toolbar';
import type { Catalogue } from '../../../lib/i18n/types';
import enMessages from '../../../public/_locales/en/messages.json';
import { i18nApi } from '../words';

// A small in-memory `browser` for the background: storage (values cloned like the real
// one, onChanged fired), alarms (creations counted), runtime messages and the toolbar action.

type Listener = (...args: never[]) => unknown;
const event = <F extends Listener>() => {
  const listeners: F[] = [];
  return {
    listeners,
    addListener: (fn: F) => void listeners.push(fn),
    removeListener: (fn: F) => void listeners.splice(listeners.indexOf(fn) >>> 0, 1),
  };
};

export function createFakeBrowser(id = 'hashfloor-test') {
  const onChanged = event<(changes: Record<string, { newValue?: unknown }>, area: string) => void>();
  const area = (name: string, data: Record<string, unknown> = {}) => ({
    data,
    async get(keys?: string | string[] | null) {
      const list = keys == null ? Object.keys(data) : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items: Record<string, unknown>) {
      const changes: Record<string, { newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        data[k] = structuredClone(v);
        changes[k] = { newValue: structuredClone(v) };
      }
      for (const fn of onChanged.listeners) fn(changes, name);
    },
    async remove(keys: string | string[]) {
      for (const k of Array.isArray(keys) ? keys : [keys]) delete data[k];
    },
  });
  const alarms = new Map<string, AlarmInfo>();
  const created: string[] = [];
  const onAlarm = event<(alarm: AlarmInfo) => void>();
  const onMessage = event<(message: unknown, sender: { id?: string }) => Promise<unknown> | undefined>();
  const onInstalled = event<(details: { reason: string }) => void>();
  const onCommand = event<(command: string, tab?: { url?: string }) => void>();
  const onClicked =
    event<(info: { menuItemId: string | number; pageUrl?: string }, tab?: { url?: string }) => void>();
  const menus: string[] = [];
  const onNotificationClicked = event<(id: string) => void>();
  const notified: Array<{ id: string; title: string; message: string }> = [];
  let notificationsGranted = false;
  let activeUrl: string | undefined;
  const opened: string[] = [];
  const views: Partial<ToolbarView>[] = [];
  let view: Partial<ToolbarView> = {};
  const record = (patch: Partial<ToolbarView>) => {
    view = { ...view, ...patch };
    views.push(view);
  };
  const browser = {
    runtime: {
      id,
      onMessage,
      openOptionsPage: async () => undefined,
      onInstalled,
      getURL: (path: string) => `chrome-extension://${id}${path}`,
    },
    tabs: {
      create: async ({ url }: { url: string }) => void opened.push(url),
      query: async () => [{ url: activeUrl }],
    },
    commands: { onCommand },
    permissions: { contains: async () => notificationsGranted },
    notifications: {
      create: async (id: string, o: { title: string; message: string }) =>
        void notified.push({ id, title: o.title, message: o.message }),
      onClicked: onNotificationClicked,
    },
    contextMenus: {
      create: ({ id }: { id: string }) => {
        if (menus.includes(id)) throw new Error('duplicate id');
        menus.push(id);
      },
      onClicked,
    },
    storage: { local: area('local'), sync: area('sync'), onChanged },
    alarms: {
      get: async (name: string) => alarms.get(name),
      create: (name: string, info: { periodInMinutes: number }) => {
        created.push(name);
        alarms.set(name, { name, periodInMinutes: info.periodInMinutes });
      },
      onAlarm,
    },
    i18n: i18nApi(enMessages as Catalogue, 'en-US'),
    action: {
      setBadgeText: ({ text }: { text: string }) => record({ text }),
      setBadgeBackgroundColor: ({ color }: { color: string }) => record({ color }),
      setTitle: ({ title }: { title: string }) => record({ title }),
    },
  } satisfies BackgroundBrowser;

  return {
    browser,
    local: browser.storage.local,
    sync: browser.storage.sync,
    created,
    view: () => view,
    /** Sends a message as the extension itself (or as `senderId`), like runtime.sendMessage. */
    send: (message: unknown, senderId = id) => {
      const [listener] = onMessage.listeners;
      if (!listener) throw new Error('no onMessage listener');
      return listener(message, { id: senderId });
    },
    /** Tabs the background opened, and context-menu items it created. */
    opened,
    notified,
    grantNotifications: () => {
      notificationsGranted = true;
    },
    clickNotification: (id: string) => {
      for (const fn of onNotificationClicked.listeners) fn(id);
    },
    menus,
    /** The keyboard shortcut, with the tab Chrome passes (or none, then the active tab's URL is asked). */
    command: (name: string, tab?: { url?: string }, active?: string) => {
      activeUrl = active;
      for (const fn of onCommand.listeners) fn(name, tab);
    },
    menuClick: (id: string, pageUrl: string) => {
      for (const fn of onClicked.listeners) fn({ menuItemId: id, pageUrl });
    },
    install: (reason: 'install' | 'update') => {
      for (const fn of onInstalled.listeners) fn({ reason });
    },
    fireAlarm: (name: string) => {
      for (const fn of onAlarm.listeners) fn({ name });
    },
  };
}
export type FakeBrowser = ReturnType<typeof createFakeBrowser>;
