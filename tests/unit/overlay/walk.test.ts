// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  blockOf,
  createSkipTest,
  digitTextBlocks,
  isInsideSkipped,
  pointAtEnd,
  readBlockText,
  type SkipTest,
} from '../../../lib/overlay/walk';

/** The distinct blocks digitTextBlocks hands over, in order. */
const findPriceBlocks = (root: Node, skip: SkipTest) =>
  [...new Set(digitTextBlocks(root, skip))].filter((b): b is Element => b !== null);

const $ = (sel: string) => document.querySelector(sel)!;
const skip = createSkipTest();

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('skip rules', () => {
  it('never reads code, form fields, scripts, editors, hidden subtrees or badges', () => {
    document.body.innerHTML = `
      <p id="ok">$70,000</p>
      <script>var p = "$70,000"</script><style>.a{}</style><noscript>$1,000</noscript>
      <textarea>$70,000</textarea><input value="$70,000"><select><option>$70,000</option></select>
      <code>$70,000</code><pre>$70,000</pre><kbd>$1,000</kbd><samp>$1,000</samp>
      <svg><text>$70,000</text></svg><math><mn>70000</mn></math>
      <div contenteditable="true"><p id="inedit">$70,000</p></div>
      <div contenteditable="false"><p id="noedit">$70,000</p></div>
      <div role="textbox"><span id="tb">$70,000</span></div>
      <div hidden><p>$70,000</p></div>
      <hashfloor-badge>$70,000</hashfloor-badge>`;
    const blocks = findPriceBlocks(document.body, skip).map((b) => b.id);
    expect(blocks).toEqual(['ok', 'noedit']);
    expect(isInsideSkipped($('#inedit').firstChild!, skip)).toBe(true);
    expect(isInsideSkipped($('#tb'), skip)).toBe(true);
    expect(isInsideSkipped($('#ok').firstChild!, skip)).toBe(false);
  });

  it("starts after a given element and all inside it, as a long page's walk goes on (follow-reader.ts)", () => {
    document.body.innerHTML = `
      <section id="s"><p id="a">$1,000</p><div id="d"><p id="b">$2,000</p><p id="c">$3,000</p></div></section>
      <p id="e">$4,000</p>`;
    const walkAfter = (id: string) =>
      [...new Set(digitTextBlocks(document.body, skip, undefined, undefined, $(`#${id}`)))]
        .filter((b): b is Element => b !== null)
        .map((b) => b.id);
    expect(walkAfter('a')).toEqual(['b', 'c', 'e']);
    expect(walkAfter('d'), 'nothing inside it again').toEqual(['e']);
    expect(walkAfter('c'), 'up and out of its parents').toEqual(['e']);
    expect(walkAfter('e')).toEqual([]);
  });

  it('skips aria-hidden copies of visible text (marquees) but not other aria-hidden text', () => {
    document.body.innerHTML = `
      <div class="track"><div id="a">BTC $70,000</div><div id="copy" aria-hidden="true">BTC $70,000</div></div>
      <div><div id="alone" aria-hidden="true">Price $71,000</div><div>Other text</div></div>`;
    const blocks = findPriceBlocks(document.body, skip).map((b) => b.id);
    expect(blocks).toEqual(['a', 'alone']);
  });

  it('takes extra exclusions (venue order books)', () => {
    document.body.innerHTML = '<div class="orderbook"><p>70,000</p></div><p id="x">70,000</p>';
    const venueSkip = createSkipTest((el) => el.classList.contains('orderbook'));
    expect(findPriceBlocks(document.body, venueSkip).map((b) => b.id)).toEqual(['x']);
  });
});

describe('block text and offset map', () => {
  it('reads a price split across spans as one string and maps offsets back to nodes', () => {
    document.body.innerHTML =
      '<p id="p">Now <span class="px"><span>$</span><span>70,123</span><span>.45</span></span> live</p>';
    const bt = readBlockText($('#p'), skip);
    expect(bt.text).toBe('Now $70,123.45 live');
    expect(bt.nodes.map((n) => n.data)).toEqual(['Now ', '$', '70,123', '.45', ' live']);
    const start = pointAtEnd(bt, 5)!;
    expect(start.node.data).toBe('$');
    expect(start.offset).toBe(1);
    const end = pointAtEnd(bt, 14)!;
    expect(end.node.data).toBe('.45');
    expect(end.offset).toBe(3);
    // The character after a node boundary sits in the next node.
    expect(pointAtEnd(bt, 6)!.node.data).toBe('70,123');
  });

  it('separates nested blocks and <br> with a newline and leaves skipped text out', () => {
    document.body.innerHTML =
      '<div id="d">BTC<br>$70,000<div>nested $1,000</div>after<code>$9,999</code></div>';
    const bt = readBlockText($('#d'), skip);
    expect(bt.text).toBe('BTC\n$70,000\nafter');
    expect(pointAtEnd(bt, 11)!.node.data).toBe('$70,000');
    expect(pointAtEnd(bt, 5)!.node.data).toBe('$70,000');
  });

  it('reads source newlines inside text as spaces, keeping offsets', () => {
    document.body.innerHTML = '<p id="p">the cost to mine a coin at\n  about <b>$87,000</b></p>';
    const bt = readBlockText($('#p'), skip);
    expect(bt.text).toBe('the cost to mine a coin at   about $87,000');
    expect(pointAtEnd(bt, bt.text.indexOf('$') + 1)!.node.data).toBe('$87,000');
  });

  it('finds the nearest block of a text node', () => {
    document.body.innerHTML = '<table><tr><td id="c"><b><i>$70,000</i></b></td></tr></table>';
    expect(blockOf($('i').firstChild!)?.id).toBe('c');
    expect(blockOf($('#c'))?.id).toBe('c');
  });

  it('only hands over blocks holding a digit', () => {
    document.body.innerHTML = '<p id="a">no numbers</p><p id="b">$ <b>70,000</b></p><li id="c">2 coins</li>';
    expect(findPriceBlocks(document.body, skip).map((b) => b.id)).toEqual(['b', 'c']);
  });
});
