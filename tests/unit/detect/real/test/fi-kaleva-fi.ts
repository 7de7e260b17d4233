import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.kaleva.fi/vastaamo-kiristaja-vaatii-uhreilta-bitcoineja-mita/3044585',
    lang: 'fi',
    tags: ['prose', 'format'],
    blocks: [
      'Psykoterapiakeskus Vastaamon tietomurrosta saaduilla tiedoilla kiristäjä määrää uhrit maksamaan kryptovaluutta bitcoineilla.',
      'Kiristäjä vaatii Vastaamon asiakkailta bitcoineja 200 euron arvosta, jos maksu tehdään 24 tunnin sisällä, tai 500 euroa 48 tunnin sisällä. Jos maksua ei tule, hän tai he uhkaavat julkaista uhrin henkilötiedot ja potilaskertomuksen.',
    ],
    expect: [o('200 euron', 200, 'EUR'), o('500 euroa', 500, 'EUR')],
  },
];
