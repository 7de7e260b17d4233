import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://dasgeld.co/posts/95C63662-920A-4F1E-BB31-F646F1077B39',
    lang: 'de',
    tags: ['cost', 'prose', 'anaphora'],
    blocks: [
      'Riot Platforms, eines der führenden Unternehmen im Bitcoin-Mining, hat im ersten Quartal 2025 trotz Rekordumsatz einen Nettoverlust verbucht. Mit 161,4 Millionen US-Dollar erzielte das Unternehmen den höchsten Quartalsumsatz seiner Geschichte und übertraf die Erwartungen der Analysten knapp: Die Wall Street hatte mit 159,79 Millionen US-Dollar gerechnet, rund 50 Prozent mehr als im Vorjahresquartal.',
      'Dennoch blieb am Ende des Quartals ein Verlust von 296.367 US-Dollar – nach einem Gewinn von 211.777 US-Dollar in der Vorjahresperiode. Einer der Hauptgründe sind die gestiegenen Betriebskosten, die sich fast verdoppelt haben. Die durchschnittlichen Kosten für das Mining lagen im ersten Quartal bei 43.808 US-Dollar pro Bitcoin, ein Anstieg um nahezu 90 Prozent gegenüber 23.034 US-Dollar im gleichen Zeitraum 2024.',
      'Dieser Kostenanstieg geht vor allem auf das Halving vom April 2024 zurück, das die Blocksubventionen für Miner halbierte. Zusammen mit einem Anstieg der globalen Netzwerk-Hashrate um 41 Prozent entstand erheblicher Kostendruck.',
    ],
    expect: [
      o('161,4 Millionen US-Dollar', 161.4e6),
      o('159,79 Millionen US-Dollar', 159.79e6),
      o('296.367 US-Dollar', 296367),
      o('211.777 US-Dollar', 211777),
      c('43.808 US-Dollar', 43808),
      c('23.034 US-Dollar', 23034),
    ],
  },
  {
    url: 'https://dasgeld.co/posts/617EEBD5-68AA-45E9-B5CC-688A7D19025D',
    lang: 'de',
    tags: ['cost', 'prose', 'anaphora'],
    blocks: [
      'Riot Platforms, ein führender Akteur im Bitcoin-Mining-Sektor, hat im ersten Quartal 2025 beim Umsatz einen bemerkenswerten Meilenstein erreicht – und trotzdem einen Nettoverlust verbucht. Mit 161,4 Millionen US-Dollar erzielte das Unternehmen ein Allzeithoch und übertraf die Erwartungen der Wall Street um etwa ein Prozent.',
      'Dem stehen stark gestiegene Betriebskosten gegenüber, die vor allem auf das Halving im April 2024 zurückgehen, das die Blockbelohnung halbierte. Riot gibt an, dass die durchschnittlichen Kosten pro abgebautem Bitcoin im Berichtsquartal bei 43.808 US-Dollar lagen – fast 90 Prozent höher als im Vorjahr.',
      'Zusätzlich baut Riot seine Mining-Kapazitäten gezielt aus. Das schlägt sich zunächst in höheren Betriebskosten nieder, ist aber Teil der Wachstumsstrategie – belegt etwa durch einen kürzlich abgeschlossenen Kredit über 100 Millionen US-Dollar.',
    ],
    expect: [
      o('161,4 Millionen US-Dollar', 161.4e6),
      c('43.808 US-Dollar', 43808),
      o('100 Millionen US-Dollar', 100e6),
    ],
  },
];
