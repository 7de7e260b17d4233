import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.svethardware.cz/coingecko-vytezit-1-btc-v-italii-stoji-208-tisic-usd-v-libanonu-783krat-levneji-neni-to-pravda/59891',
    lang: 'cs',
    tags: ['cost', 'prose', 'anaphora', 'format'],
    title: 'CoinGecko: Vytěžit 1 BTC v Itálii stojí 208 tisíc USD, v Libanonu 783krát levněji',
    blocks: [
      'CoinGecko: Vytěžit 1 BTC v Itálii stojí 208 tisíc USD, v Libanonu 783krát levněji',
      'Podle výsledku zprávy je nejhorší zemí pro těžbu Bitcoinu Itálie, kde vytěžení jednoho BTC vyjde v elektřině na 208,56 tisíc USD. Vzhledem k tomu, že jeden BTC má hodnotu asi 26,2 tisíc USD, jde o naprosto nevýhodnou záležitost.',
      'V nejhorší desítce jsou téměř jen evropské země, následuje Rakousko (184,4 tisíc USD) a Belgie (172,4 tisíc USD), dále Dánsko, Německo, Irsko, Litva, Nizozemí, Velká Británie a desítku uzavírají jako první neevropská země Kajmanské ostrovy s částkou 128,2 tisíc USD na těžbu 1 BTC. Celosvětový průměr na vytěžení jednoho Bitcoinu činí 46,29 tisíc USD.',
      'Zajímavé je, že v Asii je tento průměr 20,64 tisíc USD, takže tam by se těžba už vyplatila.',
    ],
    expect: [
      c('208 tisíc USD', 208000),
      c('208,56 tisíc USD', 208560),
      p('26,2 tisíc USD', 26200),
      c('184,4 tisíc USD', 184400),
      c('172,4 tisíc USD', 172400),
      c('128,2 tisíc USD', 128200),
      c('46,29 tisíc USD', 46290),
      c('20,64 tisíc USD', 20640),
    ],
  },
];
