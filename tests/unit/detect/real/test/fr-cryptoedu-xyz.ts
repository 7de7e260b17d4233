import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptoedu.xyz/blockchain/bitcoin-les-mineurs-confrontes-a-laugmentation-des-couts-de-production-et-a-la-flambee-du-hashrate',
    lang: 'fr',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Bitcoin : les mineurs confrontés à la hausse des coûts de production et à la flambée du hashrate',
    blocks: [
      "Avec un hashrate en plein essor et des factures d'énergie qui explosent, le coût de production d'un bitcoin s'envole et met à l'épreuve le modèle économique des mineurs. Le coût de production d'un seul BTC devrait dépasser les 70 000 dollars ce trimestre !",
      { text: "Les coûts internes d'un bitcoin s'envolent", heading: 'Coûts' },
      "Au dernier trimestre 2024, selon un rapport de TheMinerMag, le coût médian pour miner un BTC était d'environ 52 000 $ et a atteint 64 000 $ au premier trimestre 2025.",
      "La tendance se poursuit, avec une prévision d'atteindre 70 000 $ dans les semaines à venir, soit une hausse de 9 %.",
      "La situation est aggravée par la hausse du prix de l'énergie, qui a presque doublé entre le premier trimestre 2024 (0,041 $) et le premier trimestre 2025 (0,081 $).",
    ],
    expect: [
      c('70 000 dollars', 70000),
      c('52 000 $', 52000),
      c('64 000 $', 64000),
      c('70 000 $', 70000),
      o('0,041 $', 0.041),
      o('0,081 $', 0.081),
    ],
  },
];
