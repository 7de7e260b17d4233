import { o, p, type RealCase } from '../labels';

const url = 'https://wszczecinie.pl/fundamentalne-informacje-na-temat-bitcoina-w-pigulce/45607';
const title = 'Fundamentalne informacje na temat Bitcoina w pigułce';

export const cases: RealCase[] = [
  {
    url,
    lang: 'pl',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'Kurs i wycena Bitcoina',
      'W 2009 roku kurs Bitcoina nie był do końca znany – cenę ustalano na podstawie kosztów wydobycia, a za jednego dolara można było kupić aż 1309 jednostek BTC. Pierwsza znana cena na giełdzie Mt.Gox z 17 lipca 2010 roku wynosiła około 0,05 USD za 1 BTC.',
    ],
    expect: [o('jednego dolara', 1), p('0,05 USD', 0.05)],
  },
  {
    url,
    lang: 'pl',
    tags: ['prose'],
    title,
    blocks: [
      'Około 3 lata później kurs Bitcoina przekroczył barierę 1000 USD. W czasie hossy w 2017 roku padła bariera 20 000 USD, a w 2021 roku kurs Bitcoin osiągnął rekord, przekraczając 69 000 USD.',
    ],
    expect: [p('1000 USD', 1000), p('20 000 USD', 20000), p('69 000 USD', 69000)],
  },
];
