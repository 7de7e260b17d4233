import { p, type RealCase } from '../labels';

// Exchange social-feed post rounding up public forecasts: suffixed amounts with the sign after ("110k$",
// "20M$", "1,33M$" with a decimal comma) next to a "$BTC" cashtag that is not an amount.
export const cases: RealCase[] = [
  {
    url: 'https://web3.okx.ac/fr/discover/post/65986843030816',
    lang: 'fr',
    tags: ['forum', 'format'],
    blocks: [
      'Prévisions de prix du Bitcoin par des personnalités publiques🔮 Le début d’année dessine un consensus prudemment positif pour 2026. Selon Polymarket, le scénario de base place le $BTC entre 110k$ et 130k$.',
      'Les prévisions publiques à long terme vont bien plus haut. Michael Saylor voit le Bitcoin à 20M$ d’ici 2045, soit environ 32,5% de croissance annuelle. Samson Mow, lui, projette 1,33M$ dès 2026, un scénario de réévaluation brutale plutôt qu’une tendance.',
      'Plus prudent, Julio Moreno (CryptoQuant) voit un risque de baisse vers 60k$ dans le cycle actuel. Quel point de vue vous semble le plus sensé, et quel est votre objectif BTC pour 2026 ?',
    ],
    expect: [p('110k$', 110000), p('130k$', 130000), p('20M$', 20e6), p('1,33M$', 1.33e6), p('60k$', 60000)],
  },
];
