import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://ithardware.pl/aktualnosci/bitcoin_wydobycie_nieoplacalne_rosnace_koszty_2025-41264.html',
    lang: 'pl',
    tags: ['cost', 'prose', 'anaphora', 'format'],
    title: 'Bitcoin coraz mniej opłacalny? Wydobycie przekracza wartość samej kryptowaluty',
    blocks: [
      'Bitcoin coraz mniej opłacalny? Wydobycie przekracza wartość samej kryptowaluty',
      'W 2025 roku rynek kryptowalut przestaje być łatwym źródłem zysku i staje się środowiskiem, w którym przetrwają tylko najwydajniejsi. Dotyczy to zwłaszcza wydobycia Bitcoina, które w ostatnich latach bardzo się zmieniło.',
      'Według danych CoinShares średni całkowity koszt wygenerowania jednego Bitcoina przez notowane na giełdzie spółki górnicze wynosi dziś około 137 tys. dolarów. Kwota obejmuje rachunki za prąd, sprzęt i bieżące koszty operacyjne. Tymczasem cena rynkowa Bitcoina oscyluje wokół 95 tys. dolarów, więc spora część operacji działa poniżej progu opłacalności.',
      {
        text: 'Kluczowy dla opłacalności pozostaje koszt energii, mocno zróżnicowany między krajami. W Iranie wydobycie jednego Bitcoina może kosztować jedynie 1 324 dolary, głównie dzięki bardzo taniemu prądowi. Z kolei w Irlandii ten sam proces kosztuje ponad 321 tys. dolarów.',
        heading: 'Kopanie kryptowaluty straciło sens?',
      },
    ],
    expect: [
      c('137 tys. dolarów', 137000),
      p('95 tys. dolarów', 95000),
      c('1 324 dolary', 1324),
      c('321 tys. dolarów', 321000),
    ],
  },
];
