import type { DetectOptions, PriceMatch } from '../detect';
import { type Message, parseMessage, type ResponseOf } from '../messages';
import type { NotPrice } from '../settings';
import type { Snapshot } from '../snapshot/schema';

// The background's onMessage handler (lib/messages.ts protocol). Anything that does not parse,
// or comes from another extension or a web page, is rejected.

export interface MessageSender {
  id?: string;
}
export interface MessageHandlerDeps {
  runtimeId: string;
  /** The stored snapshot, at once (no network wait). */
  getSnapshot: () => Promise<Snapshot | null>;
  /** Kicks a background revalidation without waiting for it (stale-while-revalidate). */
  revalidate: () => void;
  refresh: () => Promise<Snapshot | null>;
  openOptions: () => Promise<void>;
  /** Stores a reader's "not a Bitcoin price" correction in the settings. */
  addNotPrice: (rule: NotPrice) => Promise<void>;
  /** The detector (lib/detect), run here for the pages' overlays. */
  detect: (text: string, options: DetectOptions) => PriceMatch[];
}

export function createMessageHandler(deps: MessageHandlerDeps) {
  async function handle(message: Message): Promise<ResponseOf[Message['type']]> {
    switch (message.type) {
      case 'getSnapshot': {
        const snapshot = await deps.getSnapshot();
        deps.revalidate();
        return { snapshot };
      }
      case 'refresh': {
        const snapshot = await deps.refresh();
        if (!snapshot) return { snapshot, error: 'No miner-economics data yet: every source failed.' };
        const errors = snapshot.health.failing
          ? snapshot.health.errors.map((e) => `${e.source}: ${e.message}`)
          : [];
        return errors.length ? { snapshot, error: errors.join('; ') } : { snapshot };
      }
      case 'openOptions':
        await deps.openOptions();
        return { ok: true };
      case 'notAPrice':
        await deps.addNotPrice({ site: message.site, text: message.text });
        return { ok: true };
      case 'detect': {
        const { spotUsd, usdPer } = message;
        const matches = message.items.map(({ text, ...rest }) =>
          deps.detect(text, { ...rest, ...(spotUsd ? { spotUsd } : {}), ...(usdPer ? { usdPer } : {}) }).map(
            // The page rebuilds each match's text from its own string: less to send back.
            ({ text: _text, ...match }) => match,
          ),
        );
        return { matches };
      }
    }
  }

  /** For `runtime.onMessage.addListener`: returns a promise (the response) or rejects. */
  return (raw: unknown, sender: MessageSender): Promise<unknown> => {
    if (sender.id !== deps.runtimeId)
      return Promise.reject(new Error('Hashfloor: message from another sender'));
    const message = parseMessage(raw);
    if (!message) return Promise.reject(new Error('Hashfloor: unknown message'));
    return handle(message);
  };
}
