import 'i18next';
import type englishCatalogue from '../locales/en.json';
import type { defaultNamespace } from './i18n';

// Makes t() keys type-checked against the whole English catalogue (both of its parts).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNamespace;
    resources: { [defaultNamespace]: typeof englishCatalogue };
  }
}
