import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.e15.cz/kryptomeny/mezi-kryptospekulanty-se-vraci-optimismus-1365537',
    lang: 'cs',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Mezi kryptospekulanty se vrací optimismus',
    blocks: [
      'Jeden bitcoin stál v pondělí ráno zhruba 7550 dolarů. Růst, byť o několik procentních bodů nižší, zaznamenaly i další virtuální mince jako ether, litecoin či XRP. Celková hodnota trhu digitálních měn dosahuje necelých 200 miliard dolarů, vyplývá z údajů portálu CoinMarketCap.',
      'Ručička indexu se posouvá do optimističtějších poloh poté, co se kurz bitcoinu po středečním propadu prudce odrazil od hodnot 6500 dolarů za digitální minci. „Hodnota 6,5 tisíce dolarů za bitcoin představuje generační dno,“ napsal na Twitteru šéf singapurského fondu Three Arrows Capital Su Zhu.',
      'Portál CoinDesk na základě technické analýzy napsal, že náladu na kryptotrhu by definitivně obrátilo až dosažení cenovky 7870 dolarů za jeden bitcoin.',
      'Dosavadní historické maximum kurzu bitcoinu bylo kolem 19 500 dolarů (452 400 korun) v roce 2017.',
    ],
    expect: [
      p('7550 dolarů', 7550),
      o('200 miliard dolarů', 2e11),
      p('6500 dolarů', 6500),
      p('6,5 tisíce dolarů', 6500),
      p('7870 dolarů', 7870),
      p('19 500 dolarů', 19500),
      p('452 400 korun', 452400, 'CZK'),
    ],
  },
  {
    url: 'https://www.e15.cz/kryptomeny/lihovarnik-zufanek-bitcoin-bych-porad-drzel-musel-jsem-se-ale-kryptomeny-zbavit-1369614',
    lang: 'cs',
    tags: ['prose', 'format'],
    title: 'Lihovarník Žufánek: Bitcoin bych pořád držel, musel jsem se ale kryptoměny zbavit',
    blocks: [
      'Pro E15.cz upřesnil, že všechny digitální mince prodal přibližně už před rokem, tehdy měl podle svých slov „jen deset bitcoinů.“ Kurz se pohyboval na podobné úrovni jako nyní, šlo tedy v přepočtu o zhruba dva miliony korun.',
      'Podle svého staršího vyjádření nakupoval Žufánek bitcoiny ještě před rokem 2018, kdy se jejich kurz pohyboval v rozmezí od pěti do jedenácti tisíc dolarů.',
    ],
    expect: [o('dva miliony korun', 2e6, 'CZK'), p('pěti', 5000), p('jedenácti tisíc dolarů', 11000)],
  },
  {
    url: 'https://www.e15.cz/kryptomeny/z-tezby-bitcoinu-je-zlaty-dul-zelenou-evropu-desi-ceskemu-byznysu-vydelava-1415184',
    lang: 'cs',
    tags: ['prose', 'format'],
    title: 'Z těžby bitcoinu je zlatý důl',
    blocks: [
      'Jen během soboty pro sebe těžaři vydolovali bitcoiny v celkové hodnotě přesahující dvě a půl miliardy korun.',
    ],
    expect: [o('dvě a půl miliardy korun', 2.5e9, 'CZK')],
  },
  {
    url: 'https://www.e15.cz/kryptomeny/krachnul-velky-tezar-bitcoinu-v-usa-ti-cesti-dali-stroje-do-kontejneru-a-hledaji-sanci-mimo-evropu-1393778',
    lang: 'cs',
    tags: ['prose'],
    title: 'Krachnul velký těžař bitcoinu v USA',
    blocks: [
      'Nedávno zbankrotoval americký provozovatel těžební infrastruktury Compute North, který dlužil až 500 milionů dolarů, a v energeticky drahé Evropě i Česku se mining drobným těžařům vyplácí ještě méně.',
    ],
    expect: [o('500 milionů dolarů', 5e8)],
  },
];
