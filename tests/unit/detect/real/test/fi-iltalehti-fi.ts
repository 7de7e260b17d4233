import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.iltalehti.fi/kotimaa/a/ae398228-c1c0-4b0f-a683-4c389525922a',
    lang: 'fi',
    tags: ['prose', 'format'],
    blocks: [
      'Isolla erällä Pylkkänen viittaa niin sanottuun Douppikauppa-tapaukseen, jossa Tulli takavarikoi vuonna 2016 suomalaisen miehen pyörittämästä huumekaupasta 1666 bitcoinia. Asiasta aiemmin uutisoineen Ylen mukaan Tullilla on 1 981 bitcoinia. Nykykurssilla omaisuuden arvo on jopa 60 miljoonaa euroa.',
      'Pylkkänen arvioi Iltalehdelle bitcoin-potin arvoksi yli tai alle 50 miljoonaa euroa. Bitcoinin hurja arvonnousu on ollut viime aikoinakin uutisissa.',
    ],
    expect: [o('60 miljoonaa euroa', 6e7, 'EUR'), o('50 miljoonaa euroa', 5e7, 'EUR')],
  },
];
