import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.rmf24.pl/ekonomia/news-bitcoin-pobil-rekord-jeszcze-nigdy-nie-kosztowal-tyle,nId,8027788',
    lang: 'pl',
    tags: ['prose', 'format'],
    title: 'Bitcoin pobił rekord. Jeszcze nigdy nie kosztował tyle',
    blocks: [
      'Kurs cyfrowej waluty bitcoin (BTC) wspiął się na rekordowy poziom – ponad 125 tys. dolarów. Jak podaje agencja Bloomberga, stoi za tym niepewność wokół paraliżu budżetowego w Stanach Zjednoczonych oraz wzrost akcji amerykańskich spółek.',
      'Kurs bitcoina (pierwszej cyfrowej waluty) wyniósł 125 689 USD, bijąc poprzedni rekord z sierpnia, który sięgnął 124 500 dol.',
      'Utworzony w 2008 roku bitcoin spopularyzował ideę zdecentralizowanych finansów. Początkowo waluta ta nie miała realnej wartości, potem jej cena była groszowa.',
      'Pierwszą transakcję w BTC, w której stroną była firma sprzedająca fizyczne towary, zawarto wiosną 2010 r. – amerykański programista kupił za bitcoiny dwie pizze. Kosztowały go wtedy 10 tys. bitcoinów, czyli nieco ponad 40 dolarów.',
    ],
    expect: [
      p('125 tys. dolarów', 125000),
      p('125 689 USD', 125689),
      p('124 500 dol.', 124500),
      o('40 dolarów', 40),
    ],
  },
];
