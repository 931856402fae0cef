/**
 * `portico`: defines every element and exports their classes, the events and the SDK.
 * For side-effect-free imports use `portico/sdk`, or one element at a time: `portico/elements/<name>.js`.
 */
export * from './elements/activity-feed/define.js';
export * from './elements/catalogue/define.js';
export * from './elements/comments/define.js';
export * from './elements/contact/define.js';
export * from './elements/file-list/define.js';
export * from './elements/file-upload/define.js';
export * from './elements/home/define.js';
export * from './elements/invoice-list/define.js';
export * from './elements/invoice-viewer/define.js';
export * from './elements/login/define.js';
export * from './elements/portal/define.js';
export * from './elements/quote-list/define.js';
export * from './elements/quote-viewer/define.js';
export * from './elements/page/define.js';
export * from './elements/project-list/define.js';
export * from './elements/project-viewer/define.js';
export * from './elements/request-form/define.js';
export * from './elements/request-list/define.js';
export * from './elements/request-thread/define.js';
export * from './elements/rich-text/define.js';
export * from './elements/task-list/define.js';
export * from './elements/signature-pad/define.js';
export * from './events/index.js';
export * from './sdk/index.js';
