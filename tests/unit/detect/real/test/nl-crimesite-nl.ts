import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.crimesite.nl/universiteit-betaalde-losgeld-aan-hackers-en-kreeg-het-met-winst-terug/',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Universiteit betaalde losgeld aan hackers en kreeg het met winst terug',
    blocks: [
      'De Universiteit Maastricht krijgt het losgeld dat in 2019 na een hack met ransomware werd betaald terug, plus nog een flinke winst, meldt de Volkskrant. De politie vond een deel van het losgeld terug en nam daarnaast een ander bedrag aan cryptovaluta in beslag. Omdat de cryptomunten de afgelopen jaren in waarde zijn gestegen, krijgt de universiteit 500.000 euro terwijl ze maar 200.000 euro aan bitcoins betaalde.',
      {
        heading: '30 bitcoins',
        text: 'De hackers infiltreerden met software in de computersystemen van de universiteit. Honderden servers en back-upsystemen werden vergrendeld. Voor vrijgave eisten de hackers 200.000 euro aan (30) bitcoins, die na een week werd betaald.',
      },
      {
        heading: 'Fonds',
        text: 'Een team van de politie in Limburg kwam een deel van het losgeld op het spoor: 4,54 bitcoins waren te herleiden naar het account van een Oekraïense witwasser, waarop in 2020 beslag werd gelegd. Op het account stond nog andere crypto met een waarde van (toen) 40.000 euro.',
      },
      {
        heading: 'Fonds',
        text: 'Vorig jaar kwam het geld naar Nederland. De waarde van de munten was gestegen naar een half miljoen euro. De universiteit besteedt het extra geld aan een fonds voor arme studenten.',
      },
      {
        heading: 'Fonds',
        text: 'In 2021 betaalde RTL Nederland 8.500 euro aan ransomware-hackers. In 2020 werd geschat dat bedrijven in België jaarlijks 100 miljoen euro aan losgeld betalen.',
      },
    ],
    expect: [
      o('500.000 euro', 500000, 'EUR'),
      o('200.000 euro', 200000, 'EUR'),
      o('200.000 euro', 200000, 'EUR'),
      o('40.000 euro', 40000, 'EUR'),
      o('half miljoen euro', 500000, 'EUR'),
      o('8.500 euro', 8500, 'EUR'),
      o('100 miljoen euro', 100e6, 'EUR'),
    ],
  },
];
