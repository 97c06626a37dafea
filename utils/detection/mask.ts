/**
 * Masks a detected value for display: separators stay, most letters and digits become "•", so an
 * agent recognises what was found (`06 •• •• •• 78`) without the value being shown in full.
 */
export const maskValue = (value: string): string => {
  const alnumPositions: number[] = [];
  for (let i = 0; i < value.length; i++) if (/[\p{L}\p{N}]/u.test(value[i])) alnumPositions.push(i);
  const count = alnumPositions.length;
  const keep = count >= 10 ? 2 : count >= 5 ? 1 : 0;
  const visible = new Set([...alnumPositions.slice(0, keep), ...alnumPositions.slice(count - keep)]);
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    out += visible.has(i) || !/[\p{L}\p{N}]/u.test(ch) ? ch : '•';
  }
  return out;
};

/** Masked excerpt of `text` between `start` and `end`, capped so a long secret block stays short. */
export const maskSpan = (text: string, start: number, end: number, maxLength = 40): string => {
  const masked = maskValue(text.slice(start, end)).replace(/\s+/g, ' ');
  return masked.length > maxLength ? `${masked.slice(0, maxLength - 1)}…` : masked;
};
