import { render } from 'preact';
import { t, uiLocale } from '@/components/i18n';
import '@/components/theme.css';
import '@/components/controls.css';
import '@/components/options.css';
import { App } from './App';

document.body.classList.add('options');
// The page speaks the UI language: screen readers pick their voice from lang.
document.documentElement.lang = uiLocale();
document.title = t('welcomeTitle');
render(<App />, document.getElementById('app')!);
