import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.i-justice.cz/investice-do-kryptomen-a-dane-priznani-zisku-legislativa-a-rizika-jsou-stale-rostouci-tema-s-pravnimi-a-danovymi-nejasnostmi',
    lang: 'cs',
    tags: ['prose'],
    title: 'Investice do kryptoměn a daně: Přiznání zisku, legislativa a rizika',
    blocks: [
      {
        heading: 'Klíčové Osvobození od Daně z Příjmů pro Fyzické Osoby',
        text: 'Hodnotový test (Limit pro Hrubý Příjem):',
      },
      {
        heading: 'Klíčové Osvobození od Daně z Příjmů pro Fyzické Osoby',
        text: 'Příjmy (nikoliv zisk!) z prodeje kryptoměn, které za kalendářní rok nepřesáhnou 100 000 Kč, jsou osvobozeny od daně.',
      },
      {
        heading: 'Klíčové Osvobození od Daně z Příjmů pro Fyzické Osoby',
        text: 'Tento limit se posuzuje na úrovni hrubého příjmu (prodejní cena), a nikoli zisku. Platí bez ohledu na délku držení.',
      },
    ],
    expect: [o('100 000 Kč', 100000, 'CZK')],
  },
];
