import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.uusisuomi.fi/raha/237194-tivi-suomen-takavarikoiman-bitcoin-potin-arvo-rajahti-huutokaupataanko-ne',
    lang: 'fi',
    tags: ['prose', 'format'],
    blocks: [
      'Suomen tulli takavarikoi vuonna 2016 suomalaisen miehen pyörittämästä huumekaupasta 1666 bitcoinia, joiden arvo on sittemmin räjähtänyt. Nykykurssilla niiden arvo on jo yli 23 miljoonaa euroa.',
      'Pohdinnassa on esimerkiksi, voitaisiinko bitcoineja huutokaupata, kuten Yhdysvalloissa ja Ruotsissa on tehty. Länsinaapurimme myi takavarikoidut 0,6 bitcoinia lokakuussa, mikä toi valtion kassaan hieman yli 4000 euroa. Yhdysvaltain poliisi taas myi 44 000 takavarikoitua bitcoinia ja sai niistä aikanaan 14,6 miljoonaa dollaria. Nykyarvolla koko erän hinta olisi yli 2 miljardia euroa.',
    ],
    expect: [
      o('23 miljoonaa euroa', 2.3e7, 'EUR'),
      o('4000 euroa', 4000, 'EUR'),
      o('14,6 miljoonaa dollaria', 1.46e7),
      o('2 miljardia euroa', 2e9, 'EUR'),
    ],
  },
];
