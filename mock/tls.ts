/**
 * The mock's HTTPS certificate: self-signed, made at start with `selfsigned` (EC P-256, SHA-256,
 * valid from a day ago for 30 days), for `localhost`, 127.0.0.1 and ::1. Its PEM is also the
 * CA a client must trust (EWS_CA_FILE).
 */
import { generate } from 'selfsigned';

export interface Certificate {
  /** PEM private key. */
  key: string;
  /** PEM certificate, to trust as a CA. */
  cert: string;
}

const DAY_MS = 86_400_000;

export async function selfSignedCertificate(): Promise<Certificate> {
  const notBeforeDate = new Date(Date.now() - DAY_MS);
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate: new Date(notBeforeDate.getTime() + 31 * DAY_MS),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}
