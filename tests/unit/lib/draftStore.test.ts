import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftRecord } from '../../../src/lib/draftStore';

type DraftStore = typeof import('../../../src/lib/draftStore');

const record = (id: string, age: number): DraftRecord => ({
  id,
  search: { age },
  updatedAt: '2026-12-01T10:00:00.000Z',
  tabId: 'tab-a',
});

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('deleteDatabase failed'));
    request.onblocked = () => reject(new Error(`deleting ${name} was blocked by an open connection`));
  });
}

let store: DraftStore;

beforeEach(async () => {
  // A fresh module (no cached connection) and an empty database for every test.
  vi.resetModules();
  store = await import('../../../src/lib/draftStore');
  await deleteDatabase(store.DRAFT_DB_NAME);
});
afterEach(() => vi.restoreAllMocks());

describe('draft store', () => {
  it('keeps drafts in its own database, keyed by id', async () => {
    expect(await store.getDraft('current')).toBeUndefined();
    await store.putDraft(record('current', 60));
    await store.putDraft(record('previous', 45));
    expect(await store.getDraft('current')).toEqual(record('current', 60));
    await store.deleteDraft('current');
    expect(await store.getDraft('current')).toBeUndefined();
    expect(await store.getDraft('previous')).toEqual(record('previous', 45));

    const names = (await indexedDB.databases()).map((database) => database.name);
    expect(names).toContain('bacloplan-drafts');
    expect(names).not.toContain('bacloplan');
  });

  it('passes a failed open on to the caller, and tries again on the next call', async () => {
    const open = vi.spyOn(IDBFactory.prototype, 'open').mockImplementationOnce(() => {
      throw new DOMException('IndexedDB is disabled in this test', 'InvalidStateError');
    });
    await expect(store.getDraft('current')).rejects.toMatchObject({ name: 'InvalidStateError' });
    await store.putDraft(record('current', 60));
    expect(await store.getDraft('current')).toEqual(record('current', 60));
    expect(open).toHaveBeenCalledTimes(2);
  });

  it('rejects with the QuotaExceededError that a full disk throws from put, and keeps working', async () => {
    await store.putDraft(record('current', 60));
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const saving = store.putDraft(record('current', 70));
    expect(saving).toBeInstanceOf(Promise);
    await expect(saving).rejects.toMatchObject({ name: 'QuotaExceededError' });
    put.mockRestore();
    expect(await store.getDraft('current')).toEqual(record('current', 60));
  });

  it('lets go of its connection when the database is deleted or upgraded elsewhere, then reopens', async () => {
    await store.putDraft(record('current', 60));
    await deleteDatabase(store.DRAFT_DB_NAME);
    expect(await store.getDraft('current')).toBeUndefined();
    await store.putDraft(record('current', 61));
    expect(await store.getDraft('current')).toEqual(record('current', 61));
  });
});
