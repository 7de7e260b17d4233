import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://newsbit.nl/wat-zal-de-waarde-van-bitcoin-in-2028-zijn',
    lang: 'nl',
    tags: ['prose', 'anaphora', 'widget'],
    title: 'Wat zal de waarde van Bitcoin in 2028 zijn?',
    blocks: [
      'Tijdelijke actie: Maak een account op Bitvavo en krijg €25 cadeau!',
      'Bitvavo: Ontvang €25',
      'Welkomstbonus!',
      'De Bitcoin (BTC) halving van 2024 is nabij. Verwacht wordt dat, tenzij er onvoorziene omstandigheden optreden, de koers van Bitcoin rond deze halving ongeveer $68.000 zal liggen. De volgende halving is gepland voor 2028.',
      'Sommige analisten delen nu al hun voorspellingen voor de waarde die BTC dan zal hebben. Een van die voorspellingen beweert dat de BTC rond de Bitcoin halving in 2028 op kan zijn gelopen tot bijna $500.000.',
      'Sinds de laatste halving in 2020 is de Bitcoin koers met 658 procent gestegen. Als de geschiedenis zich herhaalt en de koers tot de volgende halving weer met ongeveer 650 procent stijgt, zou dit de BTC koers op ongeveer $450.000 brengen.',
      'Een rally van 360 procent ten opzichte van de huidige koers zou een halving prijs in 2028 betekenen van ongeveer $300.000 per BTC.',
    ],
    expect: [
      o('€25', 25, 'EUR'),
      o('€25', 25, 'EUR'),
      p('$68.000', 68000),
      p('$500.000', 500000),
      p('$450.000', 450000),
      p('$300.000', 300000),
    ],
  },
];
