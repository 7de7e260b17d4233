import type { Page } from '@playwright/test';

/**
 * Resolves once every message posted to the page's window so far has been dispatched to every
 * listener (ours included): a message the page posts now arrives after all of them, in order. Use it
 * instead of a sleep before asserting that posted messages changed nothing.
 * @example await page.evaluate(() => flood(5000)); await windowMessagesDelivered(page);
 */
export async function windowMessagesDelivered(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const mark = `hashfloor-test-drain-${Math.random()}`;
        const seen = (event: MessageEvent) => {
          if (event.data?.drain !== mark) return;
          removeEventListener('message', seen);
          done();
        };
        addEventListener('message', seen);
        // Marked as forged: pages that record what they hear (hardening/postmessage.html) skip it.
        postMessage({ __forged: true, drain: mark }, '*');
      }),
  );
}
