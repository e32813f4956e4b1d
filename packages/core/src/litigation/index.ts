// @fazhi/core/litigation: 行政应诉 — the suits an agency defends (行政诉讼法), the head's appearance in court
// (法释〔2020〕3号) and the region's own rule of it, the recommendations courts and procuratorates send, and the figures.
export * from './suits';
export * from './appearance';
export * from './statistics';
