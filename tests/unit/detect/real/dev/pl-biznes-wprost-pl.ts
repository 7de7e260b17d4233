import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://biznes.wprost.pl/finanse-i-inwestycje/10399889/nowy-rekord-bitcoina-jest-najdrozszy-w-historii-ponad-80-tys-zl-za-sztuke.html',
    lang: 'pl',
    tags: ['prose', 'change', 'format'],
    title: 'Nowy rekord bitcoina. Jest najdroższy w historii, ponad 80 tys. zł za sztukę',
    blocks: [
      'Bitcoin kontynuuje trend wzrostowy. Od początku roku podrożał już o ponad 200 proc. Właśnie pobił nowy rekord i jest najdroższy w historii. Za jedną wirtualną monetę trzeba obecnie zapłacić ponad 20 tys. dolarów/ Polscy kupujący muszą się szykować na wydatek w granicach 80 tys. złotych. Tylko od wczoraj cena wirtualnej waluty wzrosła o ponad 2,6 tys. zł. W ujęciu miesięcznym to już blisko 14 tys. zł, czyli około 20 proc.',
      {
        heading: 'Bitcoin za ponad 20 tys. dolarów',
        text: 'Historyczna granica 20 tys. dolarów została przebita po raz pierwszy. Blisko tego poziomu najpopularniejsza kryptowaluta była w 2017 roku, ale wtedy nastąpiło nagłe załamanie, które trwało aż do tego roku.',
      },
    ],
    expect: [
      p('20 tys. dolarów', 20000),
      p('80 tys. złotych', 80000, 'PLN'),
      o('2,6 tys. zł', 2600, 'PLN'),
      o('14 tys. zł', 14000, 'PLN'),
      p('20 tys. dolarów', 20000),
    ],
  },
  {
    url: 'https://biznes.wprost.pl/finanse-i-inwestycje/10753879/kurs-bitcoina-spadl-ponizej-20-tys-dolarow.html',
    lang: 'pl',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Kurs bitcoina spadł poniżej 20 tys. dolarów',
    blocks: [
      'Bez przesady można powiedzieć, że był to czarny tydzień dla bitcoina. Jego zwieńczeniem jest spełnienie się najczarniejszego scenariusza, którego obawiało się wielu inwestorów na rynku kryptowalut.',
      {
        heading: 'Czarny tydzień',
        text: 'Przypomnijmy, że po chwilowym odbiciu i powrocie do 31 tys. dolarów bitcoin na początku tygodnia zaczął nurkować. W nocy z 12 na 13 czerwca (czasu polskiego) najpopularniejsza kryptowaluta spadła z poziomu 28 do zaledwie 25 tys. dolarów. Ostatni raz bitcoin był tak tani pod koniec 2020 roku.',
      },
      {
        heading: 'Czarny tydzień',
        text: 'Wydawało się, że gorzej być nie może, a to był dopiero początek czarnej serii. W ostatnich dniach bitcoin trzymał się nieco powyżej 20 tys. dolarów, by w sobotę rano zejść poniżej tego poziomu (w chwili pisania tego tekstu 1 bitcoin kosztuje 19 113, 83 USD), co oznacza spadek o blisko 9 proc. w ciągu doby i o prawie 35 proc. w skali tygodnia.',
      },
      {
        heading: 'Czarny tydzień',
        text: 'Cała branża kryptowalut jest „doklejona” do kursu bitcoina, więc gdy ten nurkuje, pozostałe podążają jego śladem. Potwierdza to kurs etheru, drugiej kryptowaluty pod względem kapitalizacji: spadek poniżej poziomu 1000 dolarów, o blisko 10 proc. mniej niż wczoraj i nieco ponad 38 proc. w skali tygodnia.',
      },
    ],
    expect: [
      p('31 tys. dolarów', 31000),
      p('28', 28000),
      p('25 tys. dolarów', 25000),
      p('20 tys. dolarów', 20000),
      p('19 113, 83 USD', 19113.83),
      o('1000 dolarów', 1000),
    ],
  },
];
