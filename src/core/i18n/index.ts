export { t, type CommonKey } from './common.ts';
export { translate, localeFromTag, type Dictionary, type Params } from './translate.ts';
