import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://businessinsider.com.pl/gielda/kryzys-wydobywczy-i-walka-bykow-z-niedzwiedziami-bitcoin-w-decydujacym-momencie/xmte3dz',
    lang: 'pl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin walczy o odwrócenie negatywnego trendu. Przed nim pierwsza przeszkoda',
    blocks: [
      'Bitcoin walczy o odwrócenie negatywnego trendu. Przed nim pierwsza przeszkoda',
      'Rynek Bitcoina wkracza w decydującą fazę, próbując otrząsnąć się po potężnej przecenie. Od jesiennych rekordów wycena najważniejszej kryptowaluty świata stopniała o ponad połowę, co oznacza, że jej kapitalizacja skurczyła się aż o 1,14 bln dol.',
      'Na rynku Bitcoina w ostatnich dniach lutego 2026 r. dzieje się bardzo dużo. Mamy do czynienia z próbą odbicia po silnej przecenie. Teraz trwa walka o przebicie bariery 70 tys. dol.',
      'Spadki były na tyle duże, że na początku lutego kurs osunął się do 59 916 dol., czyli najniższego poziomu od października 2024 r. To oznaczało wtedy, że od rekordu wszech czasów (126 300,6 dol. zanotowane 6 października 2025 r.) kurs spadł aż o 53 proc.',
      {
        text: 'Szczególnie udana była środa, gdy kurs Bitcoina urósł o 6,7 proc., do 68 485 dol. W czwartek w południe trwa walka o kontynuację wczorajszego odbicia, ale na razie byki nieznacznie przegrywają z niedźwiedziami i kurs spada o ponad 0,6 proc., do 68 048 dol.',
        heading: 'Wielkie spadki kursu Bitcoina',
      },
    ],
    expect: [
      o('1,14 bln dol.', 1.14e12),
      p('70 tys. dol.', 70000),
      p('59 916 dol.', 59916),
      p('126 300,6 dol.', 126300.6),
      p('68 485 dol.', 68485),
      p('68 048 dol.', 68048),
    ],
  },
];
