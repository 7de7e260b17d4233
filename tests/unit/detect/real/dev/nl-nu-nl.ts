import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.nu.nl/economie/6235034/koers-van-bitcoin-zakt-naar-laagste-punt-in-twee-jaar.html',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'Koers van bitcoin zakt naar laagste punt in twee jaar',
    blocks: [
      "De koers van de cryptomunt bitcoin is woensdag gezakt naar 17.429 dollar (omgerekend zo'n 17.378 euro), het laagste punt in bijna twee jaar. Ook andere digitale munten, zoals ethereum, werden minder waard.",
      'Aan het begin van dinsdag stond de munt nog op meer dan 20.000 dollar.',
      'Ook ethereum, de op een na grootste digitale munt, zakte sinds dinsdagavond 7,6 procent en staat nu op ongeveer 1.200 dollar.',
    ],
    expect: [
      p('17.429 dollar', 17429),
      p('17.378 euro', 17378, 'EUR'),
      p('20.000 dollar', 20000),
      o('1.200 dollar', 1200),
    ],
  },
  {
    url: 'https://www.nu.nl/economie/6099927/waardestijging-cryptovaluta-bitcoin-gaat-onverminderd-door.html',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Waardestijging cryptovaluta bitcoin gaat onverminderd door',
    blocks: [
      'Nog geen 24 uur nadat de bitcoin voor het eerst door de grens van 30.000 dollar (circa 24.638 euro) brak, is hij alweer boven de 34.000 dollar (circa 28.018 euro) uitgekomen.',
      'Rond 08.30 uur was de bitcoin 34.696 dollar (circa 28.591 euro) waard, meldt CoinMarketCap.com. De ethereum, de op één na populairste munt, won bijna 8 procent en was eerder op zondag 819 dollar (bijna 675 euro) waard.',
    ],
    expect: [
      p('30.000 dollar', 30000),
      p('24.638 euro', 24638, 'EUR'),
      p('34.000 dollar', 34000),
      p('28.018 euro', 28018, 'EUR'),
      p('34.696 dollar', 34696),
      p('28.591 euro', 28591, 'EUR'),
      o('819 dollar', 819),
      o('675 euro', 675, 'EUR'),
    ],
  },
  {
    url: 'https://www.nu.nl/economie/6121639/bitcoin-bereikt-nieuw-record-en-komt-even-boven-60000-dollar-uit.html',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Bitcoin bereikt nieuw record en komt even boven 60.000 dollar uit',
    blocks: [
      'Zaterdag is de cryptomunt bitcoin voor het eerst boven de 60.000 dollar uitgekomen, blijkt uit cijfers van CoinMarketCap. Omstreeks 12.45 uur was een bitcoin 60.012,78 dollar (omgerekend ruim 50.200 euro) waard.',
      'In februari kreeg de bitcoin een duw in de rug toen Elon Musk meldde dat hij 1,5 miljard dollar (1,25 miljard euro) in de digitale munt had gestoken.',
    ],
    expect: [
      p('60.000 dollar', 60000),
      p('60.012,78 dollar', 60012.78),
      p('50.200 euro', 50200, 'EUR'),
      o('1,5 miljard dollar', 1.5e9),
      o('1,25 miljard euro', 1.25e9, 'EUR'),
    ],
  },
  {
    url: 'http://www.nu.nl/iexnl/4800057/zo-koop-eerst-cryptogeld.html',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'Zo koop je cryptogeld',
    blocks: [
      'Op het moment van schrijven betaal je bijna 2500 euro voor een bitcoin en is de bitcoinmarkt al krap 40 miljard dollar groot.',
      'Bitcoin bestaat het langst, maar de aandacht verschuift langzaam naar ethereum. Een ether was begin dit jaar nog rond de 10 euro waard, inmiddels betaal je al ruim 300 euro per munt.',
    ],
    expect: [
      p('2500 euro', 2500, 'EUR'),
      o('40 miljard dollar', 40e9),
      o('10 euro', 10, 'EUR'),
      o('300 euro', 300, 'EUR'),
    ],
  },
];
