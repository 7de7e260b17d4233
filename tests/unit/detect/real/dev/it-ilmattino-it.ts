import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.ilmattino.it/economia/trimestre_nero_le_criptovalute_bitcoin_ha_perso_quasi_50-3645870.html',
    lang: 'it',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      "Criptovalute sempre più in affanno. Il primo trimestre di quest'anno è stato infatti il peggiore di sempre sia per il Bitcoin, che ha visto andare in fumo oltre 119 miliardi di dollari di capitalizzazione, che per Ripple, che ha subito la performance peggiore di tutte le monete digitali da gennaio a marzo 2018: meno 77%.",
      'Secondo CoinDesk, il Bitcoin ha visto il proprio prezzo scendere da 13.412,44 a 6.928,85 dollari, con un calo di quasi il 50%. A dicembre la valuta virtuale è arrivata a sfiorare i 20mila dollari.',
    ],
    expect: [
      o('119 miliardi di dollari', 119e9),
      p('13.412,44', 13412.44),
      p('6.928,85 dollari', 6928.85),
      p('20mila dollari', 20000),
    ],
  },
];
