import type { Translate } from '../i18n/types';
import { OVERLAY_VIEW_KEY, overlayViewOf } from '../overlay/overlay-view';
import type { Settings } from '../settings';
import type { Snapshot } from '../snapshot/schema';
import type { StorageArea } from './state';

export interface OverlayViewDeps {
  local: Pick<StorageArea, 'get' | 'set'>;
  loadSettings: () => Promise<Settings>;
  loadSnapshot: () => Promise<Snapshot | null>;
  /** The reader's locale (`navigator.language`, as pages see it), for the numbers badges show. */
  locale?: string;
  /** The model's words on cards, in the UI language. */
  t: Translate;
  /** The words badges and cards say, as templates (lib/overlay/page-words.ts): pages read them here. */
  words?: Record<string, string>;
}

/**
 * Publishes the overlay's view (lib/overlay/overlay-view.ts) from the validated settings and
 * snapshot, one write at a time and only when it changed, so pages read a small typed value and
 * never parse the snapshot themselves.
 * @example const { publish } = createOverlayViewPublisher(deps); storage.onChanged.addListener(publish);
 */
export function createOverlayViewPublisher(deps: OverlayViewDeps) {
  let written: string | undefined;
  let queue = Promise.resolve();
  const publishNow = async () => {
    const json = JSON.stringify(
      overlayViewOf(await deps.loadSettings(), await deps.loadSnapshot(), deps.t, deps.locale, deps.words),
    );
    written ??= JSON.stringify((await deps.local.get(OVERLAY_VIEW_KEY))[OVERLAY_VIEW_KEY] ?? null);
    if (json === written) return;
    await deps.local.set({ [OVERLAY_VIEW_KEY]: JSON.parse(json) });
    written = json;
  };
  return {
    /** Resolves once the view reflects storage as of this call. */
    publish: (): Promise<void> => {
      queue = queue
        .then(publishNow)
        .catch((error) => console.warn('hashfloor: overlay view not published', error));
      return queue;
    },
  };
}
