import { render } from 'preact';
import '@/components/theme.css';
import '@/components/controls.css';
import '@/components/popup.css';
import '@/components/popup-data.css';
import { App } from './App';

document.body.classList.add('popup');
render(<App />, document.getElementById('app')!);
