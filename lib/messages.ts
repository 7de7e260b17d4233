import * as z from 'zod/mini';
import { DETECT_BOUNDS } from './overlay/remote-detect';
import { NotPriceSchema } from './settings/schema';
import { SnapshotSchema } from './snapshot/schema';

// The message protocol between popup/options/content scripts and the background (docs/ARCHITECTURE.md:
// explicit messages only for what storage cannot say). Everything is validated both ways.

/** Longest block text a page sends at once (lib/overlay/pipeline.ts reads longer ones in windows). */
export const DETECT_TEXT_MAX = DETECT_BOUNDS.text;
const bounded = (max: number) => z.string().check(z.maxLength(max));
const DetectItemSchema = z.object({
  text: z.string().check(z.minLength(1), z.maxLength(DETECT_TEXT_MAX)),
  context: z.optional(bounded(DETECT_BOUNDS.context)),
  locale: z.optional(bounded(DETECT_BOUNDS.locale)),
  path: z.optional(bounded(DETECT_BOUNDS.path)),
});

export const MessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('getSnapshot') }),
  z.object({ type: z.literal('refresh') }),
  /** Opens the options page. */
  z.object({ type: z.literal('openOptions') }),
  /** From a badge's card: on `site`, the amount written `text` is not a Bitcoin price. */
  z.object({
    type: z.literal('notAPrice'),
    site: NotPriceSchema.shape.site,
    text: NotPriceSchema.shape.text,
  }),
  /**
   * From a page's overlay: the prices in these texts (lib/overlay/remote-detect.ts). The detector runs
   * here, off the page's main thread; the texts go no further and are not kept.
   */
  z.object({
    type: z.literal('detect'),
    spotUsd: z.optional(z.number().check(z.positive())),
    usdPer: z.optional(z.record(z.string().check(z.maxLength(8)), z.number().check(z.positive()))),
    items: z.array(DetectItemSchema).check(z.minLength(1), z.maxLength(2_000)),
  }),
]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];

export const GetSnapshotResponseSchema = z.object({ snapshot: z.nullable(SnapshotSchema) });
export const RefreshResponseSchema = z.object({
  snapshot: z.nullable(SnapshotSchema),
  error: z.optional(z.string()),
});
export const OpenOptionsResponseSchema = z.object({ ok: z.boolean() });
export const NotAPriceResponseSchema = z.object({ ok: z.boolean() });
const DetectedSchema = z.object({
  start: z.number(),
  end: z.number(),
  kind: z.enum(['btc_price', 'btc_cost', 'other']),
  currency: z.string(),
  value: z.number(),
  usd: z.nullable(z.number()),
  confidence: z.number(),
});
/** One list of matches per item, in order; each match without its text (the page has it). */
export const DetectResponseSchema = z.object({ matches: z.array(z.array(DetectedSchema)) });

export type GetSnapshotResponse = z.infer<typeof GetSnapshotResponseSchema>;
export type RefreshResponse = z.infer<typeof RefreshResponseSchema>;
export type OpenOptionsResponse = z.infer<typeof OpenOptionsResponseSchema>;

export interface ResponseOf {
  getSnapshot: GetSnapshotResponse;
  refresh: RefreshResponse;
  openOptions: OpenOptionsResponse;
  notAPrice: z.infer<typeof NotAPriceResponseSchema>;
  detect: z.infer<typeof DetectResponseSchema>;
}

const RESPONSE_SCHEMAS = {
  getSnapshot: GetSnapshotResponseSchema,
  refresh: RefreshResponseSchema,
  openOptions: OpenOptionsResponseSchema,
  notAPrice: NotAPriceResponseSchema,
  detect: DetectResponseSchema,
} as const;

/** A valid message, or null for anything else. */
export function parseMessage(raw: unknown): Message | null {
  const parsed = z.safeParse(MessageSchema, raw);
  return parsed.success ? parsed.data : null;
}

/** Validates a response for `type`; null when it does not match (e.g. an older background). */
export function parseResponse<T extends MessageType>(type: T, raw: unknown): ResponseOf[T] | null {
  const parsed = z.safeParse(RESPONSE_SCHEMAS[type] as z.ZodMiniType, raw);
  return parsed.success ? (parsed.data as ResponseOf[T]) : null;
}

/**
 * Sends a message with a given `send` (e.g. `browser.runtime.sendMessage`) and validates the answer.
 * @example const res = await request(browser.runtime.sendMessage, { type: 'getSnapshot' });
 */
export async function request<M extends Message>(
  send: (message: unknown) => Promise<unknown>,
  message: M,
): Promise<ResponseOf[M['type']] | null> {
  return parseResponse<M['type']>(message.type, await send(message));
}
