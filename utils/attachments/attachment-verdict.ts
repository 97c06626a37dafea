import type { Decision } from '@/utils/guard/decide';
import type { Finding } from '@/utils/detection/types';
import type { UnreadableReason } from './read-attachment';

/** What the policy does with a file Vigie cannot read (pdf, images, too big, corrupt). */
export type UncheckedFileAction = 'allow' | 'warn' | 'block';

/** One attached file after the local check. Never holds the file's text or a detected value. */
export type FileCheck =
  | { readonly name: string; readonly checked: true; readonly findings: readonly Finding[]; readonly decision: Decision }
  | { readonly name: string; readonly checked: false; readonly reason: UnreadableReason };

export interface AttachmentVerdict {
  /** allow: the files go; warn: the agent chooses; block: the files are refused. */
  readonly action: 'allow' | 'warn' | 'block';
  /** Whether the action is applied (false in observe mode: counted and shown, nothing held). */
  readonly enforced: boolean;
  /** Whether "attach anyway" may be offered (never under a block). */
  readonly sendAnyway: boolean;
  /** Files that could not be read, for the agent's information even when they are allowed. */
  readonly unchecked: readonly string[];
}

const RANK = { allow: 0, warn: 1, block: 2 } as const;

/**
 * Pure: the verdict on a set of files dropped or picked together. The strictest file decides.
 * A readable file follows the data rules (`pseudonymise` counts as a warning: a file cannot be
 * rewritten); an unreadable one follows `uncheckedFiles` (`enforcing`: the tool is guarded in
 * enforce mode). "Attach anyway" needs every warning to be one the policy lets the agent override.
 */
export function attachmentVerdict(files: readonly FileCheck[], uncheckedFiles: UncheckedFileAction, enforcing: boolean): AttachmentVerdict {
  let action: AttachmentVerdict['action'] = 'allow';
  let enforced = false;
  let sendAnyway = true;
  const unchecked: string[] = [];
  for (const file of files) {
    let fileAction: AttachmentVerdict['action'];
    if (file.checked) {
      const { decision } = file;
      fileAction = decision.action === 'allow' ? 'allow' : decision.action === 'block' ? 'block' : 'warn';
      if (fileAction !== 'allow') {
        enforced ||= decision.enforced;
        if (!decision.offers.sendAnyway) sendAnyway = false;
      }
    } else {
      unchecked.push(file.name);
      fileAction = uncheckedFiles;
      // `warn` on unreadable files is the policy's way of leaving the choice to the agent.
      if (fileAction !== 'allow') enforced ||= enforcing;
    }
    if (RANK[fileAction] > RANK[action]) action = fileAction;
  }
  return { action, enforced: action !== 'allow' && enforced, sendAnyway: action === 'warn' && sendAnyway, unchecked };
}
