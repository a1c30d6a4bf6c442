import { ACCOUNTS } from '../mock/accounts.ts';
import { basic, postRaw } from '../mock/testkit/client.ts';
import { parseXml, text } from '../mock/testkit/dom.ts';
import * as req from '../mock/testkit/requests.ts';

/**
 * The first seeded mock account's mailbox, driven over HTTP for the benchmark: the requests it
 * measures, and the setup before them (groups and contacts), each checked for success.
 */
const FIRST = ACCOUNTS[0];
if (!FIRST) throw new Error('the mock has no seeded account');
export const AUTHORIZATION = basic(FIRST.username, FIRST.password);

export const REQUESTS = {
  getImItemList: () => req.envelope(req.getImItemList()),
  addNewImContact: (address: string, groupId: string) =>
    req.envelope(req.addNewImContactToGroup({ imAddress: address, displayName: address, groupId })),
  addImGroup: (name: string) => req.envelope(req.addImGroup(name)),
};

export class BenchMailbox {
  constructor(readonly url: string) {}

  /** Sends one request; anything but a Success response message is an error of the bench. */
  async call(xml: string): Promise<{ text: string; doc: Document }> {
    const reply = await postRaw(this.url, xml, AUTHORIZATION);
    const doc = parseXml(reply.text);
    const outcome = text(doc, '/soap:Envelope/soap:Body/*/@ResponseClass');
    if (reply.status !== 200 || outcome !== 'Success') {
      throw new Error(`bench request failed: HTTP ${reply.status}: ${reply.text.slice(0, 300)}`);
    }
    return { text: reply.text, doc };
  }

  /** Sends one request and returns the body unparsed: anything but HTTP 200 is an error. */
  async post(xml: string): Promise<string> {
    const reply = await postRaw(this.url, xml, AUTHORIZATION);
    if (reply.status !== 200) throw new Error(`bench request failed: HTTP ${reply.status}`);
    return reply.text;
  }

  async addGroup(name: string): Promise<string> {
    const { doc } = await this.call(REQUESTS.addImGroup(name));
    return text(doc, '//m:AddImGroupResponse/m:ImGroup/t:ExchangeStoreId/@Id');
  }

  async addContact(address: string, groupId: string): Promise<void> {
    await this.call(REQUESTS.addNewImContact(address, groupId));
  }
}
