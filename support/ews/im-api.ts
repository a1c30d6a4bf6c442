import type { AccountRole } from '../config.ts';
import { PlainError } from '../plain-error.ts';
import type { Exchange } from '../soap/client.ts';
import type { RequestHeaders } from '../soap/envelope.ts';
import type { Xml } from '../soap/xml-builder.ts';
import { one } from '../xml/xpath.ts';
import type { ItemId } from './ids.ts';
import * as req from './requests.ts';
import {
  type ImGroup,
  type ImItemList,
  readGroup,
  readImItemList,
  responseMessage,
} from './responses.ts';

/**
 * The IM-list operations the suite needs for setup, verification and cleanup. Each call must
 * succeed; when it does not, the scenario cannot tell anything about the operation under test,
 * and the error says so.
 */
export class SetupError extends PlainError {}

export type Phase = Exchange['phase'];

export type Send = (
  who: AccountRole,
  operation: string,
  body: Xml,
  options?: { headers?: Partial<RequestHeaders>; phase?: Phase },
) => Promise<Exchange>;

export class ImApi {
  constructor(private readonly send: Send) {}

  private async succeed(who: AccountRole, op: string, body: Xml, phase: Phase) {
    const exchange = await this.send(who, op, body, { phase });
    try {
      const message = responseMessage(exchange);
      if (message.responseClass !== 'Success') {
        throw new Error(`ResponseClass ${message.responseClass}, code ${message.responseCode}`);
      }
      return message;
    } catch (err) {
      throw new SetupError(
        `${phase}: ${op} as the ${who} account failed: ${(err as Error).message}`,
      );
    }
  }

  async list(who: AccountRole, phase: Phase = 'setup'): Promise<ImItemList> {
    return readImItemList(await this.succeed(who, 'GetImItemList', req.getImItemList(), phase));
  }

  async addGroup(who: AccountRole, name: string, phase: Phase = 'setup'): Promise<ImGroup> {
    const message = await this.succeed(who, 'AddImGroup', req.addImGroup(name), phase);
    return readGroup(one(message.root, 'm:ImGroup'));
  }

  async removeGroup(who: AccountRole, group: ItemId, phase: Phase = 'setup'): Promise<void> {
    await this.succeed(who, 'RemoveImGroup', req.removeImGroup(group), phase);
  }

  async removeDistributionGroup(who: AccountRole, group: ItemId, phase: Phase): Promise<void> {
    const body = req.removeDistributionGroupFromImList(group);
    await this.succeed(who, 'RemoveDistributionGroupFromImList', body, phase);
  }

  async removeMember(
    who: AccountRole,
    contact: ItemId,
    group: ItemId,
    phase: Phase,
  ): Promise<void> {
    const body = req.removeImContactFromGroup(contact, group);
    await this.succeed(who, 'RemoveImContactFromGroup', body, phase);
  }
}
