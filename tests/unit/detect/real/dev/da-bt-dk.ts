import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.bt.dk/privatoekonomi/bitcoin-rammer-rekordhoejt-niveau',
    lang: 'da',
    tags: ['prose', 'format'],
    title: 'Bitcoin rammer rekordhøjt niveau',
    blocks: [
      'Prisen for en enkelt bitcoin har igen slået rekord.',
      'Den svingende kryptovaluta har haft stor fremgang i starten af 2024, og tirsdag nåede prisen for én enkelt bitcoin op på 69.325 dollar (476.000 kroner red.).',
      'Siden er prisen faldet en smule, og i skrivende stund koster en bitcoin 67.638 dollar (463.460 kroner red.).',
      'Ethereum handles nu for 26.482 kroner, hvilket nærmer sig rekorden fra november 2021, hvor prisen kortvarigt steg til over 30.000 kroner.',
    ],
    expect: [
      p('69.325 dollar', 69325),
      p('476.000 kroner', 476000, 'DKK'),
      p('67.638 dollar', 67638),
      p('463.460 kroner', 463460, 'DKK'),
      o('26.482 kroner', 26482, 'DKK'),
      o('30.000 kroner', 30000, 'DKK'),
    ],
  },
  {
    url: 'https://www.bt.dk/erhverv/vaerdien-af-bitcoin-har-slaaet-ny-rekord?referrer=RSS',
    lang: 'da',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Værdien af bitcoin har slået ny rekord',
    blocks: [
      'Det er kun gået én vej for bitcoin i år – og nu har den såkaldte kryptovaluta ramt sit højeste niveau nogensinde.',
      'Mandag aften (dansk tid) ramte værdien 19.850,11 dollar – omkring kroner 123.300 kroner.',
    ],
    expect: [p('19.850,11 dollar', 19850.11), p('123.300 kroner', 123300, 'DKK')],
  },
  {
    url: 'https://www.bt.dk/erhverv/bitcoin-er-eksploderet-i-vaerdi?referrer=RSS',
    lang: 'da',
    tags: ['prose', 'format'],
    title: 'Bitcoin er eksploderet i værdi',
    blocks: [
      'Ifølge nyhedsbureauet Reuters har værdien af en bitcoin netop ramt det højeste niveau i tre år – det vil sige 18.766.79 dollar.',
      'Sidst bitcoin toppede på samme måde og nåede op på en værdi i nærheden af 20.000, endte det i et kæmpe kollaps.',
    ],
    expect: [p('18.766.79 dollar', 18766.79), p('20.000', 20000)],
  },
  {
    url: 'https://www.bt.dk/erhverv/efter-kraftig-nedtur-nu-stiger-bitcoins-igen?referrer=RSS',
    lang: 'da',
    tags: ['prose', 'change', 'anaphora'],
    title: 'Efter kraftig nedtur: Nu stiger bitcoins igen',
    blocks: [
      'Der er godt nyt til dem, der har investeret i bitcoin. Tirsdag er den digitale valuta steget med mere end 11 procent siden midnat. Det svarer til en stigning på knap 10.000 kroner.',
      'Dermed har én bitcoin nu en værdi på lidt over 15.500 dollar - svarende til cirka 96.000 kroner.',
      'Stigningen kommer, efter at kryptovalutaen først har haft markante stigninger og derefter et massivt fald. Således var værdien af bitcoin under 80.000 kroner fredag.',
    ],
    expect: [
      o('10.000 kroner', 10000, 'DKK'),
      p('15.500 dollar', 15500),
      p('96.000 kroner', 96000, 'DKK'),
      p('80.000 kroner', 80000, 'DKK'),
    ],
  },
  {
    url: 'https://www.bt.dk/erhverv/bitcoin-vaerdien-faldt-dramatisk-over-weekenden?referrer=RSS',
    lang: 'da',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin-værdien faldt dramatisk over weekenden',
    blocks: [
      'Værdien af bitcoin er faldet dramatisk hen over weekenden. I løbet af blot 24 timer faldt prisen på 1 bitcoin med 23 pct. i værdi til 31.800 amerikanske dollar.',
      'Der blev sat rekord efter rekord – og den røg for første gang over 42.000 dollar for en enkelt bitcoin, der også forkortes BTC.',
      'Den digitale mønts værdi var blevet firedoblet i løbet af året og udgjorde svimlende 600 milliarder dollar. Siden fredag er der blevet høvlet 180 milliarder dollar af det beløb.',
      'Andre kryptovalutaer klarede sig endnu dårligere end bitcoin. Ether mistede 29 pct. efter at være toppet med en værdi på 1.300 dollar.',
      'Investeringschefen hos Guggenheim Investments, Scott Minerd, havde forudset, at prisen for 1 BTC en skønne dag ville nå op på 400.000 amerikanske dollar.',
    ],
    expect: [
      p('31.800 amerikanske dollar', 31800),
      p('42.000 dollar', 42000),
      o('600 milliarder dollar', 6e11),
      o('180 milliarder dollar', 1.8e11),
      o('1.300 dollar', 1300),
      p('400.000 amerikanske dollar', 400000),
    ],
  },
  {
    url: 'https://www.bt.dk/udland/bitcoin-runder-ny-milepael-og-er-nu-300000-kroner-vaerd?referrer=RSS',
    lang: 'da',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin runder ny milepæl og er nu 300.000 kroner værd',
    blocks: [
      'For første gang nogensinde steg kryptovalutaen bitcoin tirsdag til en værdi på mere end 50.000 dollar - svarende til over 300.000 kroner.',
      'Det betyder i praksis, at det koster over 300.000 kroner at købe én bitcoin.',
      'Valutaens værdi er blandt andet steget, efter at elbilproducenten Tesla har investeret 1,5 milliarder dollar i valutaen og meddelt, at den vil tage imod bitcoin som betaling.',
      '- Kryptokongen har krydset grænsen på 50.000 for første gang, efter at flere selskaber har givet den masser af opmærksomhed, siger Naeem Aslam, analytiker hos AvaTrade.',
    ],
    expect: [
      p('50.000 dollar', 50000),
      p('300.000 kroner', 300000, 'DKK'),
      p('300.000 kroner', 300000, 'DKK'),
      o('1,5 milliarder dollar', 1.5e9),
      p('50.000', 50000),
    ],
  },
];
