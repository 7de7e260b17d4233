import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.fondsprofessionell.de/news/zahl-tweet-des-tages/headline/zahl-des-tages-19864-202807/',
    lang: 'de',
    tags: ['anaphora', 'prose'],
    title: 'Zahl des Tages: 19.864',
    blocks: [
      'Zahl des Tages: 19.864',
      'Nach der jüngsten Achterbahnfahrt ist es dem Bitcoin gelungen: Das alte Kurshoch von 2017 ist übertroffen, die Kryptowährung erreichte am Montag mit 19.864 US-Dollar einen neuen Rekordwert. Seit Anfang Oktober hat sich ihr Wert damit beinahe verdoppelt. Im März stand der Kurs noch bei gerade einmal 4.000 Dollar.',
    ],
    expect: [p('19.864 US-Dollar', 19864), p('4.000 Dollar', 4000)],
  },
];
