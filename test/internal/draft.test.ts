import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { DraftController, clearDrafts, draftStorageKey, readDraft } from '../../src/internal/draft.js';
import { until } from '../helpers/fixtures.js';

interface Note {
  text: string;
  files: string[];
}

class DraftHost extends LitElement {
  @property() owner?: string;
  @property() form?: string;
  restored: (Note | undefined)[] = [];
  draft = new DraftController<Note>(this, {
    owner: () => this.owner,
    key: () => this.form,
    restore: (value) => this.restored.push(value),
    wait: 30,
  });
}
customElements.define('draft-host', DraftHost);

// Owners of their own, so these tests never touch the element tests' drafts.
const ALICE = 'draft-test-alice';
const BOB = 'draft-test-bob';
const stored = (owner: string, form: string) => localStorage.getItem(draftStorageKey(owner, form));

async function host(owner: string | undefined, form: string | undefined) {
  return fixture<DraftHost>(html`<draft-host .owner=${owner} .form=${form}></draft-host>`);
}

describe('DraftController', () => {
  beforeEach(() => {
    clearDrafts(ALICE);
    clearDrafts(BOB);
  });

  it('keeps what was typed after a pause, and gives it back to the next form (a reload)', async () => {
    const first = await host(ALICE, 'note');
    expect(first.restored).to.deep.equal([undefined]);
    expect(first.draft.restored).to.equal(false);
    first.draft.save({ text: 'Half', files: [] });
    first.draft.save({ text: 'Half a thought', files: ['file_1'] });
    expect(stored(ALICE, 'note'), 'not written while typing').to.equal(null);
    await until(() => stored(ALICE, 'note'), 1000, 'the debounced write');
    const second = await host(ALICE, 'note');
    expect(second.restored).to.deep.equal([{ text: 'Half a thought', files: ['file_1'] }]);
    expect(second.draft.restored).to.equal(true);
  });

  it('writes at once when the element leaves the page', async () => {
    const el = await host(ALICE, 'note');
    el.draft.save({ text: 'Leaving', files: [] });
    el.remove();
    expect(readDraft<Note>(ALICE, 'note')).to.deep.equal({ text: 'Leaving', files: [] });
  });

  it('is kept per contact, whatever the session token', async () => {
    const el = await host(ALICE, 'note');
    el.draft.save({ text: 'Mine', files: [] });
    el.draft.flush();
    expect(draftStorageKey(ALICE, 'note')).to.not.match(/token/);
    expect((await host(BOB, 'note')).restored).to.deep.equal([undefined]);
    expect((await host(ALICE, 'note')).restored).to.deep.equal([{ text: 'Mine', files: [] }]);
  });

  it('follows the form: what was typed goes to the form it was typed in', async () => {
    const el = await host(ALICE, 'reply:1');
    el.draft.save({ text: 'For one', files: [] });
    el.form = 'reply:2';
    await el.updateComplete;
    expect(readDraft<Note>(ALICE, 'reply:1')).to.deep.equal({ text: 'For one', files: [] });
    expect(el.restored).to.deep.equal([undefined, undefined]);
    el.form = 'reply:1';
    await el.updateComplete;
    expect(el.restored.at(-1)).to.deep.equal({ text: 'For one', files: [] });
  });

  it('reads and writes nothing until the form is known', async () => {
    const el = await host(ALICE, undefined);
    el.draft.save({ text: 'Lost?', files: [] });
    el.draft.flush();
    expect(el.restored).to.deep.equal([]);
    expect(el.draft.storageKey).to.equal(undefined);
    expect(Object.keys(localStorage).filter((k) => k.includes(ALICE))).to.deep.equal([]);
  });

  it('forgets the draft only when cleared, and keeps no empty one', async () => {
    const el = await host(ALICE, 'note');
    el.draft.save({ text: 'Send me', files: [] });
    el.draft.flush();
    expect(stored(ALICE, 'note')).to.not.equal(null);
    el.draft.save({ text: '   ', files: [] });
    el.draft.flush();
    expect(stored(ALICE, 'note'), 'an emptied form keeps no draft').to.equal(null);
    el.draft.save({ text: 'Again', files: [] });
    el.draft.clear();
    await new Promise((r) => setTimeout(r, 60));
    expect(stored(ALICE, 'note'), 'a pending save does not bring it back').to.equal(null);
  });

  it('drops drafts older than 30 days', async () => {
    localStorage.setItem(draftStorageKey(ALICE, 'old'), JSON.stringify({ value: { text: 'Stale', files: [] }, savedAt: Date.now() - 31 * 86_400_000 }));
    expect((await host(ALICE, 'old')).restored).to.deep.equal([undefined]);
    expect(stored(ALICE, 'old')).to.equal(null);
  });

  it('survives a full or disabled storage', async () => {
    const el = await host(ALICE, 'note');
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      el.draft.save({ text: 'Too much', files: [] });
      expect(() => el.draft.flush()).to.not.throw();
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('clears one contact’s drafts on request (sign-out on a shared device)', async () => {
    for (const owner of [ALICE, BOB]) {
      const el = await host(owner, 'note');
      el.draft.save({ text: owner, files: [] });
      el.draft.flush();
    }
    clearDrafts(ALICE);
    expect(stored(ALICE, 'note')).to.equal(null);
    expect(readDraft<Note>(BOB, 'note')).to.deep.equal({ text: BOB, files: [] });
  });
});
