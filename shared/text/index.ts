// Line-shape predicates: pure functions on strings, shared by the parser and the cleaning rules.
export * from './punctuation';
export * from './byline';
export * from './list';
export * from './heading';
export * from './noise';
export * from './sentence';
