// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { badges, type Harness, startTestOverlay } from './helpers';

let h: Harness | undefined;
afterEach(() => {
  h?.stop();
  document.body.innerHTML = '';
});

describe('badges and keyboard focus', () => {
  it('a badge inside aria-hidden content is out of the tab order; others stay in it', async () => {
    document.body.innerHTML = `<p id="shown">Bitcoin traded at $70,123.</p>
      <div aria-hidden="true"><p id="hidden">Chart label: Bitcoin $69,500</p></div>`;
    h = startTestOverlay();
    await h.flush();
    const [shown, hidden] = ['#shown', '#hidden'].map(
      (id) => document.querySelector(`${id} hashfloor-badge`)!,
    );
    expect(badges()).toHaveLength(2);
    expect(shown!.getAttribute('tabindex')).toBe('0');
    expect(hidden!.getAttribute('tabindex')).toBe('-1');
  });

  it('follows its price when the page un-hides the content', async () => {
    document.body.innerHTML = `<div id="box" aria-hidden="true"><p id="p">Bitcoin $69,500 now</p></div>`;
    h = startTestOverlay();
    await h.flush();
    const badge = document.querySelector('#p hashfloor-badge')!;
    expect(badge.getAttribute('tabindex')).toBe('-1');
    document.querySelector('#box')!.removeAttribute('aria-hidden');
    (document.querySelector('#p')!.firstChild as Text).data = 'Bitcoin $69,600 now';
    await h.flush();
    expect(document.querySelector('#p hashfloor-badge')!.getAttribute('tabindex')).toBe('0');
  });
});
