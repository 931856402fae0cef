/**
 * `portico/react`: React components for every Portico element, made with @lit/react. Properties
 * are typed from the element classes; every Portico event is an `onPortico…` prop (events bubble,
 * so a portal also hears `onPorticoPay` from the invoice view inside it).
 *
 * ```tsx
 * import { PorticoPortal } from 'portico/react';
 * <PorticoPortal apiBase="https://firm.example/portal-api" onPorticoSignIn={(e) => track(e.detail.session.contact.id)} />
 * ```
 */
import React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { PorticoDecisionEvent } from '../events/decision.js';
import type { PorticoNavigateEvent } from '../events/navigate.js';
import type { PorticoPayEvent } from '../events/pay.js';
import type { PorticoRequestCreatedEvent } from '../events/request-created.js';
import type { PorticoSignInEvent, PorticoSignOutEvent } from '../events/sign-in.js';
import type { PorticoUnauthorizedEvent } from '../events/unauthorized.js';
import type { PorticoUploadEvent } from '../events/upload.js';
import { PorticoActivityFeed as ActivityFeed } from '../elements/activity-feed/define.js';
import { PorticoCatalogue as Catalogue } from '../elements/catalogue/define.js';
import { PorticoComments as Comments } from '../elements/comments/define.js';
import { PorticoContact as Contact } from '../elements/contact/define.js';
import { PorticoFileList as FileList } from '../elements/file-list/define.js';
import { PorticoFileUpload as FileUpload } from '../elements/file-upload/define.js';
import { PorticoHome as Home } from '../elements/home/define.js';
import { PorticoInvoiceList as InvoiceList } from '../elements/invoice-list/define.js';
import { PorticoInvoiceViewer as InvoiceViewer } from '../elements/invoice-viewer/define.js';
import { PorticoLogin as Login } from '../elements/login/define.js';
import { PorticoPage as Page } from '../elements/page/define.js';
import { PorticoPortal as Portal } from '../elements/portal/define.js';
import { PorticoProjectList as ProjectList } from '../elements/project-list/define.js';
import { PorticoProjectViewer as ProjectViewer } from '../elements/project-viewer/define.js';
import { PorticoQuoteList as QuoteList } from '../elements/quote-list/define.js';
import { PorticoQuoteViewer as QuoteViewer } from '../elements/quote-viewer/define.js';
import { PorticoRequestForm as RequestForm } from '../elements/request-form/define.js';
import { PorticoRequestList as RequestList } from '../elements/request-list/define.js';
import { PorticoRequestThread as RequestThread } from '../elements/request-thread/define.js';
import { PorticoRichText as RichText } from '../elements/rich-text/define.js';
import { PorticoSignaturePad as SignaturePad } from '../elements/signature-pad/define.js';
import { PorticoTaskList as TaskList } from '../elements/task-list/define.js';

/** Every Portico event as a React prop. */
const events = {
  onPorticoNavigate: 'portico-navigate' as EventName<PorticoNavigateEvent>,
  onPorticoUnauthorized: 'portico-unauthorized' as EventName<PorticoUnauthorizedEvent>,
  onPorticoSignIn: 'portico-sign-in' as EventName<PorticoSignInEvent>,
  onPorticoSignOut: 'portico-sign-out' as EventName<PorticoSignOutEvent>,
  onPorticoPay: 'portico-pay' as EventName<PorticoPayEvent>,
  onPorticoDecision: 'portico-decision' as EventName<PorticoDecisionEvent>,
  onPorticoUpload: 'portico-upload' as EventName<PorticoUploadEvent>,
  onPorticoRequestCreated: 'portico-request-created' as EventName<PorticoRequestCreatedEvent>,
};

const wrap = <E extends HTMLElement>(tagName: string, elementClass: new () => E) => createComponent({ tagName, elementClass, react: React, events });

export const PorticoPortal = wrap('portico-portal', Portal);
export const PorticoLogin = wrap('portico-login', Login);
export const PorticoHome = wrap('portico-home', Home);
export const PorticoInvoiceList = wrap('portico-invoice-list', InvoiceList);
export const PorticoInvoiceViewer = wrap('portico-invoice-viewer', InvoiceViewer);
export const PorticoQuoteList = wrap('portico-quote-list', QuoteList);
export const PorticoQuoteViewer = wrap('portico-quote-viewer', QuoteViewer);
export const PorticoSignaturePad = wrap('portico-signature-pad', SignaturePad);
export const PorticoFileList = wrap('portico-file-list', FileList);
export const PorticoFileUpload = wrap('portico-file-upload', FileUpload);
export const PorticoRequestForm = wrap('portico-request-form', RequestForm);
export const PorticoRequestList = wrap('portico-request-list', RequestList);
export const PorticoRequestThread = wrap('portico-request-thread', RequestThread);
export const PorticoTaskList = wrap('portico-task-list', TaskList);
export const PorticoProjectList = wrap('portico-project-list', ProjectList);
export const PorticoProjectViewer = wrap('portico-project-viewer', ProjectViewer);
export const PorticoActivityFeed = wrap('portico-activity-feed', ActivityFeed);
export const PorticoPage = wrap('portico-page', Page);
export const PorticoRichText = wrap('portico-rich-text', RichText);
export const PorticoCatalogue = wrap('portico-catalogue', Catalogue);
export const PorticoContact = wrap('portico-contact', Contact);
export const PorticoComments = wrap('portico-comments', Comments);
