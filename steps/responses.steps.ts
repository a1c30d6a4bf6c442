import { type DataTable, Then } from '@cucumber/cucumber';
import * as a from '../support/assertions/response.ts';
import type { Level } from '../support/checks.ts';
import type { EwsWorld } from '../support/world.ts';

Then(
  'the response class is {string} and the response code is {string}',
  function (this: EwsWorld, cls: string, code: string) {
    a.responseClassAndCode(this, cls, [code]);
  },
);

Then(
  'the response class is {string} and the response code is one of:',
  function (this: EwsWorld, cls: string, codes: DataTable) {
    a.responseClassAndCode(this, cls, codes.raw().flat());
  },
);

Then(
  'the response class is {string} and the response code is {string} \\({level})',
  function (this: EwsWorld, cls: string, code: string, level: Level) {
    a.responseClassAndCode(this, cls, []);
    a.responseCode(this, code, level);
  },
);

Then('the response is the error {string}', function (this: EwsWorld, code: string) {
  a.responseClassAndCode(this, 'Error', [code]);
});

Then(
  'the response is an error with the code {string} \\({level})',
  function (this: EwsWorld, code: string, level: Level) {
    a.responseClassAndCode(this, 'Error', []);
    a.responseCode(this, code, level);
  },
);

Then('the response class is {string}', function (this: EwsWorld, cls: string) {
  a.responseClassAndCode(this, cls, []);
});

Then(
  'the response code is {string} \\({level})',
  function (this: EwsWorld, code: string, level: Level) {
    a.responseCode(this, code, level);
  },
);

Then('the server answers with a SOAP fault', function (this: EwsWorld) {
  a.isFault(this);
});

Then(
  "the fault's response code is {string} \\({level})",
  function (this: EwsWorld, code: string, level: Level) {
    a.faultCode(this, [code], level);
  },
);

Then("the fault's response code is one of:", function (this: EwsWorld, codes: DataTable) {
  a.faultCode(this, codes.raw().flat(), 'required');
});

Then('the fault gives the line and position of the violation', function (this: EwsWorld) {
  a.faultPosition(this);
});

Then(
  'the request is refused with {string} \\({level})',
  function (this: EwsWorld, code: string, level: Level) {
    a.refusedWith(this, code, level);
  },
);

Then(
  'the HTTP status is {int} \\({level})',
  function (this: EwsWorld, status: number, level: Level) {
    a.httpStatus(this, status, level);
  },
);

Then(
  "the response's SOAP header holds a ServerVersionInfo with integer version numbers",
  function (this: EwsWorld) {
    a.serverVersionInfo(this);
  },
);

Then('the error has a MessageText and DescriptiveLinkKey 0', function (this: EwsWorld) {
  a.errorDetails(this, undefined);
});

Then(
  'the error has a MessageText, DescriptiveLinkKey 0 and a MessageXml value {string}',
  function (this: EwsWorld, name: string) {
    a.errorDetails(this, name);
  },
);
