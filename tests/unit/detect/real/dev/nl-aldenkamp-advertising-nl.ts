import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://aldenkamp-advertising.nl/het-geheim-achter-cryptocurrencies/',
    lang: 'nl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Het geheim achter cryptocurrencies',
    blocks: [
      {
        heading: 'Bitcoin koers',
        text: 'Een cryptocurrency is een virtuele munt, oftewel een digitale valuta waarmee je online kunt betalen en onderling transacties kunt doen zonder dat er een derde partij aan te pas komt. Wat cryptocurrencies zo interessant maakt, is dat hun waarde voortdurend verandert. Door de gegroeide interesse in digitale munten zijn veel cryptocurrencies flink in waarde gestegen. Een voorbeeld daarvan is de Bitcoin.',
      },
      {
        heading: 'De groei van de Bitcoin',
        text: "Aan het begin van 2017 was de Bitcoin nog nooit meer waard geweest dan het 'schamele' bedrag van 1.500 dollar. In de loop van het jaar is daar drastisch verandering in gekomen. Afgelopen november bereikte de Bitcoin namelijk de dollargrens van 12.000, en sindsdien is de virtuele munt niet gestopt met groeien. Inmiddels is de munteenheid ook de 13.000 dollar allang voorbij.",
      },
    ],
    expect: [p('1.500 dollar', 1500), p('12.000', 12000), p('13.000 dollar', 13000)],
  },
];
