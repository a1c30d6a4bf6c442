import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeId, encodeChangeKey, encodeId, type ItemRef } from '../mock/state/ids.ts';

const GUID = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const ref: ItemRef = { mailboxGuid: GUID, kind: 'group', number: 4242 };

describe('mock ids', () => {
  it('round-trips mailbox GUID, kind and number through standard base64', () => {
    const id = encodeId(ref);
    assert.match(id, /^[A-Za-z0-9+/]+={0,2}$/);
    assert.equal(id.length, 32);
    assert.deepEqual(decodeId(id), { ok: true, ref });
  });

  it('gives different ids to different kinds and numbers of the same mailbox', () => {
    const ids = new Set([
      encodeId(ref),
      encodeId({ ...ref, kind: 'contact' }),
      encodeId({ ...ref, kind: 'persona' }),
      encodeId({ ...ref, number: 4243 }),
    ]);
    assert.equal(ids.size, 4);
  });

  it('reports an empty id as empty', () => {
    assert.deepEqual(decodeId(''), { ok: false, reason: 'empty' });
  });

  const malformed: Record<string, string> = {
    'not base64': 'not an id!',
    'url-safe base64': 'AdOw0zmDtUTNgj_hnCy1wRgEAAAAAv-f',
    'a message id': '<CAF1234@mail.example.com>',
    'wrong length': Buffer.alloc(18, 1).toString('base64'),
    'bad padding': `${encodeId(ref).slice(0, 30)}=`,
  };
  for (const [what, id] of Object.entries(malformed)) {
    it(`reports ${what} as malformed`, () => {
      assert.deepEqual(decodeId(id), { ok: false, reason: 'malformed' });
    });
  }

  it('reports a wrong format version, an unknown kind or a bad checksum as malformed', () => {
    const bytes = Buffer.from(encodeId(ref), 'base64');
    for (const [offset, value] of [
      [0, 2],
      [17, 9],
      [23, (bytes[23] ?? 0) ^ 0xff],
    ] as const) {
      const changed = Buffer.from(bytes);
      changed[offset] = value;
      assert.deepEqual(decodeId(changed.toString('base64')), { ok: false, reason: 'malformed' });
    }
  });

  it('makes opaque base64 change keys that change with the revision', () => {
    const first = encodeChangeKey('group', 1);
    assert.match(first, /^[A-Za-z0-9+/]+={0,2}$/);
    assert.notEqual(first, encodeChangeKey('group', 2));
  });
});
