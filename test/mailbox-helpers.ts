import type { Credentials } from '../support/config.ts';
import type { ItemId } from '../support/ews/ids.ts';
import * as req from '../support/ews/requests.ts';
import {
  type ImItemList,
  readGroup,
  readImItemList,
  responseMessage,
} from '../support/ews/responses.ts';
import { SoapClient } from '../support/soap/client.ts';
import { envelope } from '../support/soap/envelope.ts';
import type { Xml } from '../support/soap/xml-builder.ts';
import { one, text } from '../support/xml/xpath.ts';

/** Direct calls to a server's IM list, for tests that prepare or inspect a mailbox. */
export class Mailbox {
  private readonly client: SoapClient;

  constructor(
    url: string,
    private readonly who: Credentials,
  ) {
    this.client = new SoapClient({ url, timeoutMs: 10_000, insecureTls: false });
  }

  private async call(operation: string, body: Xml) {
    const x = await this.client.post(
      this.who,
      operation,
      envelope({ version: 'Exchange2013' }, body),
    );
    const message = responseMessage({
      ...x,
      account: 'first',
      mailbox: 'first',
      claimed: false,
      phase: 'setup',
    });
    if (message.responseClass !== 'Success')
      throw new Error(`${operation}: ${message.responseCode}`);
    return message;
  }

  async list(): Promise<ImItemList> {
    return readImItemList(await this.call('GetImItemList', req.getImItemList()));
  }

  async addGroup(name: string): Promise<ItemId> {
    return readGroup(one((await this.call('AddImGroup', req.addImGroup(name))).root, 'm:ImGroup'))
      .id;
  }

  async addContact(imAddress: string, displayName: string, groupId: ItemId): Promise<string> {
    const body = req.addNewImContactToGroup({ imAddress, displayName, groupId });
    const message = await this.call('AddNewImContactToGroup', body);
    return text(message.root, 'm:Persona/t:PersonaId/@Id');
  }

  close(): Promise<void> {
    return this.client.dispose();
  }
}

/** A comparable picture of an IM list: groups with their members, personas by address. */
export function picture(list: ImItemList): string[] {
  const groups = list.groups.map(
    (g) => `${g.groupType} ${g.displayName} ${g.id.id} [${g.members.map((m) => m.id).sort()}]`,
  );
  const personas = list.personas.map((p) => `persona ${p.imAddress} ${p.displayName}`);
  return [...groups, ...personas].sort();
}
