/**
 * Composer texts the DOM guard just checked and let go, kept in memory for a short while, so that
 * the network net need not scan them again inside the request that sends them: the body is still
 * checked, but only what is not one of these texts.
 */
const KEPT = 5;

export class CheckedTexts {
  private entries: { text: string; until: number }[] = [];

  constructor(private readonly lifetimeMs: number) {}

  remember(text: string, now: number): void {
    // Trimmed: sites send the prompt without the spaces and line breaks around it.
    this.entries = [...this.entries.filter((entry) => entry.until > now).slice(1 - KEPT), { text: text.trim(), until: now + this.lifetimeMs }];
  }

  /** `body` with the first checked text it holds cut out (a line break in its place). */
  uncheckedPart(body: string, now: number): string {
    for (const entry of this.entries) {
      // A short text could be cut out of a longer value it happens to be part of.
      if (entry.until <= now || entry.text.length < 16) continue;
      const at = body.indexOf(entry.text);
      if (at >= 0) return `${body.slice(0, at)}\n${body.slice(at + entry.text.length)}`;
    }
    return body;
  }
}
