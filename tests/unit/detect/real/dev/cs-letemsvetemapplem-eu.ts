import { o, p, type RealCase } from '../labels';

// Czech Apple/tech blog on a crypto slump, written in korunas only. The week's drop ("více než
// 140 000 Kč") and ether's drop are changes; the November peak and today's price are per coin
// ("jedné mince", "Jednu minci"), in a passage where only the earlier sentences name Bitcoin.
export const cases: RealCase[] = [
  {
    url: 'https://www.letemsvetemapplem.eu/2022/01/22/bitcoin-zaziva-strmy-pad-podivejte-se-jak-brutalne-klesla-jeho-hodnota-v-posledni-dobe/',
    lang: 'cs',
    tags: ['change', 'anaphora', 'format'],
    title: 'Bitcoin zažívá strmý pád. Podívejte se, jak brutálně klesla jeho hodnota v poslední době',
    blocks: [
      'Mezi fanoušky technologií by se jen stěží hledal někdo, komu by unikl prudký propad nejznámější kryptoměny světa v posledních týdnech. Máte ale představu, o jak velkém propadu se vlastně bavíme? Pod procenty si člověk přesná čísla často neumí představit.',
      'Jen za poslední týden se hodnota Bitcoinu propadla o 16,8 %, což je více než 140 000 Kč. Jiné kryptoměny však klesly ještě víc – například etherneum spadlo dokonce o celou čtvrtinu, což je ale vzhledem k jeho nižší hodnotě “jen” něco kolem 17 000 Kč. Když se na Bitcoin podíváme dlouhodoběji, na začátku listopadu loňského roku byl na svém maximu, které znamenalo hodnotu jedné mince přes 1 457 000 Kč. A dnes? Jednu minci koupíte za 765 000 Kč a nic nenasvědčuje tomu, že by se měl tento trend brzy zlepšit.',
    ],
    expect: [
      o('140 000 Kč', 140000, 'CZK'),
      o('17 000 Kč', 17000, 'CZK'),
      p('1 457 000 Kč', 1457000, 'CZK'),
      p('765 000 Kč', 765000, 'CZK'),
    ],
  },
];
