/**
 * How the overlay's detector requests reach the background: one long-lived port per page, not one
 * `runtime.sendMessage` per request, which opens a channel each time (~1 ms of the page's main thread
 * per message; a feed posting 20 prices a second paid 186 ms in 10 s, bench "infinite scroll").
 */
import type { DetectRequest } from './remote-detect';

/** The port's name: the background answers detector requests on it (lib/background/detect-port.ts). */
export const DETECT_PORT = 'hashfloor:detect';

/** The part of `runtime.Port` used here. */
export interface PortLike {
  postMessage(message: unknown): void;
  onMessage: { addListener(cb: (message: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
}

interface Waiting {
  request: DetectRequest;
  resolve: (reply: unknown) => void;
  reject: (error: unknown) => void;
  /** Sent again once after the port closed under it (the worker slept and woke). */
  resent: boolean;
}

/**
 * A `send` for `createRemoteDetect` over a port opened on first use and again after it closes.
 * @example createRemoteDetect(portSender(() => browser.runtime.connect({ name: DETECT_PORT })))
 */
export function portSender(connect: () => PortLike): (request: DetectRequest) => Promise<unknown> {
  let port: PortLike | null = null;
  let next = 0;
  const waiting = new Map<number, Waiting>();

  function open(): PortLike {
    const opened = connect();
    opened.onMessage.addListener((reply) => {
      const id = (reply as { id?: unknown } | null)?.id;
      const w = typeof id === 'number' ? waiting.get(id) : undefined;
      if (!w) return;
      waiting.delete(id as number);
      w.resolve(reply);
    });
    opened.onDisconnect.addListener(() => {
      if (port === opened) port = null;
      const orphans = [...waiting.values()];
      waiting.clear();
      for (const w of orphans) {
        if (w.resent) w.reject(new Error('Hashfloor: the background closed the detector port'));
        else post({ ...w, resent: true });
      }
    });
    return opened;
  }

  function post(w: Waiting): void {
    const id = ++next;
    waiting.set(id, w);
    try {
      port ??= open();
      port.postMessage({ ...w.request, id });
    } catch (error) {
      // The extension is gone (context invalidated): nothing will answer.
      waiting.delete(id);
      w.reject(error);
    }
  }

  return (request) => new Promise((resolve, reject) => post({ request, resolve, reject, resent: false }));
}
