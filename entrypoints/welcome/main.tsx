import { render } from 'preact';
import '@/components/theme.css';
import '@/components/controls.css';
import '@/components/options.css';
import { App } from './App';

document.body.classList.add('options');
render(<App />, document.getElementById('app')!);
