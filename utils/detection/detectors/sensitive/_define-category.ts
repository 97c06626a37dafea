import { defineDetector } from '../../define-detector';
import type { Detector, DetectorSpec } from '../../types';
import { inAddressOrCode } from './_terms';

/**
 * Declares a detector of a sensitive category read from its terms (health, social case, art. 9 and
 * art. 10 data, nationality). They share what makes a term a finding: a person near it
 * (`personAnchored`, see person-anchor.ts), one base score, context boost and priority, and a term
 * that is a piece of an address, a path or an identifier (`www.mdph12.fr`, `rsa_key`, `APA-2019-0412`)
 * is none. Written once here rather than in each declaration, since the engine ships in every AI page.
 */
export function defineCategory(spec: Omit<DetectorSpec, 'baseScore' | 'personAnchored'>): Detector {
  const { validate } = spec;
  return defineDetector({
    baseScore: 0.8,
    contextBoost: 0.1,
    priority: 40,
    ...spec,
    personAnchored: true,
    validate: (value, context) => !inAddressOrCode(context.text, context.start, context.end) && (validate?.(value, context) ?? true),
  });
}
