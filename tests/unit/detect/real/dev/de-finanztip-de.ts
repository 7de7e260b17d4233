import { o, type RealCase } from '../labels';

const url = 'https://www.finanztip.de/bitcoin-steuer/';
const title = 'Steuern auf Bitcoin & Co.';

export const cases: RealCase[] = [
  {
    url,
    lang: 'de',
    tags: ['prose'],
    title,
    blocks: [
      'Das Wichtigste in Kürze',
      'Steuerfrei bleiben private Veräußerungsgeschäfte mit Bitcoins auch innerhalb der Spekulationsfrist, wenn Du im Jahr insgesamt weniger als 1.000 Euro Gewinn erzielst. Bis Ende 2023 lag diese Freigrenze noch bei 600 Euro.',
    ],
    expect: [o('1.000 Euro', 1000, 'EUR'), o('600 Euro', 600, 'EUR')],
  },
  {
    url,
    lang: 'de',
    tags: ['prose'],
    title,
    blocks: [
      'So gehst Du vor',
      'Machst Du mit dem Verkauf von Kryptowährungen oder Gold innerhalb der Spekulationsfrist 1.000 Euro und mehr Gewinn im Jahr 2024, musst Du diesen in der Anlage SO angeben. Für das Steuerjahr 2023 gilt entsprechend 600 Euro.',
    ],
    expect: [o('1.000 Euro', 1000, 'EUR'), o('600 Euro', 600, 'EUR')],
  },
];
