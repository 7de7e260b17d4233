import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.arvopaperi.fi/uutiset/ap/55f0ab3e-2b59-4b19-ae7b-0d92897440e6',
    lang: 'fi',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'Aikaisin keskiviikkona bitcoin kävi 18 300 dollarissa eli korkeimmillaan sitten kaikkien aikojen hintapiikkinsä joulukuussa 2017, jolloin hinta oli tuntien ajan lähellä 20 000 dollaria. Tällä hetkellä yhden bitcoinin hinta on noin 17 800 dollaria.',
      'Vaikka dollarimääräisessä yksikköhinnassa on vielä matkaa ennätykseen, bitcoinin markkina-arvo rikkoi jo tiistaina kaikkien aikojen ennätyksen.',
      'Keskiviikkoaamuna Suomen aikaa bitcoinin markkina-arvo kävi lähes 339,9 miljardissa dollarissa, mikä on kaikkien kierrossa olevien bitcoinien korkein yhteisarvo koskaan.',
      'Luotujen bitcoinien määrä on tällä hetkellä noin 18,5 miljoonaa kappaletta.',
    ],
    expect: [
      p('18 300 dollarissa', 18300),
      p('20 000 dollaria', 20000),
      p('17 800 dollaria', 17800),
      o('339,9 miljardissa dollarissa', 3.399e11),
    ],
  },
];
