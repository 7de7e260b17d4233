import { o, type RealCase } from '../labels';

// Forum post relaying a local press piece on two home miners: daily mining income (a fraction of a
// coin) and the rig purchase, no price level.
export const cases: RealCase[] = [
  {
    url: 'https://testblog.cryptofr.com/topic/9003/presse-locale-charente-libre-charente-ils-misent-et-minent-sur-le-bitcoin/1',
    lang: 'fr',
    tags: ['forum', 'prose'],
    title: '[Presse locale] Charente Libre / Charente: ils misent [et minent] sur le bitcoin',
    blocks: [
      '[Presse locale] Charente Libre / Charente: ils misent [et minent] sur le bitcoin',
      'Charente Libre - Édition du jeudi 25 janvier 2018',
      'Le quotidien publie un court dossier sur une pleine page dans son édition du jour.',
      'Extrait : Patrick et Georges habitent à vingt minutes l’un de l’autre, dans la campagne charentaise. Ils ne se connaissent pas et pensaient, chacun de leur côté, être les seuls du département à « miner », c’est-à-dire à participer à la sécurisation des transactions en monnaies virtuelles comme le bitcoin. Chez Patrick, trois processeurs puissants, les « bitminers », tournent en permanence dans la grange.',
      '« Je fais ça d’abord pour me tenir au courant de cette pratique, à titre professionnel », dit Patrick, informaticien à son compte. C’est aussi, promet-il, intéressant financièrement. Les mineurs sont rémunérés par les frais prélevés sur les transactions. À ce père de famille de 45 ans, le minage rapporte environ 15 € par jour, soit 0,0012 bitcoins, pour un investissement d’environ 500 €, avec un copain, dans des « bitminers » d’occasion.',
    ],
    expect: [o('15 €', 15, 'EUR'), o('500 €', 500, 'EUR')],
  },
];
