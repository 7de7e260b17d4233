import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.penize.cz/kryptomeny/473721-donald-a-elon-uz-nejsou-kamaradi-odnesly-to-akcie-tesly-i-bitcoin',
    lang: 'cs',
    tags: ['prose', 'format'],
    title: 'Donald a Elon už nejsou kamarádi. Odnesly to akcie Tesly i bitcoin',
    blocks: [
      'Ve čtvrtek večer cena bitcoinu sklouzla až ke stu tisíc dolarů (2,17 milionu korun) za minci. Řada investorů, kteří sázeli na jeho růst, přišla o peníze. Z trhu bylo vymazáno přes 308 milionů dolarů (6,69 miliardy korun) v obchodech s bitcoinem a celkově víc než miliarda dolarů (21,7 miliardy korun) ve všech kryptoměnách.',
      'Peníze se ve velkém vybíraly i z bitcoinových ETF, například BlackRock zaznamenal denní odliv ve výši 430 milionů dolarů (9,3 miliardy korun).',
    ],
    expect: [
      p('stu tisíc dolarů', 100000),
      p('2,17 milionu korun', 2.17e6, 'CZK'),
      o('308 milionů dolarů', 3.08e8),
      o('6,69 miliardy korun', 6.69e9, 'CZK'),
      o('miliarda dolarů', 1e9),
      o('21,7 miliardy korun', 2.17e10, 'CZK'),
      o('430 milionů dolarů', 4.3e8),
      o('9,3 miliardy korun', 9.3e9, 'CZK'),
    ],
  },
  {
    url: 'https://www.penize.cz/kryptomeny/481243-michl-prosadil-svou-cnb-kupuje-bitcoiny-zatim-jen-na-hrani',
    lang: 'cs',
    tags: ['prose', 'format'],
    title: 'Michl prosadil svou, ČNB kupuje bitcoiny. Zatím jen na hraní',
    blocks: [
      'Česká národní banka vytvořila první „testovací portfolio digitálních aktiv“. Nakoupila bitcoin, zatím neupřesněný stablecoin vázaný na dolar a blíže neupřesněné tokenizované depozitum. Investovaná suma je milion dolarů (21 milionů korun).',
      'Investovaný milion amerických dolarů představuje 0,0006 procenta aktiv ČNB, zdůrazňuje tisková zpráva.',
    ],
    expect: [
      o('milion dolarů', 1e6),
      o('21 milionů korun', 2.1e7, 'CZK'),
      o('milion amerických dolarů', 1e6),
    ],
  },
];
