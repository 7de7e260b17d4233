import { o, type RealCase } from '../labels';

// La Nación (Paraguay, es): crypto-mining investment near Itaipú; investment totals only (o), near
// Bitcoin mining and cheap power.
export const cases: RealCase[] = [
  {
    url: 'https://lanacion.com.py/negocios_edicion_impresa/2024/08/31/crece-la-criptomineria-en-el-paraguay-destacan',
    lang: 'es',
    tags: ['cost', 'prose'],
    blocks: [
      'La energía barata de Paraguay atrae a decenas de criptomineras legítimas: en los últimos tres años se instalaron en el país más de 60 sitios de criptominería avalados por las autoridades, que representan más de 1.100 millones de dólares en inversión.',
      'Un socio de Penguin es el peso pesado del sector, la estadounidense Marathon Digital, que ya tiene invertidos 30 millones de dólares en la planta de Hernandarias, donde se minan bitcoins.',
    ],
    expect: [o('1.100 millones de dólares', 1.1e9), o('30 millones de dólares', 30e6)],
  },
];
