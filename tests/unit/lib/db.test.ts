import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { BacloplanDb } from '../../../src/lib/db';

describe('outbox database', () => {
  it('upgrades an install from before drafts moved out: the drafts table goes, the outbox stays, visits come', async () => {
    const name = 'bacloplan-upgrade-test';
    const before = new Dexie(name);
    before.version(1).stores({ drafts: 'id, updatedAt', outbox: '++id, patientId, status, createdAt' });
    await before.table('drafts').put({ id: 'current', search: { age: 60 } });
    await before
      .table('outbox')
      .add({ patientId: 'p1', payload: {}, createdAt: '', attempts: 1, status: 'pending' });
    before.close();

    const db = new BacloplanDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.tables.map((table) => table.name).sort()).toEqual(['outbox', 'visits']);
    expect(await db.outbox.toArray()).toMatchObject([{ patientId: 'p1', status: 'pending' }]);
    db.close();
    await Dexie.delete(name);
  });
});
