import { c, p, type RealCase } from '../labels';

const row = (country: string, cost: string) => [
  { text: country, header: 'Paese' },
  { text: cost, header: 'Costo per estrarre 1 BTC (USD)', row: country },
];

export const cases: RealCase[] = [
  {
    url: 'https://www.money.it/bitcoin-la-classifica-dei-paesi-dove-il-mining-costa-meno',
    lang: 'it',
    tags: ['cost', 'table', 'prose', 'anaphora'],
    title: 'Bitcoin, la classifica dei Paesi dove il mining costa meno',
    blocks: [
      'Quanto costa produrre un Bitcoin? Dipende più dal Paese che dalla potenza dei computer. Se in Iran bastano poco più di 1.300 dollari di elettricità per estrarre un singolo Bitcoin, in Italia la cifra supera i 306.000 dollari. Una forbice enorme che racconta politiche energetiche, sussidi e mercati più o meno regolamentati.',
      'Ma quali sono i Paesi dove il mining conviene? E cosa significa per i risparmiatori, mentre il prezzo di BTC oscilla intorno ai 109.500 dollari?',
      { text: 'I paradisi del mining, la classifica 2025', heading: 'Classifica' },
      "Secondo le ultime rilevazioni, l'Iran guida la classifica con un costo medio di circa 1.300 dollari per minare un Bitcoin. Segue l'Etiopia con meno di 2.000 dollari, poi Bhutan, Russia e Cina.",
      'Ecco la classifica dei Paesi dove il mining costa meno:',
      ...row('Iran', '1.324'),
      ...row('Etiopia', '1.990'),
      ...row('Bhutan', '2.000'),
      ...row('Russia', '3.000'),
      ...row('Cina', '3.500'),
      ...row('Kazakistan', '4.000'),
      ...row('Venezuela', '4.500'),
    ],
    expect: [
      c('1.300 dollari', 1300),
      c('306.000 dollari', 306000),
      p('109.500 dollari', 109500),
      c('1.300 dollari', 1300),
      c('2.000 dollari', 2000),
      c('1.324', 1324),
      c('1.990', 1990),
      c('2.000', 2000),
      c('3.000', 3000),
      c('3.500', 3500),
      c('4.000', 4000),
      c('4.500', 4500),
    ],
  },
];
