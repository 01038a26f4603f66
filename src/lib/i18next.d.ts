import 'i18next';
import type { defaultNamespace, resources } from './i18n';

// Makes t() keys type-checked against the English catalogue.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNamespace;
    resources: (typeof resources)['en'];
  }
}
