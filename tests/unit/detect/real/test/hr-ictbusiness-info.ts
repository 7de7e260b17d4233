import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.ictbusiness.info/vijesti/preko-75-prihoda-od-rudarenja-bitcoina-odlazi-na-troskove-elektricne-energije',
    lang: 'hr',
    tags: ['prose', 'format'],
    title: 'Preko 75 posto prihoda od rudarenja Bitcoina odlazi na troškove električne energije',
    blocks: [
      'Rezultat nije obećavajuć jer čak 75 posto prihoda koje bitcoin rudari ostvare odlazi na račune za struju.',
      'Konkretnije, jedna BTC transakcija troši 2165 kWh električne energije. Prosječno američko kućanstvo toliko potroši za 74 dana. Ako se zna da je cijena jednog kilovatsata u Sjedinjenim Američkim Državama 14 centi, dolazimo do toga da jedna BTC transakcija košta 303 dolara.',
      'Stavimo li sve u širi kontekst, dnevno se troši električne energije u vrijednosti od 30 milijuna dolara, i to samo za obradu bitcoin transakcija.',
    ],
    expect: [o('14 centi', 0.14), o('303 dolara', 303), o('30 milijuna dolara', 30e6)],
  },
];
