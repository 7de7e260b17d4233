import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.portfolio.hu/vallalatok/it/tortenelmi_csucsot_dontott_a_bitcoin.244561.html',
    lang: 'hu',
    tags: ['prose', 'anaphora', 'change', 'format'],
    title: 'Történelmi csúcsot döntött a bitcoin',
    blocks: [
      'A Coindesk széles körben használt Bitcoin-árfolyamindexe szerint a Bitcoin korábbi csúcsa a 2013 novemberi 1147,25 dollár volt, ezt a bő hároméves rekordot döntötte meg ma hajnalban a szuperpénz. Az új csúcs az index szerint 1206 dollár, a legnagyobb forgalmú amerikai tőzsdén, a Bitstampen pedig 1170 dolláros árfolyamon is történt kötés. A hajnali csúcsról azóta 60 dollárt esett a szuperpénz, új árfolyammozgató hír nem érkezett, valószínűleg csak profitrealizálás zajlott.',
      'A Bitcoinnal a világ számos tőzsdéjén kereskednek, a tőzsdék közötti arbitrázs lehetősége pedig korlátozott, ezért viszonylag nagy eltérések lehetnek a Bitcoin árfolyamában tőzsdénként.',
    ],
    expect: [
      p('1147,25 dollár', 1147.25),
      p('1206 dollár', 1206),
      p('1170 dolláros', 1170),
      o('60 dollárt', 60),
    ],
  },
  {
    url: 'https://www.portfolio.hu/vallalatok/hatalmasat-zuhant-a-bitcoin.305001.html',
    lang: 'hu',
    tags: ['prose', 'anaphora'],
    title: 'Hatalmasat zuhant a bitcoin',
    blocks: [
      'A múlt héten nagyot esett a bitcoin, a kriptodeviza árfolyama letörte a 6000 dolláros szintet; a piaci elemzők szerint az esést részben az okozhatta, hogy a bitcoin casht két blockchainre, a Bitcoin ABC-re és a Bitcoin SV-re darabolták fel.',
      'A hét első napján is nagyot estek a kriptodevizák, a bitcoin árfolyama az 5000 dolláros szintet is letörte, és közel 15 százalékos zuhanás után közel 13 hónapos mélyponton zárta a napot. Az esés kedden is folytatódik, a bitcoin 7 százalékkal került lejjebb, a kriptodeviza árfolyama egészen 4375 dollárig esett.',
    ],
    expect: [p('6000 dolláros', 6000), p('5000 dolláros', 5000), p('4375 dollárig', 4375)],
  },
  {
    url: 'https://www.portfolio.hu/befektetes/20200619/bizonyitott-a-digitalis-arany-a-valsag-alatt-meg-jobb-is-mint-a-reszvenyek-437826',
    lang: 'hu',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      {
        heading: 'Hatalmas esés, nagy visszatérés',
        text: 'A bitcoin a február 14-ei csúcsához képest március 13-ig egészen 62%-ot esett a Covid-válság hatására, meg sem állt 3886 dollárig, ekkor viszont éles fordulat jött. Szűk két hónappal később, május 7-én a kriptodeviza már ismét átlépte a 10 ezer dollárt, június 1-jén pedig 10285 dolláros árfolyamával majdnem elérte a február végi csúcsot is. Most egy bitcoin 9387 dollárt ér.',
      },
      {
        heading: 'Hatalmas esés, nagy visszatérés',
        text: 'Az Ethereum viszont nem feleződött, mégis hasonlóan viselkedett, mint a bitcoin. 280 dollárról szakadt 109 dollárig, majd június elején 248 dollárig ment, mielőtt visszacsorgott 230 dollár köré.',
      },
    ],
    expect: [
      p('3886 dollárig', 3886),
      p('10 ezer dollárt', 10000),
      p('10285 dolláros', 10285),
      p('9387 dollárt', 9387),
      o('280 dollárról', 280),
      o('109 dollárig', 109),
      o('248 dollárig', 248),
      o('230 dollár', 230),
    ],
  },
  {
    url: 'https://www.portfolio.hu/befektetes/20211019/hajszalra-a-tortenelmi-csucs-szepen-menetelnek-az-amerikai-tozsdek-505922',
    lang: 'hu',
    tags: ['prose', 'anaphora', 'change'],
    blocks: [
      'Amikor a bitcoin árfolyama idén 30 000 dollárra esett a kínai szigorítások nyomán, sokan mondták, hogy a grafikon nagyon is jól néz ki... lefelé. Aztán megérkezett a fordulat, a befektetők visszarántották a szakadék széléről a legnagyobb piaci értékű kriptovalutát, amiből bődületes rali lett.',
      'Most ott tartunk, hogy az óriási zuhanás után a bitcoin árfolyama kevesebb mint 2000 dollárra van a mindenkori csúcsától, miközben a piac tűkön ülve várja, hogy ma végre elinduljon az első amerikai bitcoin ETF.',
    ],
    expect: [p('30 000 dollárra', 30000), o('2000 dollárra', 2000)],
  },
  {
    url: 'http://www.portfolio.hu/vallalatok/ez_mar_nagyon_beteg_1_millio_dollart_erhet_egy_bitcoin.253101.html',
    lang: 'hu',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Ez már nagyon beteg: 1 millió dollárt érhet egy bitcoin',
    blocks: [
      'Jelenleg 16 381 100 darab Bitcoin van forgásban 2817 dolláros átlagáron. Ez azt jelentené, hogy 1 millió dolláros árfolyam esetén a Bitcoin piaci kapitalizációja meghaladná a 16 ezer milliárd (!) dollárt.',
      'Kontextusba helyezve: az S&P 500 vállalatainak teljes piaci kapitalizációja jelenleg 22 ezer milliárd dollár.',
      'A bizakodók kedvéért érdemes megemlíteni, hogy 2012 végén még csak 6 dollár környékén állt az árfolyam, így bő 5 év alatt több mint 470-szeresére emelkedett, az 1 millió dollár pedig „mindössze” 353-szorosa a mostani árnak.',
      'Néhány napja Henry Blodget, a Business Insider vezérigazgatója merész előrejelzéssel állt elő: szerinte a Bitcoin ára egy nap elérheti az 1 millió dollárt.',
    ],
    expect: [
      p('2817 dolláros', 2817),
      p('1 millió dolláros', 1e6),
      o('16 ezer milliárd (!) dollárt', 1.6e13),
      o('22 ezer milliárd dollár', 2.2e13),
      p('6 dollár', 6),
      p('1 millió dollár', 1e6),
      p('1 millió dollárt', 1e6),
    ],
  },
  {
    url: 'https://www.portfolio.hu/befektetes/20211021/eszmeletlen-mennyisegu-penz-aramlik-az-uj-amerikai-bitcoin-alapba-506428',
    lang: 'hu',
    tags: ['prose', 'format'],
    title: 'Eszméletlen mennyiségű pénz áramlik az új amerikai bitcoin-alapba',
    blocks: [
      'A vártnál is nagyobb befektetői érdeklődés kíséri az első, amerikai tőzsdén jegyzett bitcoin határidős befektetési alapot: a forgalom szűk másfél nap kereskedés után már meg is haladta az egymilliárd dollárt. A bitcoin ETF körüli lelkesedés új történelmi csúcsra repítette a legjelentősebb kriptovalutát.',
    ],
    expect: [o('egymilliárd dollárt', 1e9)],
  },
];
