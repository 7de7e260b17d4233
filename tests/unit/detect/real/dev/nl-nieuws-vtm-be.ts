import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://nieuws.vtm.be/binnenland/waarde-van-bitcoin-vrije-val?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+vtm%2FNMdG+%28VTM+NIEUWS%29',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'Waarde van bitcoin in vrije val',
    blocks: [
      'Dat beleggen in bitcoin riskant is, wordt deze week pijnlijk duidelijk. Begin deze week was de virtuele munt nog bijna 20.000 dollar waard, maar in Hongkong zakte de koers tot onder de 13.000 dollar. Op één dag verloor de munt 21 procent van haar waarde.',
      'Wie al lang in de bitcoin belegt, doet nog altijd een goede zaak: tegenover begin dit jaar steeg de koers met 1.100 procent.',
    ],
    expect: [p('20.000 dollar', 20000), p('13.000 dollar', 13000)],
  },
  {
    url: 'https://nieuws.vtm.be/vtm-nieuws/binnenland/bitcoin-verliest-aan-waarde?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+vtm%2FNMdG+%28VTM+NIEUWS%29',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin verliest aan waarde',
    blocks: [
      'De bitcoin is onder de 13.000 dollar gezakt. De virtuele munt verloor in één dag 21 procent van haar waarde. Begin deze week was de bitcoin nog 20.000 dollar waard, maar tegenover begin dit jaar is de munt nog altijd dertien keer meer waard.',
    ],
    expect: [p('13.000 dollar', 13000), p('20.000 dollar', 20000)],
  },
];
