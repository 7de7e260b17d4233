/**
 * The background's end of the overlay's detector port (lib/overlay/detect-port.ts): each message is a
 * `detect` request with an `id`, validated and answered by the message handler like any other message;
 * the reply carries the same `id`, or an `error` instead of matches.
 */
import { DETECT_PORT } from '../overlay/detect-port';
import type { MessageSender } from './message-handler';

export interface ServedPort {
  name: string;
  sender?: MessageSender;
  postMessage(message: unknown): void;
  onMessage: { addListener(cb: (message: unknown) => void): void };
  disconnect(): void;
}

/** For `runtime.onConnect.addListener`: serves detector ports opened by our own content scripts. */
export function serveDetectPort(
  runtimeId: string,
  handle: (message: unknown, sender: MessageSender) => Promise<unknown>,
): (port: ServedPort) => void {
  return (port) => {
    if (port.name !== DETECT_PORT) return;
    if (port.sender?.id !== runtimeId) {
      port.disconnect();
      return;
    }
    port.onMessage.addListener((message) => {
      const id = (message as { id?: unknown } | null)?.id;
      if (!Number.isSafeInteger(id)) return;
      const type = (message as { type?: unknown }).type;
      const answer =
        type === 'detect'
          ? handle(message, port.sender!)
          : Promise.reject(new Error('Hashfloor: only detect requests go over this port'));
      answer.then(
        (reply) => port.postMessage({ ...(reply as object), id }),
        (error: unknown) => port.postMessage({ id, error: String((error as Error)?.message ?? error) }),
      );
    });
  };
}
