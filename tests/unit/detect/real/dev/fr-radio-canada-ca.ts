import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://ici.radio-canada.ca/nouvelle/1753883/bitcoins-record-cryptomonnaies-bitfarms-valeur-remontee-demande',
    lang: 'fr-CA',
    tags: ['prose', 'format'],
    title: 'Le bitcoin bat des records',
    blocks: [
      "En octobre, le service de paiement Square a acheté pour 50 millions de dollars de bitcoins, puis PayPal s'est lancé dans les cryptomonnaies.",
      "Pour Craig Erlam, de la firme Oanda, le flirt du bitcoin avec les 20 000 $ US n'est pas près de cesser. Le bitcoin touche de nouveaux sommets aujourd'hui, écrit-il, mais il a encore reculé à l'approche du seuil psychologique des 20 000 $.",
    ],
    expect: [o('50 millions de dollars', 50e6), p('20 000 $ US', 20000), p('20 000 $', 20000)],
  },
];
