export * from './enums';
export * from './partial-date';
export * from './period';
export * from './money';
export * from './entities';
export * from './filters';
export * from './mirror-reasons';
export * from './permissions';
