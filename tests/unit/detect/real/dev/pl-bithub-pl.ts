import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bithub.pl/kryptowaluty/w-tym-kraju-wydobedziesz-bitcoin-za-12-000-usd-dlaczego-warto-tam-kopac',
    lang: 'pl',
    tags: ['cost', 'prose', 'anaphora', 'format'],
    title: 'W tym kraju wydobędziesz Bitcoin za 12 000 USD! Dlaczego warto tam kopać?',
    blocks: [
      'W tym kraju wydobędziesz Bitcoin za 12 000 USD! Dlaczego warto tam kopać?',
      'Bitcoin jest walutą globalną, lecz to, ile kosztuje jego wydobycie, zależy mocno od miejsca. Od rekordowo tanich Etiopii po zaporowo drogą Irlandię — lokalizacja przesądza o opłacalności.',
      {
        text: 'Według danych zebranych przez NFT Evening koszt wydobycia jednego Bitcoina waha się od 8 200 USD w Etiopii do ponad 321 000 USD w Irlandii — to prawie czterdziestokrotna różnica.',
        heading: 'Globalne koszty wydobycia ujawniają głębokie nierówności',
      },
      {
        text: 'Za tę przepaść odpowiadają ceny energii, stabilność walut, infrastruktura i przepisy. Etiopia jest najtańszym regionem, z kosztami wydobycia na poziomie 8 200 USD, co przyciąga górników. W Irlandii natomiast, gdzie koszt przekracza 321 000 USD, kopanie bez zewnętrznych dopłat się nie opłaca. Nawet przyjazny Bitcoinowi Salwador zmaga się z wysokimi kosztami — średnio 150 000 USD za coina.',
        heading: 'Globalne koszty wydobycia ujawniają głębokie nierówności',
      },
      {
        text: 'Halving z kwietnia 2024 roku obciął nagrodę za blok z 6,25 do 3,125 BTC, ale nie uderzył we wszystkich tak samo. W krajach o niskich kosztach, jak Etiopia, gdzie wydobycie kosztuje 8 200 USD, halving nie zagroził opłacalności. W Kazachstanie (33 400 USD) górnicy nadal wychodzą na plus.',
        heading: 'Halving zmienia reguły gry, ale nie dla wszystkich',
      },
    ],
    expect: [
      c('12 000 USD', 12000),
      c('8 200 USD', 8200),
      c('321 000 USD', 321000),
      c('8 200 USD', 8200),
      c('321 000 USD', 321000),
      c('150 000 USD', 150000),
      c('8 200 USD', 8200),
      c('33 400 USD', 33400),
    ],
  },
];
