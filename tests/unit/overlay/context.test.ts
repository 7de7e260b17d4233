// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contextFor, pageContextOf } from '../../../lib/overlay/context';

describe('detector context', () => {
  it('gives a table cell its column header and row label', () => {
    document.body.innerHTML = `<table><thead><tr><th>#</th><th>Coin</th><th>Price</th></tr></thead>
      <tbody><tr><td>1</td><td>Bitcoin BTC</td><td id="c">$70,123</td></tr></tbody></table>`;
    const ctx = contextFor(document.querySelector('#c')!, 'Coins · coins.test');
    expect(ctx).toBe('Price · Bitcoin BTC · Coins · coins.test');
  });

  it('gives prose the nearest heading before it', () => {
    document.body.innerHTML =
      '<section><h2>Bitcoin slides</h2><div><p>intro</p><p id="p">$70,000</p></div></section>';
    expect(contextFor(document.querySelector('#p')!, 'page')).toBe('Bitcoin slides · page');
  });

  it('names the page by title and host', () => {
    document.title = 'BTC/USDT | Binance';
    expect(pageContextOf(document, 'www.binance.com')).toBe('BTC/USDT | Binance · www.binance.com');
  });
});
