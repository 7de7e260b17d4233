import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://444.hu/2017/12/22/ot-nap-alatt-harmadaval-zuhant-vissza-a-bitcoin-arfolyama',
    lang: 'hu',
    tags: ['prose', 'anaphora'],
    title: 'Öt nap alatt harmadával zuhant vissza a bitcoin árfolyama',
    blocks: [
      '13 ezer dollár alá csúszott péntek délelőtt a bitcoin árfolyama, vagyis öt nap alatt nagyjából az értéke harmadát veszítette el a világ legismertebb digitális pénze. Ez volt egyben a bitcoin legrosszabb hete 2013 óta.',
      'A legismertebb kriptovaluta az elmúlt hónapokban elképesztő, a szakembereket is megdöbbentő mértékben drágult, egyetlen bitcoin értéke a 20 ezer dolláros árfolyam közelébe jutott.',
      'Azóta viszont zuhanni kezdett, péntek dél körül 12560 dolláros árfolyamon mérik éppen a bitcoint.',
    ],
    expect: [p('13 ezer dollár', 13000), p('20 ezer dolláros', 20000), p('12560 dolláros', 12560)],
  },
];
