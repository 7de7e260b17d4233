import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.rtbf.be/auvio/detail_dossier-de-la-redaction?id=2723667',
    lang: 'fr',
    tags: ['anaphora', 'format'],
    title: 'Le bitcoin bat tous les records',
    blocks: [
      "Du jamais vu : le bitcoin pulvérise les records. Il y a deux ans, un bitcoin se payait 3000€, et encore 9000 voici trois mois. Aujourd'hui, il en vaut 32 000. Faites le calcul : plus de x10 en deux ans.",
    ],
    expect: [p('3000€', 3000, 'EUR'), p('9000', 9000, 'EUR'), p('32 000', 32000, 'EUR')],
  },
];
