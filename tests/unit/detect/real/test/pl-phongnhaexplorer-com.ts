import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://phongnhaexplorer.com/pio/technologia/ile-kosztuje-wykopanie-1-bitcoina.html',
    lang: 'pl',
    tags: ['cost', 'prose'],
    title: 'Ile kosztuje wykopanie 1 bitcoina?',
    blocks: [
      'Łączny koszt wydobycia wszystkich Bitcoinów od startu sieci szacuje się na blisko 36 miliardów dolarów, ale przeciętny koszt wyprodukowania jednej jednostki BTC, licząc wszystkie dotąd wydobyte monety, wciąż nie przekracza 1900 dolarów. To tylko średnia, która nie oddaje zmian kosztu w czasie.',
    ],
    expect: [o('36 miliardów dolarów', 36e9), c('1900 dolarów', 1900)],
  },
];
