import { o, p, type RealCase } from '../labels';

// Polish politics site on a Sejm street question gone viral ("10 tys. złotych czy jednego bitcoina?") and Mentzen's
// social-media post: the złoty sums are the alternative prize, not coin prices; "125 tys. dolarów" is the price.
export const cases: RealCase[] = [
  {
    url: 'https://dorzeczy.pl/ekonomia/793518/telus-z-pis-woli-10-tys-zlotych-niz-bitcoina-mentzen-naprawde-trzeba-odmlodzic-polityke.html',
    lang: 'pl',
    tags: ['forum', 'format', 'anaphora'],
    blocks: [
      'Poseł Robert Telus to wieloletni poseł PiS. – Wolałby pan dostać 10 tys. złotych czy jednego bitcoina? – zapytał go w Sejmie dziennikarz.',
      'Polityk przyznał, że nie wie, czym jest bitcoin. – A, nie wiem, jaka jest wartość tego, ale ja jednak uwielbiam polską walutę, także jestem za 10 tys. złotych. Przynajmniej wiem, ile to jest – odparł.',
      '– Jeden bitcoin to jest obecnie 125 tys. dolarów – wyjaśnił dziennikarz. – Wolę jednak swoją walutę – podsumował Telus.',
      '"Poseł Telus z PiS wolałby dostać 10 000 zł niż jednego bitcoina:) Nasi politycy regularnie podejmują tak mądre decyzje, dlatego w Polsce jest jak jest. Naprawdę trzeba odmłodzić politykę" – napisał w mediach społecznościowych Sławomir Mentzen.',
    ],
    expect: [
      o('10 tys. złotych', 10000, 'PLN'),
      o('10 tys. złotych', 10000, 'PLN'),
      p('125 tys. dolarów', 125000),
      o('10 000 zł', 10000, 'PLN'),
    ],
  },
];
