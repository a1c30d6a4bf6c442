import { afterEach, beforeEach } from 'node:test';
import { type MockOptions, type MockServer, startMock } from '../server.ts';
import { MockClient } from './client.ts';

/** A fresh mock for every test of a file, with clients for its two seeded users. */
export interface PerTestMock {
  server: MockServer;
  user1: MockClient;
  user2: MockClient;
}

export function mockPerTest(options: MockOptions = {}): PerTestMock {
  const mock = {} as PerTestMock;
  beforeEach(async () => {
    mock.server = await startMock(options);
    mock.user1 = MockClient.as(mock.server, 'user1@contoso.com');
    mock.user2 = MockClient.as(mock.server, 'user2@contoso.com');
  });
  afterEach(() => mock.server.close());
  return mock;
}
