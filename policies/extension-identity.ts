/**
 * The extension's fixed identity, so that enterprise policies can name it before it is installed.
 *
 * Chrome/Edge: the manifest `key` (public half of an RSA key pair) pins the id of every build,
 * unpacked or packed: id = first 32 hex digits of SHA-256(DER public key), 0-f mapped to a-p
 * (checked by tests/unit/policies/extension-identity.test.ts). The private half is not in the
 * repository; a DSISN that packs its own CRX generates its own pair and replaces the key here.
 * Firefox: the gecko id below.
 */
export const CHROME_EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAuBm+doLG3s8f0+Bam9jv4xbfcJKfYBvdWLJhLlxNso+hboOhjkofXfCdJyvKbNKVOUKztzik9nxr7r8BvRZVcvQWEPngNO9GF+1jN5mnpgMrGpM15K+3sqmqpQ2PU6VWUkAfpZYY2hrUwoWoBsTEQitoaQ2JtYjw1hups8h1bvDSAlV3EjYCZ8fEBo22z37Xxe61jF9U7hfj6xiVgjvsdYjY2TdUXkFbMzZF9t8qILccOQVMla/irD7ghiWaGzuisDi+sX1guZvf3gv6Z019PhOKtK3vdIjJIlYXlKllRPc4cv/WBatL/MpapBxKVNuaqIygIJi7zV9pIHvA+BSsaQIDAQAB';

export const CHROME_EXTENSION_ID = 'jhjnbaiemdcbijamdbpheghjeppopoin';

export const GECKO_EXTENSION_ID = 'vigie@dsisn.example.fr';
