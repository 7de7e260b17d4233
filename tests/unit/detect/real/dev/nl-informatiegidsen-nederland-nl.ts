import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://informatiegidsen-nederland.nl/?p=23549',
    lang: 'nl',
    tags: ['cost', 'prose', 'anaphora', 'format'],
    title: 'Bitcoin minen in Iran: goedkoop, maar tegen welke prijs?',
    blocks: [
      'Het klinkt bijna te mooi om waar te zijn: terwijl miners in de Verenigde Staten of Europa duizenden euro’s per maand aan elektriciteit kwijt zijn, slagen sommige Iraniërs erin een hele Bitcoin te minen voor ongeveer $1.300. In een land waar het minimumloon nog geen €200 bedraagt, voelt dat als een economische loterij.',
      { text: 'Hoe kan het zo goedkoop?', heading: 'Hoe kan het zo goedkoop?' },
      'Iran heeft enorme olie- en gasreserves en de staat subsidieert de energieprijzen al decennia. Als Iraanse burger betaal je soms maar $0,002 per kilowattuur – volgens BeInCrypto het laagste tarief ter wereld. Ter vergelijking: in Nederland ligt dat eerder rond de €0,25.',
      { text: 'De kosten per Bitcoin', heading: 'De kosten per Bitcoin' },
      'Volgens schattingen ligt de gemiddelde kostprijs van een geminede Bitcoin in Iran ergens tussen de $1.200 en $1.400. In de VS lopen de kosten vaak op tot $40.000 of meer, en in sommige Europese landen, waar energie schaars en duur is, worden zelfs cijfers van $100.000 genoemd.',
    ],
    expect: [
      c('$1.300', 1300),
      o('€200', 200, 'EUR'),
      o('$0,002', 0.002),
      o('€0,25', 0.25, 'EUR'),
      c('$1.200', 1200),
      c('$1.400', 1400),
      c('$40.000', 40000),
      c('$100.000', 100000),
    ],
  },
];
