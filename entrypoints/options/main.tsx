import { render } from 'preact';

render(<main>Hashfloor options</main>, document.getElementById('app')!);
