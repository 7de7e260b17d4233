import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://news-krypto.de/krypto-news/jpmorgan-passt-die-produktionskosten-von-bitcoin-an-was-bedeutet-das-fur-btc-und-seine-miner',
    lang: 'de',
    tags: ['cost', 'prose', 'format'],
    title: 'JPMorgan passt die Produktionskosten von Bitcoin an: Was bedeutet das für BTC und seine Miner?',
    blocks: [
      'Die jüngsten Anpassungen der Produktionskosten von Bitcoin durch JPMorgan sorgen für Aufsehen. Nach den neuen Schätzungen der Bank liegen die Kosten für die Herstellung eines Bitcoins nun bei 18.000 US-Dollar, nach zuvor geschätzten 21.000 US-Dollar.',
      'Hintergrund ist eine neue Methodik des Cambridge Bitcoin Electricity Consumption Index (CBECI). Laut dem Bericht ergeben die neuen Schätzungen Produktionskosten von 18.000 US-Dollar je Bitcoin statt bisher 21.000 US-Dollar.',
      'Auch die Empfindlichkeit der Kosten ändert sich: Sie liegt nun bei etwa 3.800 US-Dollar, nach früher 4.300 US-Dollar pro Cent pro Kilowattstunde. Nach der Halbierung 2024 dürfte sie sich verdoppeln.',
      'Bitcoin bleibt im Minus, legte in den letzten 24 Stunden aber fast 1 % zu und wird derzeit für 25.902 US-Dollar gehandelt. Im vergangenen Monat verlor Bitcoin mehr als 70 Milliarden US-Dollar an Marktkapitalisierung, verzeichnete in den letzten 24 Stunden jedoch einen Zufluss von 3 Milliarden US-Dollar.',
    ],
    expect: [
      c('18.000 US-Dollar', 18000),
      c('21.000 US-Dollar', 21000),
      c('18.000 US-Dollar', 18000),
      c('21.000 US-Dollar', 21000),
      o('3.800 US-Dollar', 3800),
      o('4.300 US-Dollar', 4300),
      p('25.902 US-Dollar', 25902),
      o('70 Milliarden US-Dollar', 70e9),
      o('3 Milliarden US-Dollar', 3e9),
    ],
  },
];
