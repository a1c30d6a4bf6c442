import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type MockServer, startMock } from '../mock/server.ts';
import { MockClient } from '../mock/testkit/client.ts';
import { count } from '../mock/testkit/dom.ts';
import { expectFault, expectSuccess } from '../mock/testkit/expect.ts';
import { createGroup, groupNamed, itemList } from '../mock/testkit/flows.ts';
import { addImGroup } from '../mock/testkit/requests.ts';

describe('mock ExchangeImpersonation', () => {
  let server: MockServer;
  let svc: MockClient;
  let user1: MockClient;
  let user2: MockClient;
  before(async () => {
    server = await startMock();
    svc = MockClient.as(server, 'svc@contoso.com');
    user1 = MockClient.as(server, 'user1@contoso.com');
    user2 = MockClient.as(server, 'user2@contoso.com');
  });
  after(() => server.close());

  it('lets svc act in user1 mailbox', async () => {
    const impersonate = { value: 'user1@contoso.com' };
    expectSuccess(await svc.call(addImGroup('Made by svc'), { impersonate }), 'AddImGroup');
    assert.equal(count(await itemList(user1), groupNamed('Made by svc')), 1);
    assert.equal(count(await itemList(svc), groupNamed('Made by svc')), 0);
  });

  const targets: Array<[string, string]> = [
    ['SmtpAddress', 'USER2@contoso.com'],
    ['PrincipalName', 'user2@contoso.com'],
    ['SID', 'S-1-5-21-1004336348-1177238915-682003330-1102'],
  ];
  for (const [kind, value] of targets) {
    it(`resolves the impersonated mailbox by ${kind}`, async () => {
      const name = `via ${kind}`;
      expectSuccess(
        await svc.call(addImGroup(name), { impersonate: { kind, value } }),
        'AddImGroup',
      );
      assert.equal(count(await itemList(user2), groupNamed(name)), 1);
    });
  }

  it('denies a caller without rights with ErrorImpersonateUserDenied', async () => {
    const reply = await user1.call(addImGroup('sneaky'), {
      impersonate: { value: 'user2@contoso.com' },
    });
    expectFault(reply, 'ErrorImpersonateUserDenied');
    assert.equal(count(await itemList(user2), groupNamed('sneaky')), 0);
  });

  it('denies user1 impersonating svc as well', async () => {
    const reply = await user1.call(addImGroup('x'), { impersonate: { value: 'svc@contoso.com' } });
    expectFault(reply, 'ErrorImpersonateUserDenied');
  });

  it('gives ErrorNonExistentMailbox for an address of no mailbox', async () => {
    const reply = await svc.call(addImGroup('x'), { impersonate: { value: 'nobody@contoso.com' } });
    expectFault(reply, 'ErrorNonExistentMailbox');
  });

  it('lets an account impersonate itself', async () => {
    await createGroup(user1, 'self first');
    const reply = await user1.call(addImGroup('self'), {
      impersonate: { value: 'user1@contoso.com' },
    });
    expectSuccess(reply, 'AddImGroup');
    assert.equal(count(await itemList(user1), groupNamed('self')), 1);
  });
});
