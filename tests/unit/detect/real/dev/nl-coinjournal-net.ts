import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coinjournal.net/nl/nieuws/moeilijkheidsgraad-bitcoin-mining-bereikt-laagste-niveau-in-5-maanden/',
    lang: 'nl',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Moeilijkheidsgraad bitcoin mining bereikt laagste niveau in 5 maanden',
    blocks: [
      'Belangrijkste punten',
      'De kosten van het minen van één bitcoin zijn gedaald van $24.000 (begin juni) tot $13.000',
      'Vorige maand publiceerde JP Morgan een rapport waarin de kosten van het minen van één bitcoin waren gedaald tot $13.000 – een steile daling van 46% vanaf begin juni, toen het $24.000 kostte om één bitcoin te minen.',
      'De European Power Benchmark bedroeg gemiddeld 201 €/MWh in het eerste kwartaal van 2022 – een stijging van 281% in vergelijking met hetzelfde kwartaal in 2021.',
      'Spanje en Portugal stegen met 411%, terwijl de prijzen in Frankrijk met 336% stegen. Italië bleef niet ver achter, een stijging van 318% en nu de hoogste prijs in de EU met €249 per MWh.',
    ],
    expect: [
      c('$24.000', 24000),
      c('$13.000', 13000),
      c('$13.000', 13000),
      c('$24.000', 24000),
      o('201 €', 201, 'EUR'),
      o('€249', 249, 'EUR'),
    ],
  },
];
