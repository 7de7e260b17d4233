/**
 * A source's failure in a reader's words; the raw message stays in the details (lib/sources/http.ts
 * writes "HTTP 503", "timed out after 10000 ms", "network error: …", "malformed JSON from …").
 * @example plainError('HTTP 503') // 'the service is unavailable for now (HTTP 503)'
 */
export function plainError(message: string): string {
  const status = /^HTTP (\d{3})$/.exec(message)?.[1];
  if (status === '429') return `asked to slow down: too many requests (HTTP ${status})`;
  if (status === '404') return `the address was not found (HTTP ${status})`;
  if (status?.startsWith('5')) return `the service is unavailable for now (HTTP ${status})`;
  if (status) return `the request was refused (HTTP ${status})`;
  if (message.startsWith('timed out')) return 'no answer in time';
  if (message.startsWith('network error')) return 'could not be reached (no connection?)';
  if (message.startsWith('malformed JSON') || /schema|shape|implausible/i.test(message))
    return `answered with data that did not make sense (${message})`;
  if (message.startsWith('skipped: cooling down')) return 'resting after recent failures';
  return message;
}
