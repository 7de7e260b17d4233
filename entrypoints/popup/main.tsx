import { render } from 'preact';

render(<main>Hashfloor</main>, document.getElementById('app')!);
