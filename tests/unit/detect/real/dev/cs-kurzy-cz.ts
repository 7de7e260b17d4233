import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.kurzy.cz/zpravy/440892-odhady-vytezit-1-bitcoin-stoji-nyni-6-611-usd-ve-2q18-to-bude-uz-14-175-usd/',
    lang: 'cs',
    tags: ['cost', 'prose', 'format'],
    title: 'Odhady: Vytěžit 1 bitcoin stojí nyní 6 611 USD. Ve 2Q18 to bude už 14 175 USD!',
    blocks: [
      'Odhady: Vytěžit 1 bitcoin stojí nyní 6 611 USD. Ve 2Q18 to bude už 14 175 USD!',
      'Podle Jamese Butterfilla z ETF Securities je třeba při růstu cen bitcoinu započíst do rovnice nabídky a poptávky i vstupní náklady těžařů na získání jednotlivých mincí.Podle Butterfilla se po započtení všech nákladů včetně spotřeby elektřiny jednotkové náklady na získání jedné mince pohybují ve 4Q tohoto roku na úrovni 6 611 USD . Na začátku roku to bylo 2 856 USD a ve 2Q příštího roku to bude už 14 175 USD Růst nákladů souvisí se samotnou konstrukcí bitcoinu , podle níž je získávání nových mincí vždy o něco obtížnější.',
    ],
    expect: [
      c('6 611 USD', 6611),
      c('14 175 USD', 14175),
      c('6 611 USD', 6611),
      c('2 856 USD', 2856),
      c('14 175 USD', 14175),
    ],
  },
  {
    url: 'https://www.kurzy.cz/zpravy/449128-bang-bang-bitcoinovy-break-even-point-je-tu-naklady-na-tezbu-se-prave-vyrovnaly-s-trzni-cenou/',
    lang: 'cs',
    tags: ['cost', 'prose', 'format'],
    title: 'Bang bang: Bitcoinový break-even point je tu, náklady na těžbu se právě vyrovnaly s tržní cenou',
    blocks: [
      'Vytěžit bitcoin stálo na začátku roku cca 6 900 USD. Ve 2Q18',
      'Vytěžit 1 bitcoin v Jižní Koreji stojí 26 000 USD, ve Venezuele jen 530 USD',
      'Podle výpočetního modelu společnosti Fundstrat dosáhly náklady na těžbu bitcoinů tzv. break even pointu, když se pohybují kolem 8 000 USD na minci a zhruba se tak rovnají tržním cenám, které jsou nyní také kolem 8 000 USD .Základní model Fundstratu počítá s náklady 6 centů na KWh a s dalšími souvisejícími náklady.',
      'Vysoký zájem o těžbu podle CryptoCompare snížil transakční náklady aktuálně na cca 50 centů oproti 34 USD na přelomu roku. Pokles transakčních nákladů dále snižuje příjmy těžařů.',
    ],
    expect: [
      c('6 900 USD', 6900),
      c('26 000 USD', 26000),
      c('530 USD', 530),
      c('8 000 USD', 8000),
      p('8 000 USD', 8000),
      o('6 centů', 0.06),
      o('50 centů', 0.5),
      o('34 USD', 34),
    ],
  },
  {
    url: 'https://www.kurzy.cz/zpravy/509360-vynosy-z-tezby-bitcoinu-prekonaly-14-miliard-dolaru/',
    lang: 'cs',
    tags: ['prose', 'format'],
    title: 'Výnosy z těžby bitcoinu překonaly 14 miliard dolarů',
    blocks: [
      'Z dat Coin Metrics vyplývá, že těžaři si za dobu existence Bitcoinu přišli na více než 14 miliard dolarů ve výnosech z těžby.',
      'Trvalo celých 8 let, než výnos z těžby dosáhl prvních 5 miliard dolarů. Na další milník, 10 miliard dolarů ve výnosech z těžby, se těžaři dostali už 8 měsíců po překonání 5miliardového milníku.',
      'Pokud se nic nezmění, odhaduje se, že hranice 15 miliard dolarů ve výnosech z těžby bitcoinu padne někdy začátkem roku 2020.',
    ],
    expect: [
      o('14 miliard dolarů', 1.4e10),
      o('5 miliard dolarů', 5e9),
      o('10 miliard dolarů', 1e10),
      o('15 miliard dolarů', 1.5e10),
    ],
  },
];
