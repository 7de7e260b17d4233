import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.24hod.sk/digitalna-mena-bitcoin-pokracuje-v-silnom-poklese-cl564982.html',
    lang: 'sk',
    tags: ['prose', 'format'],
    title: 'Digitálna mena bitcoin pokračuje v silnom poklese',
    blocks: [
      'Frankfurt nad Mohanom 2. februára (TASR) - Bitcoin, najrozšírenejšia digitálna mena na svete, v piatok pokračoval v prudkom poklese. Dopoludnia oslabil takmer o 9 % a dostal sa pod 9000 USD (7223,69 eura). Na obchodnej platforme Bitstamp sa zastavil na 8300 USD. Bola to najnižšia hodnota bitcoinu od novembra minulého roka.Vlani na jeseň sa kurz tejto virtuálnej meny dostal na historické maximum, keď jeden bitcoin stál takmer 20.000 USD.Bitcoin v tomto týždni oslabil už o 30 %. Podobný vývoj vidno aj pri iných digitálnych menách, napríklad pri mene ripple.(1 EUR = 1,2459 USD)',
    ],
    expect: [
      p('9000 USD', 9000),
      p('7223,69 eura', 7223.69, 'EUR'),
      p('8300 USD', 8300),
      p('20.000 USD', 20000),
      o('1 EUR', 1, 'EUR'),
      o('1,2459 USD', 1.2459),
    ],
  },
  {
    url: 'https://www.24hod.sk/bitcoin-je-poriadny-zrut-jeho-fungovanie-spotrebuje-viac-elektriny-nez-argentina-za-rok-cl749802.html',
    lang: 'sk',
    tags: ['prose', 'format'],
    title: 'Bitcoin je poriadny žrút: Jeho fungovanie spotrebuje viac elektriny než Argentína za rok',
    blocks: [
      '10.2.2021 - Chod digitálnej meny bitcoin si ročne vyžiada viac elektriny, než spotrebuje Argentína. Vyplýva to z analýzy, ktorú v stredu zverejnila univerzita v Cambridgei.Pri tvorbe meny a overovaní transakcií sa tak ročne minie zhruba 121,36 terawatthodín (TWh) elektriny.Kurz bitcoinu sa momentálne drží na rekordnej úrovni 48-tisíc dolárov za kus. Cenu nahor vyhnala automobilka Tesla, ktorá minulý týždeň investovala do nákupu kryptomeny 1,5 miliardy dolárov.',
    ],
    expect: [p('48-tisíc dolárov', 48000), o('1,5 miliardy dolárov', 1.5e9)],
  },
];
