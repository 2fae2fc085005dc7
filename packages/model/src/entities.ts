/**
 * Each record kind is described once in `kinds/<kind>.ts`: its input, CSV columns and form fields.
 * This module keeps the names the rest of the code imports.
 */
export * from './kinds/source';
export * from './kinds/trade-report';
export * from './kinds/investment';
export * from './kinds/project';
export * from './kinds/project-fact';
export * from './kinds/milestone';
export * from './kinds/event';
export * from './kinds/indicator';
export * from './kinds/registry';
export * from './kinds/csv-mapping';
export * from './kinds/form-values';
export {
  exportColumnsOf,
  formDefaultsOf,
  formFieldsOf,
  searchableFieldsOf,
  titleWithArticle,
  type CsvRow,
  type FieldSpec,
  type FormField,
  type KindDescriptor,
} from './kinds/descriptor';
export { isBlank } from './kinds/codecs';
export * from './kinds/listed-kinds';
