import { o, p, type RealCase } from '../labels';

const url = 'https://kryptomining.uk/s/sk/Zisk+z+%C5%A5a%C5%BEby/13285';
const heading = 'Príklady výpočtu zisku z ťažby Bitcoinu na kWh';

export const cases: RealCase[] = [
  {
    url,
    lang: 'sk',
    tags: ['table', 'label-value', 'format'],
    title: 'Zisk z ťažby Bitcoinu na kWh',
    blocks: [
      'Cena Bitcoinu je hlavným faktorom ziskovosti ťažby. Vyššia cena Bitcoinu spravidla zvyšuje ziskovosť, kým nízka cena môže zisky znižovať alebo spôsobovať straty.',
      'Na ukážku, ako sa počíta zisk z ťažby Bitcoinu na kWh, použijeme nasledujúci hypotetický príklad:',
      { text: '26,000', header: 'Hodnota', row: 'Cena Bitcoinu (USD)', heading },
      { text: '0.07', header: 'Hodnota', row: 'Náklady na elektrinu (USD/kWh)', heading },
      { text: '1000', header: 'Hodnota', row: 'Výkonnosť ťažobného zariadenia (TH/s)', heading },
      { text: '300', header: 'Hodnota', row: 'Spotreba energie (kWh)', heading },
    ],
    expect: [p('26,000', 26000), o('0.07', 0.07)],
  },
];
