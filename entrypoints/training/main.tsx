import { createRoot } from 'react-dom/client';
import '@/components/ui/vigie.css';
import '@/components/training/training.css';
import { i18n } from '#i18n';
import { TrainingApp } from '@/components/training/training-app';

// The locale the extension's messages use, so that scenario texts follow the interface.
const language = (browser.i18n.getMessage('@@ui_locale') || browser.i18n.getUILanguage()).startsWith('fr') ? 'fr' : 'en';
document.documentElement.lang = language;
document.title = i18n.t('training.title');
createRoot(document.getElementById('root')!).render(<TrainingApp language={language} />);
