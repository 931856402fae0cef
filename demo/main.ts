// The demo: the whole portal on the seeded mock backend, served by msw inside this tab.
import { PortalStore, createMemoryAdapter, startMockBackend, type FirmPreset, type SentMessage } from '../src/mocks/index.js';
import { getDefaultSessionStore } from '../src/sdk/index.js';

const settings = {
  get preset(): FirmPreset {
    return (localStorage.getItem('demo.preset') as FirmPreset) ?? 'harbor';
  },
  set preset(value: FirmPreset) {
    localStorage.setItem('demo.preset', value);
  },
};

const store = new PortalStore({ preset: settings.preset });
// The store is in memory: a reload starts it afresh, so bring back this tab's session.
const previous = getDefaultSessionStore().get();
if (previous) store.restoreSession(previous);
const portal = document.querySelector('portico-portal')!;
if (document.body.dataset.backend === 'memory') {
  // csp.html: Trusted Types forbid msw's service worker, so the same store answers in the page.
  portal.adapter = createMemoryAdapter(store);
} else {
  await startMockBackend(store, { baseUrl: '/portal-api' });
}
// Define the portal only once the mock backend answers, so its first request is served.
await import('../src/elements/portal/define.js');

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector);

const preset = $<HTMLSelectElement>('#preset');
if (preset) preset.value = settings.preset;
preset?.addEventListener('change', (event) => {
  settings.preset = (event.target as HTMLSelectElement).value as FirmPreset;
  getDefaultSessionStore().clear();
  location.hash = '';
  location.reload();
});

const theme = $<HTMLSelectElement>('#theme');
if (theme) {
  theme.value = localStorage.getItem('demo.theme') ?? 'auto';
  const applyTheme = () => {
    portal.theme = theme.value as 'auto' | 'light' | 'dark';
    document.documentElement.style.colorScheme = theme.value === 'auto' ? 'light dark' : theme.value;
    localStorage.setItem('demo.theme', theme.value);
  };
  theme.addEventListener('change', applyTheme);
  applyTheme();
}

const language = $<HTMLSelectElement>('#locale');
if (language) {
  language.value = localStorage.getItem('demo.locale') ?? '';
  const applyLanguage = () => {
    if (language.value) portal.locale = language.value;
    else portal.removeAttribute('locale');
    localStorage.setItem('demo.locale', language.value);
  };
  language.addEventListener('change', applyLanguage);
  applyLanguage();
}

const readOnly = $<HTMLInputElement>('#read-only');
if (readOnly) {
  readOnly.checked = localStorage.getItem('demo.readOnly') === 'true';
  const applyReadOnly = () => {
    portal.readOnly = readOnly.checked;
    localStorage.setItem('demo.readOnly', String(readOnly.checked));
  };
  readOnly.addEventListener('change', applyReadOnly);
  applyReadOnly();
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-contact]')) {
  button.addEventListener('click', () => {
    getDefaultSessionStore().set(store.createSession(button.dataset.contact!));
    location.hash = '#/';
    location.reload();
  });
}

$('#reset')?.addEventListener('click', () => {
  getDefaultSessionStore().clear();
  location.hash = '';
  location.reload();
});

// The demo mailbox: what the backend "sent".
const list = $('#messages')!;
let shown = 0;
function renderMessage(message: SentMessage): HTMLLIElement {
  const item = document.createElement('li');
  const head = document.createElement('div');
  head.textContent = `${message.channel === 'email' ? 'Email' : message.channel === 'sms' ? 'SMS' : 'WhatsApp'} to ${message.to}`;
  const code = document.createElement('div');
  code.className = 'code';
  code.textContent = message.code;
  item.append(head, code);
  if (message.link) {
    const link = document.createElement('a');
    link.href = message.link;
    link.textContent = 'Or sign in with this link';
    item.append(link);
  }
  return item;
}
setInterval(() => {
  if (store.sentMessages.length === shown) return;
  if (shown === 0) list.replaceChildren();
  for (const message of store.sentMessages.slice(shown)) list.prepend(renderMessage(message));
  shown = store.sentMessages.length;
}, 300);
