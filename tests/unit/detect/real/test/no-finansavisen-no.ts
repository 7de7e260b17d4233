import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.finansavisen.no/finans/2024/02/27/8102928/tre-grunner-til-at-bitcoin-stiger',
    lang: 'no',
    tags: ['prose', 'format'],
    title: 'Tre grunner til at Bitcoin stiger',
    blocks: [
      'Kursen på Bitcoin var oppe og luktet på 57.000 dollar i går kveld, det høyeste nivået siden høsten 2021. Kursen falt siden litt tilbake, til 56.000 dollar i morgentimene.',
      'Bitcoin er opp 32 prosent siden nyttår. All-time high er 68.789 dollar.',
      '11. januar ble det tillatt å handle Bitcoin ETF’er på de amerikanske børsene. 6 milliarder dollar er pøst inn i slike børsnoterte fond, og disse kjøper underliggende Bitcoin for å sikre seg.',
      'Den andre grunnen til at Bitcoin stiger, er MicroStrategy, som kjøper krypto som en del av kjernevirksomheten. Mandag fortalte selskapet at det hadde kjøpt 3.000 Bitcoin den seneste måneden. MicroStrategy eier nå krypto for 10 milliarder dollar.',
      'Den samlede verdien av kryptovalutaer er nå 2,2 billioner (trillions) dollar, mer enn en dobling siden bunnen i 2022, da verdien var 820 milliarder dollar.',
    ],
    expect: [
      p('57.000 dollar', 57000),
      p('56.000 dollar', 56000),
      p('68.789 dollar', 68789),
      o('6 milliarder dollar', 6e9),
      o('10 milliarder dollar', 1e10),
      o('2,2 billioner (trillions) dollar', 2.2e12),
      o('820 milliarder dollar', 8.2e11),
    ],
  },
  {
    url: 'https://finansavisen.no/nyheter/finans/2021/05/19/7675273/bitcoin-og-ethereum-faller-kraftig',
    lang: 'no',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin og ethereum faller kraftig',
    blocks: [
      'Bitcoin og ethereum, verdens to største kryptovalutaer, faller kraftig onsdag morgen. Bitcoin er ned 12,3 prosent, til 39.595 dollar, og har dermed falt under 40.000 dollar for første gang på 14 uker.',
      'Enda verre er det for verdens nest største kryptovaluta, ethereum, som raser over 16 prosent, til 2.952 dollar.',
    ],
    expect: [p('39.595 dollar', 39595), p('40.000 dollar', 40000), o('2.952 dollar', 2952)],
  },
  {
    url: 'https://finansavisen.no/nyheter/finans/2021/10/20/7756464/bitcoin-i-all-time-high',
    lang: 'no',
    tags: ['prose', 'format'],
    title: 'Bitcoin i all-time high',
    blocks: [
      'Bitcoin har vært gjennom en berg-og-dal-bane det seneste året. Etter bunnen i mars i fjor steg prisen kraftig og nådde en toppnotering i april på 64.888,99 dollar, ifølge coindeks.',
      {
        heading: 'ETF-lansering',
        text: 'Onsdag klokken 15.43 ble bitcoin omsatt for over 65.000 dollar, noe som betyr at den tidligere toppnoteringen er passert.',
      },
      {
        heading: 'ETF-lansering',
        text: 'Første handelsdag steg ETF’en 4,8 prosent og stengte i 41,94 dollar.',
      },
      {
        heading: 'ETF-lansering',
        text: 'Verdens nest største kryptovaluta, ethereum, har gjort det svakere enn bitcoin den seneste tiden. Onsdag ettermiddag kostet en ethereum 3.972 dollar, mens all-time high er på 4.379,11 dollar, ifølge coindeks.',
      },
    ],
    expect: [
      p('64.888,99 dollar', 64888.99),
      p('65.000 dollar', 65000),
      o('41,94 dollar', 41.94),
      o('3.972 dollar', 3972),
      o('4.379,11 dollar', 4379.11),
    ],
  },
  {
    url: 'https://www.finansavisen.no/energi/2024/03/09/8108193/bitcoin-rally-sender-strombruken-til-himmels',
    lang: 'no',
    tags: ['prose'],
    title: 'Bitcoin-rally sender strømbruken til himmels',
    blocks: [
      'I skrivende stund lørdag omsettes én bitcoin for 68.403 dollar, en oppgang på over 50 prosent siden årsskiftet.',
      {
        heading: 'Bruker milliardbeløp på utstyr',
        text: 'Siden februar 2023 har 13 av de største kryptogruveselskapene lagt inn bestillinger for over 1 milliard dollar på spesialiserte datamaskiner.',
      },
    ],
    expect: [p('68.403 dollar', 68403), o('1 milliard dollar', 1e9)],
  },
];
