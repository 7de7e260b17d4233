import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://crypto.it/2024/01/08/quanto-costa-minare-un-bitcoin-litalia-ha-un-primato-che-non-vi-piacera',
    lang: 'it',
    tags: ['cost', 'anaphora'],
    title: "Quanto costa minare un Bitcoin? L'Italia ha un primato che non vi piacerà",
    blocks: [
      {
        text: 'Estrarre un solo BTC richiede in tutto 266.000 kWh, in circa 7 anni: 143 kWh in più al mese oltre ai consumi domestici. In Italia una simile bolletta supera i 190.000 euro, mentre un Bitcoin vale molto meno.',
        heading: 'Che costo ha minare un Bitcoin in Italia e all’estero',
      },
      "Il nostro Paese ha oggi l'elettricità più cara del mondo. Segue l'Australia, dove estrarre un BTC costa oltre 21.000 euro in meno che in Italia.",
    ],
    expect: [c('190.000 euro', 190000, 'EUR'), o('21.000 euro', 21000, 'EUR')],
  },
];
