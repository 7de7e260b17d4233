import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.kauppalehti.fi/uutiset/bitcoinin-arvo-laski-alimmilleen-sitten-viime-kesan/9215582d-6d43-46bf-a76b-02c3f39381c5',
    lang: 'fi',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoinin arvo laski alimmilleen sitten viime kesän',
    blocks: [
      'Kryptovaluuttojen kurssit syöksyivät laskuun torstain ja perjantain välisenä yönä. Bitcoinin arvo putosi alle 40 000 dollarin. Kahden edellisen viikon ajan sen arvo oli pysytellyt noin 42 000 dollarissa.',
      'Toiseksi suurimman kryptovaluutan etherin arvo on laskenut viimeisen vuorokauden aikana reilut 8 prosenttia alle 3000 dollariin. Coinmarketcap-sivuston mukaan myös pienempien kryptovaluuttojen kurssit ovat noin 8–10 prosentin laskussa.',
      'Bitcoinin arvo on viimeksi ollut näin alhaalla viime heinäkuussa, jolloin bitcoin kävi alimmillaan alle 30 000 dollarissa. Marraskuun kurssihuipun jälkeen koko kryptovaluuttamarkkinasta on sulanut noin miljardi dollaria.',
      'Coindeskin mukaan kryptosijoituksia on likvidoitu noin 600 miljoonan dollarin edestä viimeisen 12 tunnin aikana. Bitcoinin osuus tästä summasta on 250 miljoonaa. Etheriä on likvidoitu 163 miljoonaa.',
      'Pitkällä aikavälillä bitcoinin arvo on kuitenkin noussut reilusti. Vielä kaksi vuotta sitten yhden bitcoinin arvo oli noin 7000 dollaria.',
    ],
    expect: [
      p('40 000 dollarin', 40000),
      p('42 000 dollarissa', 42000),
      o('3000 dollariin', 3000),
      p('30 000 dollarissa', 30000),
      o('miljardi dollaria', 1e9),
      o('600 miljoonan dollarin', 6e8),
      p('7000 dollaria', 7000),
    ],
  },
];
