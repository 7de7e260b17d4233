import { useCatalogue } from './words';

// Every unit test starts with the English catalogue in the fake browser (a test may swap in another).
useCatalogue();
