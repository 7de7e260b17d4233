import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://kriptoakademia.com/2023/10/16/alhir-miatt-ugrott-3000-dollart-a-bitcoin-arfolyama',
    lang: 'hu',
    tags: ['change', 'prose', 'anaphora', 'format'],
    title: 'Álhír miatt ugrott 3000 dollárt a bitcoin árfolyama',
    blocks: [
      'Álhír miatt ugrott 3000 dollárt a bitcoin árfolyama',
      'Hétfő délután az egyik legismertebb kriptós híroldal, a Cointelegraph Twitter-fiókján jelent meg a bejegyzés, amely szerint az iShares (BlackRock) engedélyt kapott egy spot Bitcoin ETF indítására.',
      'Az árfolyam a következő 6 percben közel 3000 dollárral nőtt, amikor a Fox Business BlackRockhoz kötődő riportere jelezte, hogy csak álhírről van szó. A BlackRock szerint a kérelem jelenleg is elbírálás alatt áll.',
      'Az ár ezután gyorsan visszatért a bejegyzés előtti szintre, a kétirányú mozgásban viszont az első gyorselemzések szerint legalább százmillió dolláros nagyságrendű veszteség érte a kereskedőket.',
    ],
    expect: [o('3000 dollárt', 3000), o('3000 dollárral', 3000), o('százmillió dolláros', 1e8)],
  },
];
