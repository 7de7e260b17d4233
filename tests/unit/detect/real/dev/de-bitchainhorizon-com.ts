import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitchainhorizon.com/coinshares-forschungsbericht-die-auswirkungen-der-halbierung-auf-die-rechenleistung-und-die-kostenstruktur-der-bergleute/?lang=de',
    lang: 'de',
    tags: ['cost', 'prose'],
    title:
      'CoinShares-Forschungsbericht: Die Auswirkungen der Halbierung auf die Rechenleistung und die Kostenstruktur der Bergleute',
    blocks: [
      {
        text: 'Wachstum und Nachhaltigkeit: Das Bitcoin-Mining-Netzwerk wuchs 2023 um 90 %, was Fragen nach seiner ökologischen Nachhaltigkeit und Rentabilität aufwirft.',
        heading: 'Zusammenfassung',
      },
      {
        text: 'Mining-Dynamik und Trends der Rechenleistung: Nach der Halbierung können Bergleute mit hohen Kosten wegen geringerer Einnahmen in Schwierigkeiten geraten. Das Dokument schätzt die durchschnittlichen Produktionskosten je Bitcoin nach der Halbierung auf 37.856 USD.',
        heading: 'Zusammenfassung',
      },
    ],
    expect: [c('37.856 USD', 37856)],
  },
];
