import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://forbes.hu/zold/a-bitcoin-hozza-el-az-atomeromuvek-uj-korszakat',
    lang: 'hu',
    tags: ['prose', 'cost'],
    title: 'A bitcoin hozza el az atomerőművek új korszakát?',
    blocks: [
      'Akkora a potenciál a bitcoin-bányászatában, hogy még a legdrágább energetikai beruházások is profitábilissá válhatnak.',
      'Pár éve még csak a világ eldugott részeiről lehetett furcsa történeteket hallani az erőművekre kötött bitcoinbányákról. 2018-ban nagyot szólt, hogy egy orosz üzletember, Alekszej Kolesznyik akkori árfolyamon alig több mint 700 millió forintért vett meg két kisebb orosz hőerőművet a célra. A bitcoin-láz épp a csúcsán volt, az árfolyam ugyan kezdett beszakadni (majd rövidesen a harmadára esett), de óriási potenciál látszott az ágazatban.',
    ],
    expect: [o('700 millió forintért', 7e8, 'HUF')],
  },
];
