import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.repubblica.it/economia/affari-e-finanza/2022/06/27/news/la_bolla_delle_cripto_e_scoppiata_ma_il_rischio_del_contagio_e_basso-355273734/?rss',
    lang: 'it',
    tags: ['anaphora', 'format', 'cost'],
    title: 'La bolla delle cripto è scoppiata ma il rischio del contagio è basso',
    blocks: [
      "Il re è morto, viva il re. Il tonfo di sua maestà Bitcoin e della sua corte di cripto fa rumore come sempre. Che una bolla sia esplosa è difficile negarlo, se un asset che a novembre lambiva 69mila dollari è sprofondato sotto 18mila, trascinando la capitalizzazione dell'intero mondo digitale da circa 3.000 (a novembre) fin sotto i 1.000",
      'La bolla delle cripto è scoppiata ma il rischio del contagio è basso',
      'Da novembre a giugno la capitalizzazione del mondo digitale è passata da oltre 3.000 a circa 1.000 miliardi, la volatilità resta altissima e il Bitcoin vale ormai più o meno quanto costa produrlo',
      '3,99€/settimana prezzo bloccato',
    ],
    expect: [p('69mila dollari', 69000), o('3,99€', 3.99, 'EUR')],
  },
];
