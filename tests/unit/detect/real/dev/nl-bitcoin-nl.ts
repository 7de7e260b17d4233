import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitcoin.nl/artikel/de-wondere-wereld-van-bitcoinmining',
    lang: 'nl',
    tags: ['cost', 'prose', 'format'],
    title: 'De wondere wereld van Bitcoinmining',
    blocks: [
      'Eergisteren heeft een kleine Bitcoinminer, die misschien met één of twee machines aan het minen was, een nieuw blok aan de Bitcoinblockchain toegevoegd en daarmee ongeveer € 235.000, - verdiend. Vorige week daalde de hashrate van de grootste miningpools met ongeveer 11% toen in Kazachstan het internet werd afgesloten.',
    ],
    expect: [o('€ 235.000', 235000, 'EUR')],
  },
];
