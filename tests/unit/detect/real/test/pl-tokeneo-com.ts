import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://tokeneo.com/pl/kurs-btc-spada-ponizej-54000-usd/',
    lang: 'pl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Kurs BTC spada poniżej 54000 USD',
    blocks: [
      'Kurs BTC spada poniżej 54000 USD',
      'W niedzielę Bitcoin wspiął się powyżej 58 000 USD i ustanowił rekord, a w poniedziałek zjechał w okolice 53 000 USD. Co na to analitycy?',
      {
        heading: 'Kurs BTC w dół po osiągnięciu nowego ATH',
        text: 'We wtorek Bitcoin pierwszy raz przebił poziom 50 000 USD. W niedzielę kosztował już ponad 58 000 USD. Według CoinMarketCap największa kryptowaluta świata doszła ostatecznie do 58 331 USD za monetę.',
      },
      {
        heading: 'Kurs BTC w dół po osiągnięciu nowego ATH',
        text: 'Po nowym rekordzie Bitcoin w poniedziałek na chwilę osunął się poniżej 53 000 USD. W chwili publikacji kurs BTC wynosi około 53 710 USD, czyli o ponad 6% mniej niż dobę wcześniej. W skali tygodnia wciąż jest 12% na plusie.',
      },
      {
        heading: 'Kurs BTC w dół po osiągnięciu nowego ATH',
        text: 'Kapitalizacja rynkowa Bitcoina dotknęła niedawno magicznej bariery 1 bln USD, a w tym roku urosła już o ponad 500 mld USD. Kapitalizacja wszystkich kryptowalut przekroczyła wczoraj 1,8 bln USD – obecnie spadła do około 1,6 mld USD.',
      },
      {
        heading: 'Opinie i prognozy',
        text: 'Jego zdaniem kryptowaluta może osunąć się do 50 000 USD, choć nie wyklucza dalszych wzrostów później.',
      },
    ],
    expect: [
      p('54000 USD', 54000),
      p('58 000 USD', 58000),
      p('53 000 USD', 53000),
      p('50 000 USD', 50000),
      p('58 000 USD', 58000),
      p('58 331 USD', 58331),
      p('53 000 USD', 53000),
      p('53 710 USD', 53710),
      o('1 bln USD', 1e12),
      o('500 mld USD', 500e9),
      o('1,8 bln USD', 1.8e12),
      o('1,6 mld USD', 1.6e9),
      p('50 000 USD', 50000),
    ],
  },
];
