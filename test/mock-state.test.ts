import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ResponseError } from '../mock/errors.ts';
import { decodeId } from '../mock/state/ids.ts';
import { emailOf, GROUP_TYPE, Mailbox } from '../mock/state/mailbox.ts';
import {
  addMember,
  deleteContact,
  deleteGroup,
  removeMember,
  renameGroup,
} from '../mock/state/membership.ts';
import {
  lookupContact,
  lookupGroup,
  resolveContact,
  resolveGroup,
  resolveMemberGroup,
} from '../mock/state/resolve.ts';
import { Store } from '../mock/state/store.ts';

const GUID = '11111111-2222-4333-8444-555555555555';
const OTHER = '99999999-2222-4333-8444-555555555555';

function fresh(limits = { groups: 64, contacts: 1000 }): Mailbox {
  return new Mailbox('user1@contoso.com', GUID, limits);
}

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof ResponseError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('mock state: mailbox', () => {
  it('creates the three system groups once, on demand', () => {
    const mailbox = fresh();
    assert.equal(mailbox.groups.size, 0);
    mailbox.ensureSystemGroups();
    mailbox.ensureSystemGroups();
    const types = [...mailbox.groups.values()].map((g) => g.groupType).sort();
    assert.deepEqual(types, [GROUP_TYPE.favorites, GROUP_TYPE.other, GROUP_TYPE.tagged].sort());
  });

  it('finds contacts by IM address and groups by name, case-insensitively', () => {
    const mailbox = fresh();
    const contact = mailbox.createContact('sip:Ann@Contoso.com', 'Ann');
    const group = mailbox.createUserGroup('Team A');
    assert.equal(mailbox.findContactByImAddress('SIP:ann@contoso.COM'), contact);
    assert.equal(mailbox.findGroupByName('team a'), group);
  });

  it('derives an e-mail address from an IM address that looks like one', () => {
    assert.equal(emailOf('sip:ann@contoso.com'), 'ann@contoso.com');
    assert.equal(emailOf('ann@contoso.com'), 'ann@contoso.com');
    assert.equal(emailOf('tel:+14255550100'), undefined);
    assert.equal(fresh().createContact('nick', 'Nick').email, undefined);
  });

  it('stores creation time to the second', () => {
    const contact = fresh().createContact('a@b.example', 'A', new Date('2024-05-06T07:08:09.987Z'));
    assert.equal(contact.created.toISOString(), '2024-05-06T07:08:09.000Z');
  });

  it('enforces the user-group and contact limits', () => {
    const mailbox = fresh({ groups: 2, contacts: 1 });
    mailbox.ensureSystemGroups();
    mailbox.createUserGroup('one');
    mailbox.createUserGroup('two');
    assert.equal(
      code(() => mailbox.createUserGroup('three')),
      'ErrorImGroupLimitReached',
    );
    mailbox.createContact('a@b.example', 'A');
    assert.equal(
      code(() => mailbox.createContact('c@d.example', 'C')),
      'ErrorImContactLimitReached',
    );
  });
});

describe('mock state: membership', () => {
  it('adding a member twice changes nothing the second time', () => {
    const box = fresh();
    const group = box.createUserGroup('G');
    const contact = box.createContact('a@b.example', 'A');
    assert.equal(addMember(group, contact), true);
    assert.equal(addMember(group, contact), false);
    assert.deepEqual(group.members, [contact.number]);
  });

  it('deletes a contact removed from its last group, Tagged included', () => {
    const box = fresh();
    const group = box.createUserGroup('G');
    const tagged = box.systemGroup(GROUP_TYPE.tagged);
    const contact = box.createContact('a@b.example', 'A');
    addMember(group, contact);
    addMember(tagged, contact);
    removeMember(box, group, contact);
    assert.equal(box.contacts.has(contact.number), false);
    assert.deepEqual(tagged.members, []);
  });

  it('keeps a contact that is still in another group', () => {
    const box = fresh();
    const [g1, g2] = [box.createUserGroup('G1'), box.createUserGroup('G2')];
    const contact = box.createContact('a@b.example', 'A');
    addMember(g1, contact);
    addMember(g2, contact);
    removeMember(box, g1, contact);
    assert.equal(box.contacts.has(contact.number), true);
    assert.deepEqual(box.groupsOf(contact), [g2]);
  });

  it('deleting a group deletes only the contacts that were in no other group', () => {
    const box = fresh();
    const [g1, g2] = [box.createUserGroup('G1'), box.createUserGroup('G2')];
    const only = box.createContact('only@b.example', 'Only');
    const both = box.createContact('both@b.example', 'Both');
    for (const c of [only, both]) addMember(g1, c);
    addMember(g2, both);
    deleteGroup(box, g1);
    assert.deepEqual([...box.contacts.values()], [both]);
    assert.equal(box.groups.has(g1.number), false);
  });
});

