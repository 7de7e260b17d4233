/**
 * Copying across badges yields the page's own text: when a copied selection holds badges, the plain text
 * is taken with our hosts out of the layout and the HTML without them (tests/e2e/overlay.spec.ts; a pasted
 * "$70,123≈ −17%" corrupted the reader's data). Selections without badges are left to the browser.
 */

const HOST = 'hashfloor-badge';

/** Listens for copies on `doc`; returns `rearm`, which adds the same listener back after `document.open()` erased it. */
export function cleanCopies(doc: Document, signal: AbortSignal): () => void {
  const onCopy = (event: ClipboardEvent) => {
    const sel = doc.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed || !event.clipboardData) return;
    const range = sel.getRangeAt(0);
    const hosts = [...doc.querySelectorAll<HTMLElement>(HOST)].filter((h) => range.intersectsNode(h));
    if (hosts.length === 0) return;
    const styles = hosts.map((h) => h.getAttribute('style'));
    for (const h of hosts) h.style.setProperty('display', 'none', 'important');
    const text = sel.toString();
    hosts.forEach((h, i) => {
      const style = styles[i];
      if (style === null || style === undefined) h.removeAttribute('style');
      else h.setAttribute('style', style);
    });
    const box = doc.createElement('div');
    box.append(range.cloneContents());
    for (const h of box.querySelectorAll(HOST)) h.remove();
    event.clipboardData.setData('text/plain', text);
    event.clipboardData.setData('text/html', box.innerHTML);
    event.preventDefault();
  };
  // The same function and options: adding it again while it is still there is a no-op.
  const arm = () => doc.addEventListener('copy', onCopy, { capture: true, signal });
  arm();
  return arm;
}
