// A web component keeping its text in an open shadow root, and `addTicker()` to add one after load
// (shadow-only.html, shadow-later.html).
class PriceTicker extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<span>BTC $70,789</span>';
  }
}
customElements.define('price-ticker', PriceTicker);
window.addTicker = () => {
  const t = document.createElement('price-ticker');
  t.id = 'late';
  document.querySelector('#later').append(t);
};
