/**
 * Every story of every element renders on the mock backend without an error and passes axe.
 * The test server serves /__stories.js, which imports every stories/*.stories.ts file.
 */
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { loadPortico, type PorticoParameters } from '../stories/support/portico.js';
import { useLocale } from '../src/internal/i18n.js';

interface StoryModule {
  default: { title: string; args?: object; parameters?: { portico?: PorticoParameters }; render?: (args: object, context: object) => TemplateResult };
  [name: string]: unknown;
}

const modules = ((await import(/* @vite-ignore */ `${'/__stories.js'}`)) as { default: Record<string, StoryModule> }).default;

describe('stories', () => {
  // A story in another language must not leave the next one in it.
  afterEach(() => useLocale('en'));

  for (const [file, module] of Object.entries(modules)) {
    describe(module.default.title ?? file, () => {
      for (const [name, story] of Object.entries(module)) {
        if (name === 'default' || typeof story !== 'object' || story === null) continue;
        const s = story as { args?: object; parameters?: { portico?: PorticoParameters }; render?: StoryModule['default']['render'] };
        it(`${name} renders and is accessible`, async () => {
          const errors: unknown[] = [];
          const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);
          addEventListener('error', onError);
          addEventListener('unhandledrejection', onError);
          try {
            const parameters = { ...module.default.parameters?.portico, ...s.parameters?.portico };
            const portico = await loadPortico(parameters);
            const args = { ...module.default.args, ...s.args };
            const renderStory = s.render ?? module.default.render!;
            // Not open-wc's fixture(): it waits for an animation frame, which a background test page never gets.
            const host = document.createElement('div');
            if (parameters.width) host.style.maxWidth = `${parameters.width}px`;
            document.body.replaceChildren(host);
            render(renderStory(args, { loaded: { portico }, args, parameters }), host);
            const el = host.firstElementChild as HTMLElement;
            expect(el, 'the story rendered an element').to.exist;
            const isLoadingStory = /loading/i.test(name);
            const start = performance.now();
            // Let the story settle: data loaded (or for Loading stories, the skeleton shown).
            while (performance.now() - start < 3000) {
              const loading = el.shadowRoot?.querySelector('[part~="loading"]');
              if (isLoadingStory ? loading : el.shadowRoot?.childElementCount && !loading) break;
              await new Promise((r) => setTimeout(r, 25));
            }
            await expect(el).to.be.accessible();
            expect(errors, 'uncaught errors').to.deep.equal([]);
          } finally {
            removeEventListener('error', onError);
            removeEventListener('unhandledrejection', onError);
          }
        });
      }
    });
  }
});
