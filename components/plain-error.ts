import type { Translate } from '@/lib/i18n/types';

/**
 * A source's failure in a reader's words; the raw message stays in the details (lib/sources/http.ts
 * writes "HTTP 503", "timed out after 10000 ms", "network error: …", "malformed JSON from …").
 * @example plainError('HTTP 503', t) // 'the service is unavailable for now (HTTP 503)'
 */
export function plainError(message: string, t: Translate): string {
  const status = /^HTTP (\d{3})$/.exec(message)?.[1];
  if (status === '429') return t('errorTooMany', status);
  if (status === '404') return t('errorNotFound', status);
  if (status?.startsWith('5')) return t('errorUnavailable', status);
  if (status) return t('errorRefused', status);
  if (message.startsWith('timed out')) return t('errorTimeout');
  if (message.startsWith('network error')) return t('errorNetwork');
  if (message.startsWith('malformed JSON') || /schema|shape|implausible/i.test(message))
    return t('errorNonsense', message);
  if (message.startsWith('skipped: cooling down')) return t('errorResting');
  return message;
}
