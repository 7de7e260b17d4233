import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://leganerd.com/2021/01/08/il-mercato-delle-criptovalute-vale-mille-miliardi-si-e-merito-del-bitcoin/',
    lang: 'it',
    tags: ['prose', 'format'],
    title: 'Il mercato delle criptovalute vale mille miliardi: sì, è merito del bitcoin',
    blocks: [
      'Il mercato delle criptovalute vale mille miliardi: sì, è merito del bitcoin',
      'La capitalizzazione mondiale delle criptovalute ha superato il bilione (mille miliardi), soprattutto grazie alla crescita vertiginosa del valore unitario del bitcoin — oggi quotato a 33.750 euro.',
      'La capitalizzazione degli Ether vale attualmente 140 miliardi di dollari; seguono Litecoin e Bitcoin Cash (da non confondere con i bitcoin) e tutte le altre alternative più o meno note.',
      'Per capire la distanza tra i Bitcoin e le criptovalute minori basta considerare che la sua capitalizzazione di mercato, ad oggi, è pari a 625.618.658.826€, contro i 116 miliardi di euro degli Ether.',
    ],
    expect: [
      p('33.750 euro', 33750, 'EUR'),
      o('140 miliardi di dollari', 140e9),
      o('625.618.658.826€', 625618658826, 'EUR'),
      o('116 miliardi di euro', 116e9, 'EUR'),
    ],
  },
];
