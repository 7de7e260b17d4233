import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.kristeligt-dagblad.dk/bitcoin-runder-milepael-og-naar-hoejeste-niveau-siden-juni',
    lang: 'da',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin runder milepæl og når højeste niveau siden juni',
    blocks: [
      'Kryptovalutaen bitcoin havde et særdeles svært 2022, hvor den måtte sige farvel til to tredjedele af sin værdi.',
      'For første gang siden juni sidste år krydsede den tirsdag 30.000 dollar i værdi. Det svarer til cirka 205.000 kroner.',
      'Det endte med, at UBS, som også er en schweizisk bank, købte Credit Suisse for tre milliarder schweizerfranc - cirka 22,7 milliarder danske kroner.',
    ],
    expect: [
      p('30.000 dollar', 30000),
      p('205.000 kroner', 205000, 'DKK'),
      o('tre milliarder schweizerfranc', 3e9, 'CHF'),
      o('22,7 milliarder danske kroner', 2.27e10, 'DKK'),
    ],
  },
];
