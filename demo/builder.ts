// The embed builder: pick colours, logo, modules and language, watch the portal follow, copy the code.
import { PortalStore, createMemoryAdapter } from '../src/mocks/index.js';
import { getDefaultSessionStore, ModuleId, type PortalConfig } from '../src/sdk/index.js';
import type { PorticoPortal } from '../src/elements/portal/portal.js';

const store = new PortalStore();
const session = store.createSession('ct_alice');
getDefaultSessionStore().set(session);
const adapter = createMemoryAdapter(store, { getToken: () => session.token });
await import('../src/elements/portal/define.js');

const form = document.querySelector<HTMLFormElement>('#controls')!;
const allModules = ModuleId.options as readonly PortalConfig['modules'][number][];
const modulesBox = document.querySelector('#modules')!;
for (const module of allModules) {
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.name = 'modules';
  box.value = module;
  box.checked = store.getConfig(session.token).modules.includes(module);
  label.append(box, ` ${module}`);
  modulesBox.append(label);
}

const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;

function read() {
  const radius = `${field('borderRadius').value}px`;
  (form.elements.namedItem('radiusOut') as HTMLOutputElement).value = radius;
  const logo = field('logoUrl').value.trim();
  return {
    colorPrimary: field('colorPrimary').value,
    fontFamily: field('fontFamily').value,
    borderRadius: radius,
    logoUrl: /^https:\/\//.test(logo) ? logo : '',
    modules: [...form.querySelectorAll<HTMLInputElement>('input[name="modules"]:checked')].map((box) => box.value as PortalConfig['modules'][number]),
    locale: field('locale').value,
    theme: field('theme').value as 'auto' | 'light' | 'dark',
  };
}

let portal = document.querySelector<PorticoPortal>('portico-portal')!;
let lastConfig = '';

function apply() {
  const choice = read();
  // Modules and the logo live in the firm's config (its server): a new portal loads them.
  const config = JSON.stringify({ modules: choice.modules, logoUrl: choice.logoUrl, primaryColor: choice.colorPrimary });
  if (config !== lastConfig) {
    lastConfig = config;
    store.updateConfig((c) => {
      c.modules = choice.modules;
      c.menu = c.menu.filter((item) => item.type !== 'module' || choice.modules.includes(item.module));
      c.firm.primaryColor = choice.colorPrimary;
      if (choice.logoUrl) c.firm.logoUrl = choice.logoUrl;
      else delete c.firm.logoUrl;
    });
    const fresh = document.createElement('portico-portal');
    fresh.routing = 'memory';
    portal.replaceWith(fresh);
    portal = fresh;
    portal.adapter = adapter;
  }
  // Appearance, language and theme change live.
  const variables = Object.fromEntries(Object.entries({ colorPrimary: choice.colorPrimary, fontFamily: choice.fontFamily, borderRadius: choice.borderRadius }).filter(([, v]) => v));
  portal.appearance = { variables };
  portal.theme = choice.theme;
  if (choice.locale) portal.locale = choice.locale;
  else portal.removeAttribute('locale');

  const attributes = [`api-base="https://your-firm.example/portal-api"`, choice.locale && `locale="${choice.locale}"`, choice.theme !== 'auto' && `theme="${choice.theme}"`].filter(Boolean).join(' ');
  document.querySelector('#snippet')!.textContent = `<script type="module" src="https://cdn.example/portico/portico.min.js"></script>
<portico-portal ${attributes}></portico-portal>
<script type="module">
  // Or move this into a file of your own if your site has a strict Content-Security-Policy.
  document.querySelector('portico-portal').appearance = ${JSON.stringify({ variables }, null, 2).replace(/\n/g, '\n  ')};
</script>`;
  document.querySelector('#config')!.textContent = JSON.stringify(
    { firm: { primaryColor: choice.colorPrimary, ...(choice.logoUrl ? { logoUrl: choice.logoUrl } : {}) }, modules: choice.modules },
    null,
    2,
  );
}

form.addEventListener('input', apply);
form.addEventListener('change', apply);
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
  button.addEventListener('click', async () => {
    const text = document.querySelector(`#${button.dataset.copy}`)!.textContent ?? '';
    const status = document.querySelector('#copied')!;
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = 'Copied.';
    } catch {
      status.textContent = 'Copying is blocked here: select the code and copy it yourself.';
    }
  });
}
apply();
