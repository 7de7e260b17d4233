import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://businesswatch.ro/cat-costa-sa-minezi-bitcoin-si-ethereum-in-romania-fata-de-restul-lumii-7637.html',
    lang: 'ro',
    tags: ['cost', 'prose', 'change'],
    title: 'Cât costă să minezi Bitcoin și Ethereum în România față de restul lumii',
    blocks: [
      'Interesul pentru criptomonede diferă de la o țară la alta, la fel și costul obținerii lor. Cum tariful energiei electrice a crescut puternic peste tot în ultimul an, prețul pentru a obține prin minare un Bitcoin diferă cu peste 200.000 de dolari în funcție de țară.',
      'Pentru a extrage un singur bitcoin e nevoie de aproximativ 1.449 de kilowați oră (kWh) de energie, cam cât consumă o gospodărie americană medie în 13 ani.',
      'Potrivit experților de la 911 Metallurgist, în România, pentru minarea unui Bitcoin prețul este de circa 18.320 de dolari, cost care ne plasează pe locul 38 în lume și pe locul 4 în Europa. Profitul minerilor de pe teritoriul României ar fi de aproximativ 2.878 de dolari la fiecare Bitcoin minat.',
      'În cazul Ethereum, prețul de minare în România este de 77 de dolari, iar pentru un Dogecoin de doar 10 cenți.',
    ],
    expect: [
      o('200.000 de dolari', 200000),
      c('18.320 de dolari', 18320),
      o('2.878 de dolari', 2878),
      o('77 de dolari', 77),
      o('10 cenți', 0.1),
    ],
  },
];
