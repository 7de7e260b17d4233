import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { HISTORY_KEY, type History, readHistory } from '@/lib/snapshot/history';
import { readSnapshot, SNAPSHOT_KEY, type Snapshot } from '@/lib/snapshot/schema';

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

  useEffect(() => {
    let alive = true;
    browser.storage.local.get([SNAPSHOT_KEY, HISTORY_KEY]).then((stored) => {
      if (!alive) return;
      setState({
        snapshot: readSnapshot(stored[SNAPSHOT_KEY]),
        history: readHistory(stored[HISTORY_KEY]),
        loaded: true,
      });
    });
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local') return;
      const snapshot = changes[SNAPSHOT_KEY];
      const history = changes[HISTORY_KEY];
      if (!snapshot && !history) return;
      setState((current) => ({
        loaded: true,
        // Keep showing the last good snapshot if a write ever fails validation.
        snapshot: snapshot ? (readSnapshot(snapshot.newValue) ?? current.snapshot) : current.snapshot,
        history: history ? (readHistory(history.newValue) ?? current.history) : current.history,
      }));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  return state;
}
