import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://nt.interia.pl/news-zuzycie-energii-do-kopania-bitcoinow-osiagnelo-rekord,nId,4694689',
    lang: 'pl',
    tags: ['cost', 'prose'],
    title: 'Zużycie energii do kopania bitcoinów osiągnęło rekord',
    blocks: [
      'Nowe badania sugerują, że zużycie energii na kopanie Bitcoinów pobiło rekord.',
      'Wydobywanie, czyli „kopanie” Bitcoinów, pochłania ogromne ilości energii. Tym razem mamy do czynienia z oficjalnym badaniem Cambridge Center for Alternative Finance. Według raportu światowy przemysł wydobywczy związany z Bitcoinem zużywa około 7,46 GW energii, co odpowiada około 63,32 terawatogodzin. Koszt wydobycia jednego Bitcoina wynosi około 7500 dolarów. Na jednej transakcji można zarobić do 4000 dolarów zysku "na czysto".',
    ],
    expect: [c('7500 dolarów', 7500), o('4000 dolarów', 4000)],
  },
];
