import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://infopole.cz/sice-pubertak-ale-vyzralejsi-bitcoin-dnes-slavi-15-narozeniny-bude-do-nej-investovat-i-cnb-201809.html',
    lang: 'cs',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Sice puberťák, ale vyzrálejší. Bitcoin dnes slaví 15. narozeniny',
    blocks: [
      'Před rokem touto dobou bitcoin, tedy nejstarší a nejrozšířenější světovou kryptoměnu, mnozí odepisovali a vyhlíželi jeho definitivní krach. Už poněkolikáté se ale spletli. Vždyť jen od počátku letošního roku se bitcoin zhodnotil o zhruba 110 procent z lednového „dna“ pod 17 tisíci dolary. V minulém týdnu dokonce svoji cenou překročil hodnotu 35 tisíc dolarů, a to poprvé od května 2022.',
    ],
    expect: [p('17 tisíci dolary', 17000), p('35 tisíc dolarů', 35000)],
  },
];
