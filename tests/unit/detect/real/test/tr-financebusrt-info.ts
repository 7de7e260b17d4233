import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://financebusrt.info/analist-y-kseli-durursa-bitcoin?lang=tr',
    lang: 'tr',
    tags: ['prose', 'anaphora'],
    blocks: [
      {
        heading: 'Bitcoin 2022 Çöküşünü Tekrarlayabilir mi?',
        text: "Tyrex'e göre Bitcoin'in bugünkü grafiği 2022'deki yapıya çok benziyor. 126.000 doların üzerinde bir ATH gördükten sonra BTC sert geri çekildi ve yaklaşık iki aydır bir aralıkta sıkışıp direnç bölgesinde defalarca takıldı.",
      },
      {
        heading: 'Bitcoin 2022 Çöküşünü Tekrarlayabilir mi?',
        text: 'Analist, fiyatın 95.000 doların üzerinde güçlükle tutunduğunu ve bu seviyenin kilit bir direnç bölgesiyle çakıştığını vurguluyor.',
      },
    ],
    expect: [p('126.000 doların', 126000), p('95.000 doların', 95000)],
  },
];
