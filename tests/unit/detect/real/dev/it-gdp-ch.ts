import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.gdp.ch/ats-news/bitcoin-crolla-perde-quasi-un-quarto-valore-id151742.html',
    lang: 'it',
    tags: ['anaphora', 'prose', 'format'],
    title: 'Bitcoin crolla, perde quasi un quarto valore',
    blocks: [
      'Bitcoin crolla, perde quasi un quarto valore',
      'La valuta digitale lascia sul terreno il 23% a 887,47 dollari dopo lo scatto delle ultime ore, quando aveva toccato i massimi storici salendo a 1.140,64 dollari, con una capitalizzazione di mercato a dicembre di 16,1 miliardi di dollari.',
      'A spingere il rialzo sono state le restrizioni sui cambi in Cina, India e Venezuela, dove molti comprano Bitcoin per proteggere i risparmi. Ma il crollo ricorda quanto il Bitcoin resti volatile.',
    ],
    expect: [
      p('887,47 dollari', 887.47),
      p('1.140,64 dollari', 1140.64),
      o('16,1 miliardi di dollari', 16.1e9),
    ],
  },
];
