import { benchPageConfig } from '../page-config.ts';

export default benchPageConfig(import.meta.dirname, { publicDir: true });
