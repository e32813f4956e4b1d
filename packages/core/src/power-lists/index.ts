// 权责清单与事项清单: the kinds of list and item, an item's checks, the adjustments and versions, and the comparison of
// two versions. Pure rules; the server's power-lists module stores and serves them.
export * from './kinds';
export * from './items';
export * from './versions';
export * from './adjustment';
export * from './compare';
export * from './search-terms';
export * from './links';
export * from './statistics';
