import { render } from 'preact';
import { uiLocale } from '@/components/i18n';
import '@/components/theme.css';
import '@/components/controls.css';
import '@/components/popup.css';
import '@/components/popup-data.css';
import { App } from './App';

document.body.classList.add('popup');
// The page speaks the UI language: screen readers pick their voice from lang.
document.documentElement.lang = uiLocale();
render(<App />, document.getElementById('app')!);
