import { c, o, type RealCase } from '../labels';

const row = (country: string, kwh: string, cost: string) => [
  { text: country, header: 'Pays' },
  { text: kwh, header: "Coût moyen de l'électricité ($/kWh)", row: country },
  { text: cost, header: 'Coût moyen de minage d’un Bitcoin ($)', row: country },
];

export const cases: RealCase[] = [
  {
    url: 'https://cryptoexcavation.uk/s/fr/Co%C3%BBt+du+minage+Bitcoin/38094',
    lang: 'fr',
    tags: ['cost', 'table', 'prose', 'format'],
    title: "Combien coûte l'extraction d'un Bitcoin ?",
    blocks: [
      {
        text: "Prenons l'exemple des États-Unis, où le coût moyen de l'électricité pour le minage tourne autour de 0,13 $ par kWh. En Chine, certaines régions proposent des tarifs aussi bas que 0,05 $ par kWh grâce aux centrales hydroélectriques, mais les interdictions récentes compliquent les opérations. Au Kazakhstan et en Iran, les mineurs profitent de coûts encore plus bas, de l'ordre de 0,03 $ à 0,05 $ par kWh, au prix de défis réglementaires importants.",
        heading: 'Les coûts énergétiques : une variable essentielle',
      },
      ...row('États-Unis', '0,13', '15 600'),
      ...row('Kazakhstan', '0,04', '4 800'),
      ...row('Chine (avant interdiction)', '0,05', '6 000'),
      ...row('Iran', '0,03', '3 600'),
      "Ainsi, le prix final pour extraire un Bitcoin varie de 3 600 $ à plus de 15 000 $, selon l'emplacement et le coût de l'énergie.",
    ],
    expect: [
      o('0,13 $', 0.13),
      o('0,05 $', 0.05),
      o('0,03 $', 0.03),
      o('0,05 $', 0.05),
      o('0,13', 0.13),
      c('15 600', 15600),
      o('0,04', 0.04),
      c('4 800', 4800),
      o('0,05', 0.05),
      c('6 000', 6000),
      o('0,03', 0.03),
      c('3 600', 3600),
      c('3 600 $', 3600),
      c('15 000 $', 15000),
    ],
  },
];
