// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { placeBadge } from '../../../lib/overlay/place';
import { createSkipTest, readBlockText } from '../../../lib/overlay/walk';

const skip = createSkipTest();
const never = () => false;

function place(html: string, price: string, isDynamic: (b: Element) => boolean = never) {
  document.body.innerHTML = html;
  const block = document.querySelector('#b')!;
  const bt = readBlockText(block, skip);
  const end = bt.text.indexOf(price) + price.length;
  return placeBadge(bt, end, isDynamic)!;
}

describe('placeBadge', () => {
  it('puts the badge after the element a price fills', () => {
    const p = place('<div id="b">BTC <span class="price">$70,123</span> today</div>', '$70,123');
    expect((p.anchor as Element).className).toBe('price');
    expect(p.split).toBeUndefined();
  });

  it('puts the badge after the outermost inline wrapper of a split-span price', () => {
    const p = place(
      '<div id="b"><a href="#"><span class="w"><span>$</span><span>70,123</span><span>.45</span></span></a> BTC</div>',
      '$70,123.45',
    );
    expect((p.anchor as Element).localName).toBe('a');
  });

  it('follows a price that ends its text node without splitting (table cell)', () => {
    const p = place('<table><tr><td id="b">$70,123</td></tr></table>', '$70,123');
    expect(p.anchor.nodeType).toBe(3);
    expect(p.split).toBeUndefined();
  });

  it('splits a text node only in static prose', () => {
    const html = '<p id="b">Bitcoin traded at $70,123 on Monday.</p>';
    const p = place(html, '$70,123');
    expect(p.split?.offset).toBe('Bitcoin traded at $70,123'.length);
    const dynamic = place(html, '$70,123', () => true);
    expect(dynamic.split).toBeUndefined();
  });

  it('never splits app widget text: the badge goes after the widget text instead', () => {
    const p = place('<div id="b">Last $70,123 (+2%)</div>', '$70,123');
    expect(p.split).toBeUndefined();
    expect((p.anchor as Text).data).toBe('Last $70,123 (+2%)');
    const inner = place('<div id="b"><span class="t">Last $70,123 (+2%)</span> more</div>', '$70,123');
    expect((inner.anchor as Element).className).toBe('t');
  });
});
