import { createRoot } from 'react-dom/client';
import '@/components/ui/vigie.css';
import { App } from './app';

document.documentElement.lang = browser.i18n.getUILanguage().startsWith('fr') ? 'fr' : 'en';
createRoot(document.getElementById('root')!).render(<App />);
