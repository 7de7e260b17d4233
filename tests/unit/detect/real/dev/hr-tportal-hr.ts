import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.tportal.hr/biznis/clanak/mogu-li-kriptovalute-uopce-prezivjeti-katastrofalan-pad-bitcoina-20220620',
    lang: 'hr',
    tags: ['prose', 'anaphora'],
    title: 'Mogu li kriptovalute uopće preživjeti katastrofalan pad bitcoina?',
    blocks: [
      "Cijelo tržište kriptovaluta - od 'rudara' do špekulanata - priprema se za novi udarac nakon što je cijena bitcoina proteklog vikenda padala i debelo ispod razine od 20.000 dolara. Trenutačno se bitcoin drži iznad te psihološke granice, no na tržištu su svi nervozni.",
      'Prošlog tjedna dionička tržišta imala su najgori tjedan od početka pandemije, no to je ništa u usporedbi s bitcoinom koji je od studenog prošle godine i razine od 70.000 dolara spao na samo 20.000 dolara.',
    ],
    expect: [p('20.000 dolara', 20000), p('70.000 dolara', 70000), p('20.000 dolara', 20000)],
  },
  {
    url: 'https://www.tportal.hr/tehno/clanak/apokalipska-na-kriptotrzistu-je-li-bitcoin-mrtav-20260211',
    lang: 'hr',
    tags: ['prose', 'format'],
    title: 'Apokalipsa na kriptotržištu: je li bitcoin mrtav?',
    blocks: [
      'Samo nekoliko dana nakon što je bitcoin dosegnuo rekordnih 126.000 dolara, 10. listopada 2025. kriptotržište je doživjelo “crni petak”. U svega nekoliko sati cijena je pala za dvoznamenkasti postotak.',
      "Burry nikada nije bio pobornik kriptovaluta. Bitcoin smatra 'bezvrijednim', a prije nekoliko mjeseci cijenu od 100.000 dolara nazvao je 'najsmješnijom stvari' koju je ikada vidio.",
      'Od tog flash crasha bitcoin se nije oporavio. Prošlog tjedna cijena se nakratko spustila na oko 60.000 dolara. Od početka rasprodaje s cijelog kriptotržišta nestalo je gotovo dva bilijuna dolara tržišne vrijednosti. Uz to dolaze i gubici na pozicijama s polugom – prema procjenama analitičke kuće Coinglass, investitori su prošle godine morali likvidirati kriptoimovinu vrijednu 150 milijardi dolara.',
    ],
    expect: [
      p('126.000 dolara', 126000),
      p('100.000 dolara', 100000),
      p('60.000 dolara', 60000),
      o('dva bilijuna dolara', 2e12),
      o('150 milijardi dolara', 150e9),
    ],
  },
];
