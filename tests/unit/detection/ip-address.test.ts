import { describe, expect, it } from 'vitest';
import { scan } from '@/utils/detection/engine';
import ipAddress from '@/utils/detection/detectors/contact/ip-address';

/** The score of the address in a sentence without context words (no boost). */
const scoreOf = (address: string): number | undefined => scan(`Valeur relevée ${address} hier.`, { detectors: [ipAddress] })[0]?.score;

describe('ip-address scores', () => {
  it('gives the addresses that identify no host or network the low score (0.3)', () => {
    const unspecifiedLoopbackMulticastBroadcastDocumentation = ['0.0.0.0', '127.0.0.1', '127.12.3.4/8', '224.0.0.251', '239.255.255.250', '240.1.2.3', '255.255.255.255', '192.0.2.14', '198.51.100.7', '203.0.113.5/24', '::ffff:192.0.2.1', '::ffff:127.0.0.1', '::ffff:224.0.0.1'];
    for (const address of unspecifiedLoopbackMulticastBroadcastDocumentation) expect(scoreOf(address), address).toBe(0.3);
  });

  it('gives the others the base score (0.6), next to the ranges and behind the same first octets', () => {
    const identifying = ['192.168.1.10', '10.0.0.1/8', '1.2.3.4', '12.7.0.1', '126.255.255.254', '128.0.0.1', '223.255.255.1', '22.4.5.6', '192.0.3.1', '198.51.101.7', '203.0.114.5', '20.30.0.1', '::ffff:192.168.1.10', '2a01:e0a:1f2:3b40::1'];
    for (const address of identifying) expect(scoreOf(address), address).toBe(0.6);
  });
});

describe('ip-address in an outline', () => {
  const addresses = (text: string): number[] => scan(text, { detectors: [ipAddress] }).map((finding) => finding.start);

  it('takes a numbered heading under its parent, both opening their lines, for no address', () => {
    expect(addresses("3.1.2 nombre d'accidents\n3.1.2.4 nombre de jours d'arrêt")).toEqual([]);
    expect(addresses("Titre\n3.1.2 nombre d'accidents\n3.1.2.4 nombre de jours d'arrêt")).toEqual([]);
  });

  it('still finds the number when its parent does not open a line, or when it does not open its own', () => {
    expect(addresses("Voir 3.1.2 nombre d'accidents\n3.1.2.4 nombre de jours d'arrêt")).toEqual([30]);
    expect(addresses("Voir 13.1.2 nombre d'accidents\n3.1.2.4 nombre de jours d'arrêt")).toEqual([31]);
    expect(addresses("3.1.2 nombre d'accidents\nserveur 3.1.2.4 en panne")).toEqual([33]);
  });
});
