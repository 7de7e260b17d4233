import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://innpoland.pl/141045,nie-oplaca-sie-kopac-bitcoina-prad-w-polsce-jest-za-drogi',
    lang: 'pl',
    tags: ['cost', 'prose', 'anaphora', 'format'],
    title: 'Nie opłaca się kopać bitcoina. Prąd w Polsce jest za drogi',
    blocks: [
      'Sieć Elite Fixtures, gigant handlu oświetleniem, postanowiła wykorzystać swoją wiedzę do prostej, ale uderzającej analizy. Jej analitycy policzyli, ile w 115 państwach kosztuje prąd potrzebny do wykopania jednego bitcoina. Polska znalazła się na krawędzi opłacalności.',
      'Ranking opiera się na cenach energii z początku roku, ale te – w przeciwieństwie do bitcoina – są dość stabilne. W przypadku Polski analitycy Elite Fixtures wyceniają koszt zużytej na jednego bitcoina energii na równowartość 6931 dolarów. Opłacalność kopania nad Wisłą jest więc minimalna (9 lutego, w piątkowe południe, bitcoin był warty 8100 dolarów), a bywa i poniżej progu – jak w poniedziałek 5 lutego, kiedy na niektórych giełdach płacono za bitcoina poniżej 7 tysięcy dolarów.',
      'Z rankingu wynika, że polscy „górnicy” mogliby po prostu przenieść się na wschód – na Białorusi koszt prądu zużywanego na wykopanie jednego bitcoina to równowartość 2177 dol., na Ukrainie jeszcze mniej – około 1852 dolarów.',
      {
        text: 'Rajem dla kopaczy byłaby Wenezuela – tam prąd wydaje się najtańszy na świecie, a koszt wykopania bitcoina to, bagatela, 531 dolarów.',
        heading: 'Raj dla kopaczy kryptowaluty',
      },
    ],
    expect: [
      c('6931 dolarów', 6931),
      p('8100 dolarów', 8100),
      p('7 tysięcy dolarów', 7000),
      c('2177 dol.', 2177),
      c('1852 dolarów', 1852),
      c('531 dolarów', 531),
    ],
  },
];
