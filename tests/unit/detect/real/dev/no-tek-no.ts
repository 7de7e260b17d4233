import { o, p, type RealCase } from '../labels';

// Norwegian tech site on a Bitcoin record. Levels in dollars with a kroner equivalent; the week's rise
// "rundt 10 000 kroner" is a change; market values are totals, two of them with the currency left out
// after "opp fra" ("136 milliarder", "243 milliarder"), still dollar totals.
export const cases: RealCase[] = [
  {
    url: 'https://www.tek.no/artikler/na-er-en-bitcoin-verdt-nesten-i-80-000-kroner-i/412984',
    lang: 'no',
    tags: ['prose', 'anaphora', 'change', 'format'],
    title: 'Nå er en Bitcoin verdt nesten 80 000 kroner',
    blocks: [
      'Det har vært mange nyheter om Bitcoin i det siste, og det er en god grunn til det: valutaen opplever en helt eventyrlig vekst. Nå er enda en historisk topp nådd, melder blant andre CoinDesk.',
      'I helgen brøt Bitcoin-verdien grensen på 9000 dollar for aller første gang. I skrivende stund ligger verdien på 9650 dollar hos CoinMarketCap, og i norske kroner er verdien på rett rundt 79 000 kroner.',
      'Dermed er den store milepælen på 10 000 dollar innen rekkevidde, og ifølge CoinDesk har Bitcoin allerede nådd en verdi på 10 000 dollar på noen av børsene i Sør-Korea.',
      'Femdobling på seks måneder',
      'Det er ikke mange dager siden vi meldte at Bitcoin hadde nådd 8000 dollar, eller nesten 70 000 kroner, så verdien har med andre ord steget med rundt 10 000 kroner på bare en uke. Til sammenligning lå verdien på 2000 dollar i mai i år, som betyr at den har nesten femdoblet seg på seks måneder.',
      'Den samlede markedsverdien på Bitcoin ligger nå på 160 milliarder dollar, opp fra 136 milliarder for bare en uke siden. Den totale verdien til de 100 største virtuelle valutaene ligger nå på rett under 300 milliarder dollar, opp fra 243 milliarder den 21. november.',
    ],
    expect: [
      p('9000 dollar', 9000),
      p('9650 dollar', 9650),
      p('79 000 kroner', 79000, 'NOK'),
      p('10 000 dollar', 10000),
      p('10 000 dollar', 10000),
      p('8000 dollar', 8000),
      p('70 000 kroner', 70000, 'NOK'),
      o('10 000 kroner', 10000, 'NOK'),
      p('2000 dollar', 2000),
      o('160 milliarder dollar', 1.6e11),
      o('136 milliarder', 1.36e11),
      o('300 milliarder dollar', 3e11),
      o('243 milliarder', 2.43e11),
    ],
  },
];
