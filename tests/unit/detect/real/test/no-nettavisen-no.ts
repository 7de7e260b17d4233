import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.nettavisen.no/na24/kjemperas-for-bitcoin/3423561018.html',
    lang: 'no',
    tags: ['prose', 'anaphora', 'change'],
    title: 'Kjempras for bitcoin',
    blocks: [
      'Bitcoin er kraftig ned det siste halvannet døgnet og ligger nå under 5000 dollar for første gang siden oktober 2017.',
      'Bitcoin falt på det meste ned til 4.400 dollar, 1.200 dollar eller 22 prosent lavere enn nivået mandag morgen, da nedturen for alvor startet.',
      'Kryptovalutaen har falt den siste uken og kostet 6.400 dollar så sent som for seks dager siden.',
      {
        heading: 'Kan falle mer',
        text: 'Bruddet gjennom det såkalte «støttenivået» på 5.000 dollar gjør at eksperter tror fallet kan fortsette.',
      },
      {
        heading: 'Kan falle mer',
        text: '- Det logiske støttenivået er nå 5.000 dollar. Holder ikke det, kan det falle ned til 3.500 dollar, sier analytiker Mati Greenspan i eToro ifølge CNBC.',
      },
      {
        heading: 'Kan falle mer',
        text: 'Markedsverdien på kryptovalutaen har den siste uken falt fra 110 milliarder dollar til 82 milliarder dollar, ifølge Coinmarketcap.',
      },
      {
        heading: 'Kan falle mer',
        text: 'Sagt med andre ord er 28 milliarder dollar, eller 239 milliarder kroner, borte for Bitcoin-eierne det siste halvannet døgnet.',
      },
      {
        heading: 'Store fall',
        text: 'Den samlede markedsverdien har falt fra 209 milliarder dollar til 154 milliarder dollar siden onsdag forrige uke. Det er en nedgang på 26 prosent, tilsvarende 469 milliarder kroner.',
      },
    ],
    expect: [
      p('5000 dollar', 5000),
      p('4.400 dollar', 4400),
      o('1.200 dollar', 1200),
      p('6.400 dollar', 6400),
      p('5.000 dollar', 5000),
      p('5.000 dollar', 5000),
      p('3.500 dollar', 3500),
      o('110 milliarder dollar', 1.1e11),
      o('82 milliarder dollar', 8.2e10),
      o('28 milliarder dollar', 2.8e10),
      o('239 milliarder kroner', 2.39e11, 'NOK'),
      o('209 milliarder dollar', 2.09e11),
      o('154 milliarder dollar', 1.54e11),
      o('469 milliarder kroner', 4.69e11, 'NOK'),
    ],
  },
  {
    url: 'https://www.nettavisen.no/na24/kjempesmell-for-bitcoin/3423431393.html',
    lang: 'no',
    tags: ['prose', 'change'],
    title: 'Kjempesmell for bitcoin',
    blocks: [
      'Ifølge Coinmarketcap er rundt 30 milliarder dollar, eller 230 milliarder kroner, blitt slettet fra bitcoins markedsverdi i løpet av den siste uken.',
    ],
    expect: [o('30 milliarder dollar', 3e10), o('230 milliarder kroner', 2.3e11, 'NOK')],
  },
  {
    url: 'https://www.nettavisen.no/na24/krypto-markedet-i-fritt-fall/3423412123.html',
    lang: 'no',
    tags: ['prose', 'change', 'anaphora'],
    title: 'Krypto-markedet i fritt fall',
    blocks: [
      'Verdien av kryptovalutaer som Bitcoin fortsetter nedover. Hele kryptomarkedet har falt fra 520 milliarder dollar torsdag morgen til 399 milliarder dollar fredag morgen, ifølge Coinmarketcap.',
      'Det er et fall på 121 milliarder dollar, eller 23,3 prosent. I norske kroner betyr det at verdier for 930 milliarder kroner er borte på rundt 24 timer.',
      {
        heading: 'Ripple kraftig ned',
        text: 'Bitcoin er ned 15 prosent det siste døgnet, og prisen på den digitale valutaen er nå 8.600 dollar, det laveste på over seks uker.',
      },
      {
        heading: 'Ripple kraftig ned',
        text: 'Bitcoin-verdien har mer enn halvert seg siden 17. desember i fjor, da den nådde en foreløpig topp på over 20.000 dollar.',
      },
    ],
    expect: [
      o('520 milliarder dollar', 5.2e11),
      o('399 milliarder dollar', 3.99e11),
      o('121 milliarder dollar', 1.21e11),
      o('930 milliarder kroner', 9.3e11, 'NOK'),
      p('8.600 dollar', 8600),
      p('20.000 dollar', 20000),
    ],
  },
];
