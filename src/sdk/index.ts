/**
 * `portico/sdk`: everything a portal needs that is not UI. No Lit, no DOM elements; usable from
 * Node, any framework, or a firm's own backend tests.
 */
export * from './schemas.js';
export * from './errors.js';
export * from './adapter.js';
export * from './contract.js';
export * from './session.js';
export { parseInput, parseResponse } from './validate.js';
export { createRestAdapter, type RestAdapterOptions } from './rest-adapter.js';
export * from './format.js';
export * from './merge-tags.js';
