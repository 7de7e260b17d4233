import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://vwg.nl/nieuws/peildatum-beslist-over-belasting-box-3/',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'Peildatum beslist over belasting box 3',
    blocks: [
      'De inkomstenbelasting bedraagt 30% van je inkomen uit sparen en beleggen (box 3). Die belasting wordt berekend over het forfaitaire rendement, en dat rendement over de waarde van je vermogen op 1 januari, 0:00 uur van het belastingjaar: de peildatum.',
      {
        heading: 'Peildatum',
        text: "Dat de peildatum voor box 3 beslissend is, blijkt begin dit jaar nog eens heel duidelijk. Wie zijn euro's in bitcoins heeft ondergebracht, geeft in de aangifte inkomstenbelasting voor 2018 per bitcoin bijvoorbeeld een waarde op van rond de € 11.000. In de loop van februari was van die waarde nog maar rond € 9.000 over. LET OP: deze getallen zijn niet meer dan een grove indicatie.",
      },
    ],
    expect: [p('€ 11.000', 11000, 'EUR'), p('€ 9.000', 9000, 'EUR')],
  },
];
