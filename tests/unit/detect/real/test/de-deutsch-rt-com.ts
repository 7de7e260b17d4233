import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://deutsch.rt.com/newsticker/57357-bitcoin-kurs-sinkt-unter-3000/',
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin-Kurs sinkt unter 3.000 Dollar',
    blocks: [
      'Bitcoin-Kurs sinkt unter 3.000 Dollar',
      'Die Talfahrt der Digitalwährung Bitcoin ging am Freitag weiter. Auf wichtigen Handelsbörsen wie Bitstamp oder Coinbase fiel der Kurs unter die Marke von 3.000 Dollar. Bei Bitstamp wurden am Tiefpunkt 2.972 Dollar pro Bitcoin erreicht, 12 Prozent weniger als am Vortag.',
      'Anfang September hatte der Bitcoin noch ein Rekordhoch bei knapp 5.000 Dollar markiert. Zu Jahresbeginn stand er bei 1.000 Dollar, danach schoss der Kurs hoch – und stürzte zuletzt wieder ab.',
    ],
    expect: [
      p('3.000 Dollar', 3000),
      p('3.000 Dollar', 3000),
      p('2.972 Dollar', 2972),
      p('5.000 Dollar', 5000),
      p('1.000 Dollar', 1000),
    ],
  },
];
