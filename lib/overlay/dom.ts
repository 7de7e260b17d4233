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
  splitText(node: Text, offset: number): Text;
}

/** Captures the DOM methods the overlay writes with, from `doc`'s own window prototypes. */
export function captureDom(doc: Document): Dom {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const NodeProto = (win?.Node ?? Node).prototype;
  const ElementProto = (win?.Element ?? Element).prototype;
  const DocumentProto = (win?.Document ?? Document).prototype;
  const TextProto = (win?.Text ?? Text).prototype;

  const createElement = DocumentProto.createElement;
  const attachShadow = ElementProto.attachShadow;
  const insertBefore = NodeProto.insertBefore;
  const removeChild = NodeProto.removeChild;
  const setAttribute = ElementProto.setAttribute;
  const splitText = TextProto.splitText;

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
    splitText: (node, offset) => splitText.call(node, offset),
  };
}
