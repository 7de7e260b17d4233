import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.bluerating.com/lifestyle-family/728314/lavrebbe-detto-bitcoin-vale-piu-delloro',
    lang: 'it',
    tags: ['prose', 'format'],
    title: 'E chi l’avrebbe detto? Il Bitcoin vale più dell’oro',
    blocks: [
      "Sui mercati internazionali il Bitcoin, la criptovaluta scambiata online dal 2009, vale ormai più di un'oncia d'oro. Su BitStamp la valuta digitale è arrivata a 1.298 dollari, contro i 1,233 dollari necessari per un'oncia di metallo giallo.",
    ],
    expect: [p('1.298 dollari', 1298), o('1,233 dollari', 1233)],
  },
  {
    url: 'https://www.bluerating.com/mercati/557396/il-crollo-verticale-del-bitcoin-30-in-una-settimana',
    lang: 'it',
    tags: ['anaphora', 'format'],
    title: 'Il crollo verticale del bitcoin, -30% in una settimana',
    blocks: [
      'Crollo verticale del bitcoin: dopo mesi di strana calma, la criptovaluta più nota ha perso quasi il 30% in sette giorni. Le quotazioni sono scese sotto la soglia di 5.000 dollari e ballano intorno a 4.500, ai minimi da oltre un anno; una settimana fa si muoveva tranquilla attorno a 6.400.',
      'Secondo Il Sole 24 Ore, la capitalizzazione è finita sotto gli 80 miliardi di dollari, la metà di un anno fa, quando la speculazione portò le quotazioni fino al picco di quasi 20mila dollari e oltre 330 miliardi di capitalizzazione.',
    ],
    expect: [
      p('5.000 dollari', 5000),
      p('4.500', 4500),
      p('6.400', 6400),
      o('80 miliardi di dollari', 80e9),
      p('20mila dollari', 20000),
    ],
  },
];
