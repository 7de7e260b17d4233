import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://datanews.levif.be/ict/actualite/le-bitcoin-flirte-avec-la-barre-des-50-000-dollars/article-news-1392693.html',
    lang: 'fr',
    tags: ['prose', 'format'],
    title: 'Le bitcoin flirte avec la barre des 50.000 dollars',
    blocks: [
      "Ce dimanche, la crypto-monnaie bitcoin s'est approchée tout près du seuil symbolique des 50.000 dollars. Sur Bitstamp, son cours a touché un record de 49.700 dollar, avant de refluer un peu.",
      'Tesla a acheté des bitcoins pour 1,5 milliard de dollars et promis que ses clients pourraient bientôt payer avec.',
    ],
    expect: [p('50.000 dollars', 50000), p('49.700 dollar', 49700), o('1,5 milliard de dollars', 1.5e9)],
  },
  {
    url: 'http://datanews.levif.be/ict/actualite/le-bitcoin-fonce-vers-le-seuil-des-11-000-dollars/article-normal-763381.html',
    lang: 'fr',
    tags: ['prose', 'change', 'anaphora'],
    title: 'Le bitcoin fonce vers le seuil des 11.000 dollars',
    blocks: [
      "À la mi-octobre, le bitcoin valait encore quelque 5.000 dollars, la moitié de son cours actuel. La hausse dépasse même celle du début d'année, quand il plafonnait vers 1.000 dollars avant de s'écraser.",
      "Après un record à 10.825 dollars ce mercredi matin, la crypto-monnaie a reculé de 700 dollars moins d'une heure plus tard, puis est repartie à la hausse.",
    ],
    expect: [
      p('5.000 dollars', 5000),
      p('1.000 dollars', 1000),
      p('10.825 dollars', 10825),
      o('700 dollars', 700),
    ],
  },
];
