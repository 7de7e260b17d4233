// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { contextCache, contextFor, pageContextOf } from '../../../lib/overlay/context';

describe('detector context', () => {
  it('gives a table cell its column header and row label', () => {
    document.body.innerHTML = `<table><thead><tr><th>#</th><th>Coin</th><th>Price</th></tr></thead>
      <tbody><tr><td>1</td><td>Bitcoin BTC</td><td id="c">$70,123</td></tr></tbody></table>`;
    const ctx = contextFor(document.querySelector('#c')!, 'Coins · coins.test');
    expect(ctx).toBe('Price · Bitcoin BTC · Coins · coins.test');
  });

  // Exchange and history tables group their columns: a cell's header is the one above its column, counted
  // in columns (colspan, rowspan), and every header row above it says something ("Price" over "USD").
  it('finds the headers above a cell by column when headers span columns and rows', () => {
    document.body.innerHTML = `<table><thead>
        <tr><th rowspan="2">Year</th><th colspan="2">Price</th><th rowspan="2">Change</th></tr>
        <tr><th>USD</th><th>EUR</th></tr></thead>
      <tbody><tr><td>2013</td><td>$13.30</td><td id="eur">€10.10</td><td id="chg">+5,500%</td></tr></tbody></table>`;
    expect(contextFor(document.querySelector('#eur')!, 'page')).toBe('Price · EUR · 2013 · page');
    expect(contextFor(document.querySelector('#chg')!, 'page')).toBe('Change · 2013 · page');
  });

  it('takes a year or a date as a row label, and no price or rank', () => {
    const row = (first: string) => {
      document.body.innerHTML = `<table><thead><tr><th>When</th><th>Close</th></tr></thead>
        <tbody><tr><td>${first}</td><td id="v">$13.30</td></tr></tbody></table>`;
      return contextFor(document.querySelector('#v')!, 'page');
    };
    expect(row('2013')).toBe('Close · 2013 · page');
    expect(row('2013-11-28')).toBe('Close · 2013-11-28 · page');
    expect(row('2013.11.28')).toBe('Close · 2013.11.28 · page');
    expect(row('2034.10')).toBe('Close · page');
    expect(row('12')).toBe('Close · page');
  });

  it('counts a body cell that spans columns as that many columns', () => {
    document.body.innerHTML = `<table><thead><tr><th>Coin</th><th>Note</th><th>Extra</th><th>Price</th></tr></thead>
      <tbody><tr><td>Bitcoin</td><td colspan="2">flagship</td><td id="p">$70,123</td></tr></tbody></table>`;
    expect(contextFor(document.querySelector('#p')!, 'page')).toBe('Price · Bitcoin · page');
  });

  it('gives every cell of a table the heading before the table, looked up once per cache', () => {
    document.body.innerHTML = `<h2>BTC/USD order book</h2><div><table><thead><tr><th>Price (USD)</th></tr></thead>
      <tbody><tr><td id="a">70,123.45</td></tr><tr><td id="b">70,121.95</td></tr></tbody></table></div>`;
    const cache = contextCache();
    const a = contextFor(document.querySelector('#a')!, 'page', cache);
    expect(a).toBe('BTC/USD order book · Price (USD) · page');
    document.querySelector('h2')!.textContent = 'ETH/USD order book';
    expect(contextFor(document.querySelector('#b')!, 'page', cache)).toBe(a);
    expect(contextFor(document.querySelector('#b')!, 'page')).toBe('ETH/USD order book · Price (USD) · page');
  });

  it("reads a table's column headers once per cache, each cell still its own row label", () => {
    document.body.innerHTML = `<table><thead><tr><th>Pair</th><th>Price (USD)</th></tr></thead>
      <tbody><tr><td>BTC</td><td id="a">70,123.45</td></tr><tr><td>ETH</td><td id="b">3,512.10</td></tr></tbody></table>`;
    const cache = contextCache();
    expect(contextFor(document.querySelector('#a')!, 'page', cache)).toBe('Price (USD) · BTC · page');
    // A run of work reads the header once (an order book's batch rewrites every cell under it).
    document.querySelector('thead th:last-child')!.textContent = 'Size';
    expect(contextFor(document.querySelector('#b')!, 'page', cache)).toBe('Price (USD) · ETH · page');
    expect(contextFor(document.querySelector('#b')!, 'page', contextCache())).toBe('Size · ETH · page');
  });

  it("gives a stat tile's short value its label, and longer text none", () => {
    document.body.innerHTML = `<div class="tile"><div>Bitcoin price</div><div id="v">$70,321.09</div></div>
      <div><p>Markets were calm on Monday, with little news.</p><p id="p">Bitcoin traded at $70,120 again.</p></div>`;
    expect(contextFor(document.querySelector('#v')!, 'Widget · w.test', undefined, 10)).toBe(
      'Bitcoin price · Widget · w.test',
    );
    expect(contextFor(document.querySelector('#p')!, 'page', undefined, 32)).toBe('page');
  });

  it('gives prose the nearest heading before it', () => {
    document.body.innerHTML =
      '<section><h2>Bitcoin slides</h2><div><p>intro</p><p id="p">$70,000</p></div></section>';
    expect(contextFor(document.querySelector('#p')!, 'page')).toBe('Bitcoin slides · page');
  });

  // A long section's later paragraphs once climbed past their own heading, seven or more paragraphs up,
  // and took the previous section's instead (a reading list in tests/e2e/corpus.spec.ts).
  it("gives a long section's seventh paragraph its own heading, not the previous section's", () => {
    const paragraphs = Array.from({ length: 9 }, (_, i) => `<p id="p${i}">Paragraph ${i}: $70,${i}00.</p>`);
    document.body.innerHTML =
      '<section><h2>Ether rallies</h2><p>ETH at $3,100.</p></section>' +
      `<section><h2>Bitcoin slides</h2>${paragraphs.join('')}</section>`;
    for (const i of [0, 6, 8])
      expect(contextFor(document.querySelector(`#p${i}`)!, 'page')).toBe('Bitcoin slides · page');
  });

  it('leaves the headline (h1) to the page context, as the detector was trained', () => {
    document.body.innerHTML =
      '<h1>Bitcoin slides below production cost</h1><p id="p">It fell to $70,120.</p>';
    expect(contextFor(document.querySelector('#p')!, 'page')).toBe('page');
    document.title = '';
    expect(pageContextOf(document, 'news.test')).toBe('Bitcoin slides below production cost · news.test');
  });

  it('names the page by title and host', () => {
    document.title = 'BTC/USDT | Binance';
    expect(pageContextOf(document, 'www.binance.com')).toBe('BTC/USDT | Binance · www.binance.com');
  });
});