describe('mock state: id resolution', () => {
  it('resolves its own ids and rejects empty, malformed, foreign and unknown ones', () => {
    const box = fresh();
    const group = box.createUserGroup('G');
    const contact = box.createContact('a@b.example', 'A');
    const groupId = box.id('group', group.number);
    assert.equal(resolveGroup(box, groupId), group);
    assert.equal(resolveContact(box, box.id('contact', contact.number)), contact);
    assert.equal(
      code(() => resolveGroup(box, '')),
      'ErrorInvalidIdEmpty',
    );
    assert.equal(
      code(() => resolveGroup(box, 'bm90IGFuIGlk')),
      'ErrorInvalidIdMalformed',
    );
    const foreign = new Mailbox('user2@contoso.com', OTHER).id('group', group.number);
    assert.equal(
      code(() => resolveGroup(box, foreign)),
      'ErrorNonExistentMailbox',
    );
    assert.equal(
      code(() => resolveGroup(box, box.id('group', 999))),
      'ErrorInvalidImGroupId',
    );
    assert.equal(
      code(() => resolveGroup(box, box.id('contact', contact.number))),
      'ErrorInvalidImGroupId',
    );
    assert.equal(
      code(() => resolveContact(box, box.id('persona', contact.number))),
      'ErrorInvalidImContactId',
    );
  });

  it('puts the foreign mailbox GUID into MessageXml', () => {
    const box = fresh();
    const foreign = new Mailbox('user2@contoso.com', OTHER).id('group', 5);
    try {
      resolveGroup(box, foreign);
      assert.fail('expected an error');
    } catch (error) {
      assert.ok(error instanceof ResponseError);
      assert.equal(error.messageXml, `<t:Value Name="MailboxGuid">${OTHER}</t:Value>`);
    }
  });
});

describe('mock state: distribution groups, TEL URI contacts, lookups', () => {
  it('finds DG entries and TEL URI contacts case-insensitively', () => {
    const box = fresh();
    const dg = box.createDistributionGroup('Sales', 'sales@contoso.com');
    const tel = box.createTelContact({ telUri: 'tel:1', sipUri: 'sip:a@b.c', phoneNumber: '1' });
    assert.equal(box.findDistributionGroup('SALES@contoso.com'), dg);
    assert.equal(box.findContactByTelUri('TEL:1'), tel);
    assert.equal(box.findContactByImAddress('sip:a@b.c'), undefined);
    assert.equal(tel.displayName, '');
  });

  it('tells a non-group item from an id that names nothing', () => {
    const box = fresh();
    const contact = box.createContact('a@b.example', 'A');
    const gone = box.id('group', 999);
    assert.equal(
      code(() => resolveGroup(box, gone, 'ErrorItemNotFound')),
      'ErrorItemNotFound',
    );
    assert.equal(
      code(() => resolveGroup(box, box.id('contact', contact.number), 'ErrorItemNotFound')),
      'ErrorInvalidImGroupId',
    );
    assert.equal(
      code(() => resolveGroup(box, box.quickContactsFolderId(), 'ErrorItemNotFound')),
      'ErrorInvalidImGroupId',
    );
    const dg = box.id('group', box.createDistributionGroup('S', 's@contoso.com').number);
    assert.equal(
      code(() => resolveMemberGroup(box, dg)),
      'ErrorInvalidImGroupId',
    );
  });

  it('looks ids up without throwing (GetImItems)', () => {
    const box = fresh();
    const group = box.createUserGroup('G');
    const foreign = new Mailbox('user2@contoso.com', OTHER).id('group', group.number);
    assert.equal(lookupGroup(box, box.id('group', group.number)), group);
    for (const id of ['', 'junk', foreign, box.id('contact', group.number)]) {
      assert.equal(lookupGroup(box, id), undefined, id);
      assert.equal(lookupContact(box, id), undefined, id);
    }
  });

  it('deleteContact leaves every group; renameGroup bumps the revision', () => {
    const box = fresh();
    const [g1, g2] = [box.createUserGroup('G1'), box.createUserGroup('G2')];
    const contact = box.createContact('a@b.example', 'A');
    addMember(g1, contact);
    addMember(g2, contact);
    deleteContact(box, contact);
    assert.deepEqual([g1.members, g2.members], [[], []]);
    assert.equal(box.contacts.size, 0);
    const revision = g1.revision;
    renameGroup(g1, 'New');
    assert.equal(g1.displayName, 'New');
    assert.equal(g1.revision, revision + 1);
  });
});

describe('mock state: store', () => {
  it('gives every account its own mailbox with a distinct GUID', () => {
    const store = new Store();
    const smtps = [
      'user1@contoso.com',
      'user2@contoso.com',
      'svc@contoso.com',
      'user3@contoso.com',
    ];
    const guids = smtps.map((smtp) => store.mailbox(smtp).guid);
    assert.equal(new Set(guids).size, 4);
    assert.equal(store.mailbox('user3@contoso.com').imList, 'not-migrated');
    assert.equal(store.mailbox('user1@contoso.com').imList, 'migrated');
    const id = store.mailbox('user1@contoso.com').quickContactsFolderId();
    const decoded = decodeId(id);
    assert.ok(decoded.ok);
    assert.equal(decoded.ref.kind, 'folder');
    assert.equal(decoded.ref.mailboxGuid, guids[0]);
  });
});
