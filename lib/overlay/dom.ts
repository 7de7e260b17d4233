/**
 * Pristine DOM methods, captured once at content-script start. A hostile page may override
 * `Node.prototype.appendChild` or `Element.prototype.attachShadow`; Chrome's isolated world already
 * shields us, but calling captured functions keeps the overlay correct wherever it runs.
 */
export interface Dom {
  readonly document: Document;
  createElement(tag: string): HTMLElement;
  attachShadow(host: Element): ShadowRoot;
  insertBefore(parent: Node, node: Node, before: Node | null): void;
  remove(node: Node): void;
  setAttribute(el: Element, name: string, value: string): void;
  /**
   * Splits `node` at every offset (ascending) in one pass: it keeps the text before the first, and new
   * nodes after it hold the rest, returned in order. Linear in the text, where `splitText` per offset
   * copies the node's text each time (a 5 MB node with 300 prices took seconds).
   */
  splitTextAt(node: Text, offsets: number[]): Text[];
}

/** Captures the DOM methods the overlay writes with, from `doc`'s own window prototypes. */
export function captureDom(doc: Document): Dom {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const NodeProto = (win?.Node ?? Node).prototype;
  const ElementProto = (win?.Element ?? Element).prototype;
  const DocumentProto = (win?.Document ?? Document).prototype;

  const createElement = DocumentProto.createElement;
  const attachShadow = ElementProto.attachShadow;
  const insertBefore = NodeProto.insertBefore;
  const removeChild = NodeProto.removeChild;
  const setAttribute = ElementProto.setAttribute;
  const createTextNode = DocumentProto.createTextNode;
  const CharacterDataProto = (win?.CharacterData ?? CharacterData).prototype;
  const deleteData = CharacterDataProto.deleteData;
  const dataOf = Object.getOwnPropertyDescriptor(CharacterDataProto, 'data')!.get!;

  return {
    document: doc,
    createElement: (tag) => createElement.call(doc, tag) as HTMLElement,
    // Closed: page scripts cannot reach into the badge UI through `host.shadowRoot`.
    attachShadow: (host) => attachShadow.call(host, { mode: 'closed' }),
    insertBefore: (parent, node, before) => {
      insertBefore.call(parent, node, before);
    },
    remove: (node) => {
      if (node.parentNode) removeChild.call(node.parentNode, node);
    },
    setAttribute: (el, name, value) => setAttribute.call(el, name, value),
    splitTextAt: (node, offsets) => {
      const text = dataOf.call(node) as string;
      const pieces = offsets.map(
        (at, i) => createTextNode.call(doc, text.slice(at, offsets[i + 1] ?? text.length)) as Text,
      );
      deleteData.call(node, offsets[0]!, text.length - offsets[0]!);
      const parent = node.parentNode;
      let before = node.nextSibling;
      for (let i = pieces.length - 1; i >= 0; i -= 1) {
        if (parent) insertBefore.call(parent, pieces[i]!, before);
        before = pieces[i]!;
      }
      return pieces;
    },
  };
}
