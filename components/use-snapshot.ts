import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { HISTORY_KEY, type History, readHistory } from '@/lib/snapshot/history';
import { readSnapshot, SNAPSHOT_KEY, type Snapshot } from '@/lib/snapshot/schema';
import { watchKeys } from '@/lib/storage-watch';

export interface SnapshotState {
  snapshot: Snapshot | null;
  history: History | null;
  /** False until storage has been read once: the popup renders nothing rather than a spinner before that. */
  loaded: boolean;
}

/**
 * The cached snapshot and history straight from storage.local (no round trip to the background,
 * so the popup opens with data), kept current as the background writes new ones.
 */
export function useSnapshot(): SnapshotState {
  const [state, setState] = useState<SnapshotState>({ snapshot: null, history: null, loaded: false });

  useEffect(
    () =>
      watchKeys(browser.storage, 'local', [SNAPSHOT_KEY, HISTORY_KEY], (stored) =>
        setState((current) => ({
          loaded: true,
          // Keep showing the last good snapshot if a write ever fails validation.
          snapshot: readSnapshot(stored[SNAPSHOT_KEY]) ?? current.snapshot,
          history: readHistory(stored[HISTORY_KEY]) ?? current.history,
        })),
      ),
    [],
  );

  return state;
}
