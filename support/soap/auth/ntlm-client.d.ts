/** Types for @ewsjs/ntlm-client 3 (NTLM message encoding, its own MD4 from js-md4). */
declare module '@ewsjs/ntlm-client' {
  interface Type2Message {
    flags: number;
    encoding: 'ascii' | 'ucs2';
    /** 2 when the server asked for extended session security: NTLMv2 responses are sent. */
    version: 1 | 2;
    challenge: Buffer;
    targetName: string;
    targetInfo?: { parsed: Record<string, string>; buffer: Buffer };
  }
  const ntlm: {
    /** `NTLM <base64>` */
    createType1Message(workstation?: string, target?: string): string;
    decodeType2Message(message: string): Type2Message;
    /** `NTLM <base64>` */
    createType3Message(
      type2: Type2Message,
      username: string,
      password: string,
      workstation?: string,
      target?: string,
    ): string;
  };
  export = ntlm;
}
