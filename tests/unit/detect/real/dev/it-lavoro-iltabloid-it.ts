import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://lavoro.iltabloid.it/2021/12/23/mining-si-guadagna-veramente.html',
    lang: 'it',
    tags: ['prose'],
    blocks: [
      'Trading, Bitcoin, criptovalute… negli ultimi anni si sente spesso anche la parola “mining”, cioè l’estrazione di criptovalute sfruttando la potenza e la capacità di calcolo di pc e software dedicati.',
      'Ai costi di software e pc vanno aggiunti quelli dell’energia elettrica, perché il mining ne consuma moltissima. Secondo alcune stime, l’elettricità usata ogni anno per produrre Bitcoin supera i 32 terawatt.',
      'Meglio quindi puntare su pc e dispositivi più costosi (di solito partono da 2000 euro), sperando di guadagnare con la propria strategia e con il duro lavoro.',
      'Per capire se si guadagna davvero bisogna considerare la velocità di calcolo (hash rate), il numero di bitcoin ottenuti per blocco, il costo dell’energia, le commissioni e il valore della criptovaluta in dollari.',
    ],
    expect: [o('2000 euro', 2000, 'EUR')],
  },
];
