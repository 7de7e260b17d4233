import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://oglasibiznis.com/die-3-beliebtesten-kryptowaehrungen-und-ihre-charakteristik/',
    lang: 'de',
    tags: ['anaphora', 'prose'],
    title: 'Die 3 beliebtesten Kryptowährungen und ihre Charakteristik',
    blocks: [
      'Die 3 beliebtesten Kryptowährungen und ihre Charakteristik',
      'Bitcoin ist eigentlich ein quelloffenes P2P-Zahlungsnetzwerk und zugleich die Kryptowährung in diesem Netzwerk. Seine größte Besonderheit ist die vollständige Dezentralisierung. Die endgültige Anzahl der Bitcoins ist im Voraus bekannt und ihre Ausgabe im Quellcode des Netzwerks festgelegt. Dies ist die beliebteste Kryptowährung und ihr Wert liegt derzeit bei über 7.000 Euro (zum Vergleich: der Wechselkurs Euro Franken beträgt 1,1).',
      'Ethereum ist eine Kryptowährung und Open-Source-Plattform auf Basis einer dezentralen Datenbank namens Blockchain. Zugleich handelt es sich um eine dezentrale, virtuelle Turing-Maschine, mit der sogenannte „Smart Agreements“ ausgeführt werden können. Sein Wert liegt derzeit bei rund 217 Euro.',
    ],
    expect: [p('7.000 Euro', 7000, 'EUR'), o('217 Euro', 217, 'EUR')],
  },
];
