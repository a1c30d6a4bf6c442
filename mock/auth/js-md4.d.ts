/** The part of js-md4 (no types of its own) that the NTLM profile uses: its pure-JS hasher. */
declare module 'js-md4' {
  interface Md4Hasher {
    update(data: Uint8Array): Md4Hasher;
    arrayBuffer(): ArrayBuffer;
  }
  const md4: { create(): Md4Hasher };
  export default md4;
}
