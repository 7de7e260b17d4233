import { p, type RealCase } from '../labels';

// Tongue-in-cheek French blog explainer ("Bitcoin pour les nuls"): tutoiement, jokes, "1 BTC vaut ... 100 000 USD"
// and a USD figure followed by its euro conversion; a fraction of a coin without currency.
export const cases: RealCase[] = [
  {
    url: 'https://fr.buzzeko.com/2024/12/bitcoin-pour-les-nuls-decryptage.html',
    lang: 'fr',
    tags: ['forum', 'prose', 'anaphora'],
    title: 'Bitcoin pour les nuls : décryptage',
    blocks: [
      "Ah, le Bitcoin. Ce mot qui revient entre le moment où ton cousin geek jure qu'il sera millionnaire et celui où ta tante demande si ça se mange. Aujourd'hui, 1 BTC vaut la modique somme de 100 000 USD. Oui, tu as bien lu : un Bitcoin te paie un appart (un T2 avec un lavabo bancal, mais quand même).",
      { text: '2. Pourquoi Bitcoin est-il aussi cher ?', heading: '2. Pourquoi Bitcoin est-il aussi cher ?' },
      {
        text: "Un Bitcoin vaut 100 000 USD aujourd'hui, soit environ 92 000 euros. Même ton chien aboie en lisant ça. Pourquoi ? Parce qu'il est rare : il n'y en aura jamais plus de 21 millions. Un code qui dit « Tu as 0,0001 BTC », et hop, c'est ton trésor.",
        heading: '2. Pourquoi Bitcoin est-il aussi cher ?',
      },
    ],
    expect: [p('100 000 USD', 100000), p('100 000 USD', 100000), p('92 000 euros', 92000, 'EUR')],
  },
];
