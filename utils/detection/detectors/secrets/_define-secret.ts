import { defineDetector } from '../../define-detector';
import type { Detector, DetectorSpec } from '../../types';

/** What most of the family's detectors find: a vendor's token, sure by its prefix and its checks. */
const TOKEN_SCORE = 0.95;
/** Above the keyword rules (`mot de passe :`, `api_key=`), which a token's line often holds too. */
const TOKEN_PRIORITY = 99;

/**
 * Declares a detector of the secrets family. Every one of them finds a SECRET, critical as its type
 * is (a leaked credential opens a system to whoever reads it), and most find a vendor's token: a
 * declaration holds the rest only, and its score and priority where they differ from a token's.
 * Written once here rather than in each of the family's declarations, since the engine ships in
 * every AI page.
 */
export const defineSecret = (spec: Omit<DetectorSpec, 'type' | 'severity' | 'baseScore'> & { readonly baseScore?: number }): Detector => defineDetector({ baseScore: TOKEN_SCORE, priority: TOKEN_PRIORITY, ...spec, type: 'SECRET' });
