/**
 * The labelled corpus (tests/fixtures/corpus/) and the detection targets measured on it.
 *
 * The sanity checks guard the corpus itself. The target checks measure the engine: per type,
 * precision and recall ≥ 0.95 for checksum-backed identifiers and ≥ 0.90 for the others, and fewer
 * than 2 % of the clean prompts stopped by the default policy. Do not relabel the corpus or lower
 * a target to make them pass: fix the detector (`npm run eval -- --errors` lists the misses).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, checkLabels, CORPUS_DIR, CORPUS_TYPES, loadCorpus, toJsonl, type CorpusEntry } from '@/tests/eval/build-corpus';
import { CHECKSUM_TYPES, CLEAN_FLAG_TARGET, evaluateCorpus, MIN_LABELS, TARGETS, type Report } from '@/tests/eval/evaluate';

const DOMAINS = ['social', 'autonomy', 'hr', 'finance', 'roads', 'colleges', 'it', 'procurement', 'elected', 'clean-tricky'];

const entries: CorpusEntry[] = loadCorpus();

describe('labelled corpus', () => {
  it('has one jsonl file per domain, generated from the current sources', () => {
    const built = buildCorpus();
    expect([...built.keys()].sort()).toEqual([...DOMAINS].sort());
    for (const [name, domainEntries] of built) {
      const path = join(CORPUS_DIR, `${name}.jsonl`);
      expect(existsSync(path), `${name}.jsonl exists`).toBe(true);
      expect(readFileSync(path, 'utf8'), `${name}.jsonl is up to date (run: npx tsx tests/eval/build-corpus.ts)`).toBe(toJsonl(domainEntries));
    }
  });

  it('holds at least 300 prompts, 120 of them clean, with unique ids', () => {
    expect(entries.length).toBeGreaterThanOrEqual(300);
    expect(entries.filter((entry) => entry.clean).length).toBeGreaterThanOrEqual(120);
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
  });

  it('marks a prompt clean exactly when it has no label', () => {
    for (const entry of entries) expect(entry.clean, entry.id).toBe(entry.labels.length === 0);
  });

  it('has labels of known types, in range, non-empty, trimmed and not overlapping', () => {
    const known = new Set<string>(CORPUS_TYPES);
    for (const entry of entries) {
      expect(entry.text.trim().length, entry.id).toBeGreaterThan(0);
      const sorted = [...entry.labels].sort((a, b) => a.start - b.start);
      sorted.forEach((label, index) => {
        const where = `${entry.id} ${label.type} ${label.start}-${label.end}`;
        expect(known.has(label.type), where).toBe(true);
        expect(Number.isInteger(label.start) && Number.isInteger(label.end), where).toBe(true);
        expect(label.start, where).toBeGreaterThanOrEqual(0);
        expect(label.end, where).toBeLessThanOrEqual(entry.text.length);
        expect(label.end, where).toBeGreaterThan(label.start);
        const value = entry.text.slice(label.start, label.end);
        expect(value.trim(), where).toBe(value);
        expect(value.trim().length, where).toBeGreaterThan(0);
        if (index > 0) expect(label.start, `${where} overlaps the previous label`).toBeGreaterThanOrEqual(sorted[index - 1].end);
      });
    }
  });

  it('has valid checksums on every checksum-backed label', () => {
    expect(checkLabels(entries)).toEqual([]);
  });

  it.each(CORPUS_TYPES.map((type) => [type, MIN_LABELS[type]] as const))('labels %s at least %i times', (type, minimum) => {
    const count = entries.reduce((sum, entry) => sum + entry.labels.filter((label) => label.type === type).length, 0);
    expect(count).toBeGreaterThanOrEqual(minimum);
  });
});

describe('detection targets on the corpus', () => {
  let report: Report;
  beforeAll(() => {
    report = evaluateCorpus(entries);
  });

  const rowOf = (type: string) => report.types.find((row) => row.type === type)!;

  it.each(CORPUS_TYPES.map((type) => [type, TARGETS[type].precision, CHECKSUM_TYPES.includes(type) ? 'checksum' : 'other'] as const))(
    '%s precision ≥ %d (%s)',
    (type, target) => {
      const row = rowOf(type);
      expect(row.precision, `${type}: ${row.tp} TP, ${row.fp} FP`).toBeGreaterThanOrEqual(target);
    },
  );

  it.each(CORPUS_TYPES.map((type) => [type, TARGETS[type].recall, CHECKSUM_TYPES.includes(type) ? 'checksum' : 'other'] as const))(
    '%s recall ≥ %d (%s)',
    (type, target) => {
      const row = rowOf(type);
      expect(row.recall, `${type}: ${row.tp} TP, ${row.fn} FN`).toBeGreaterThanOrEqual(target);
    },
  );

  it(`stops fewer than ${CLEAN_FLAG_TARGET * 100} % of the clean prompts under the default policy`, () => {
    expect(report.cleanFlaggedShare, `flagged: ${report.cleanFlaggedIds.join(', ')}`).toBeLessThan(CLEAN_FLAG_TARGET);
  });
});

/**
 * The same corpus as agents paste it from elsewhere: hard-wrapped at 70 columns (a PDF or an e-mail
 * copied with its line ends; each space after column 70 becomes a line break, so labels keep their
 * offsets), with double spaces, or quoted in an e-mail (`> ` before each line). Measured when this
 * was added, recall over all labels before → after the normalisation of each shape: wrapped
 * 0.928 → 0.983, double spaces 0.712 → 0.995, quoted 0.980 → 0.995, quoted and wrapped
 * 0.912 → 0.983 (as they are: 0.995). The floors below leave room for the corpus to grow.
 */
describe('the corpus pasted in other shapes', () => {
  const hardWrapped = (text: string): string => {
    let column = 0;
    return [...text]
      .map((char) => {
        if (char === '\n') column = 0;
        else if (++column >= 70 && char === ' ') {
          column = 0;
          return '\n';
        }
        return char;
      })
      .join('');
  };
  const overall = (report: Report): { recall: number; precision: number } => {
    const sum = report.types.reduce((total, row) => ({ tp: total.tp + row.tp, fn: total.fn + row.fn, fp: total.fp + row.fp }), { tp: 0, fn: 0, fp: 0 });
    return { recall: sum.tp / (sum.tp + sum.fn), precision: sum.tp / (sum.tp + sum.fp) };
  };
  const reshaped = (shape: (text: string) => string): CorpusEntry[] => entries.map((entry) => ({ ...entry, text: shape(entry.text) }));

  it('keeps recall ≥ 0.97 and precision ≥ 0.99 when hard-wrapped at 70 columns', () => {
    const { recall, precision } = overall(evaluateCorpus(reshaped(hardWrapped)));
    expect(recall).toBeGreaterThanOrEqual(0.97);
    expect(precision).toBeGreaterThanOrEqual(0.99);
  });

  it('keeps recall ≥ 0.97 and precision ≥ 0.99 when justified like a PDF: hard-wrapped at 70 columns, words hyphenated', () => {
    // A word crossing column 70 is cut with `-` ↵ when a lower-case letter follows the cut
    // (`hospita-` ↵ `lisée`), else the line breaks at a space. Measured when added, recall (precision)
    // before → after joining hyphenated words: 0.939 (0.997) → 0.988 (0.996).
    const hyphenated = (entry: CorpusEntry): CorpusEntry => {
      const { text } = entry;
      const cuts: number[] = [];
      let out = '';
      let column = 0;
      for (let i = 0; i < text.length; i++) {
        const char = text[i];
        column = char === '\n' ? 0 : column + 1;
        if (column >= 70 && /\p{L}/u.test(char) && /\p{L}/u.test(text[i - 1] ?? '') && /\p{Ll}/u.test(text[i + 1] ?? '') && /\p{L}/u.test(text[i + 2] ?? '')) {
          out += `${char}-\n`;
          cuts.push(i + 1);
          column = 0;
        } else if (column >= 70 && char === ' ') {
          out += '\n';
          column = 0;
        } else out += char;
      }
      // Each cut adds two characters; a cut inside a label lengthens it.
      const moved = (offset: number, inside: boolean): number => offset + 2 * cuts.filter((cut) => (inside ? cut < offset : cut <= offset)).length;
      return { ...entry, text: out, labels: entry.labels.map((label) => ({ ...label, start: moved(label.start, false), end: moved(label.end, true) })) };
    };
    const { recall, precision } = overall(evaluateCorpus(entries.map(hyphenated)));
    expect(recall).toBeGreaterThanOrEqual(0.97);
    expect(precision).toBeGreaterThanOrEqual(0.99);
  });

  /** `entry` with `insert` before every match of `at` (labels moved accordingly). */
  const withInserted = (entry: CorpusEntry, at: RegExp, insert: string, text = entry.text): CorpusEntry => {
    const shift = (offset: number): number => offset + insert.length * (text.slice(0, offset).match(at)?.length ?? 0);
    return { ...entry, text: text.replace(at, (found) => `${found}${insert}`), labels: entry.labels.map((label) => ({ ...label, start: shift(label.start), end: shift(label.end) })) };
  };

  it('finds the same with double spaces between words', () => {
    const doubled = entries.map((entry) => withInserted(entry, / /g, ' '));
    expect(overall(evaluateCorpus(doubled))).toEqual(overall(evaluateCorpus(entries)));
  });

  it('finds the same in an e-mail quoted with `> ` marks, and keeps recall ≥ 0.97 when it is also hard-wrapped', () => {
    const quote = (entry: CorpusEntry, text = entry.text): CorpusEntry => {
      const inner = withInserted(entry, /\n/g, '> ', text);
      return { ...inner, text: `> ${inner.text}`, labels: inner.labels.map((label) => ({ ...label, start: label.start + 2, end: label.end + 2 })) };
    };
    expect(overall(evaluateCorpus(entries.map((entry) => quote(entry))))).toEqual(overall(evaluateCorpus(entries)));
    expect(overall(evaluateCorpus(entries.map((entry) => quote(entry, hardWrapped(entry.text))))).recall).toBeGreaterThanOrEqual(0.97);
  });

  it('keeps recall ≥ 0.80 when typed all in lower case (names need a title, role or label then), stopping no clean prompt', () => {
    // Typed fast in a chat box: `mme martin suit un traitement`, `sa pch`, `l'enfant timéo delmas`.
    // Lower case is the same length in this corpus, so labels keep their offsets.
    const lowered = entries.map((entry) => ({ ...entry, text: entry.text.toLowerCase() }));
    expect(lowered.every((entry, i) => entry.text.length === entries[i].text.length)).toBe(true);
    const report = evaluateCorpus(lowered);
    expect(overall(report).recall).toBeGreaterThanOrEqual(0.8);
    expect(overall(report).precision).toBeGreaterThanOrEqual(0.99);
    expect(report.cleanFlagged).toBe(0);
  });

  it('keeps recall ≥ 0.95 and precision ≥ 0.99 when written all in capitals, stopping no clean prompt', () => {
    // Admin forms and headings: `MME LEROY EST HOSPITALISÉE`, `DUPONT MARIE`.
    const upper = entries.map((entry) => ({ ...entry, text: entry.text.toUpperCase() }));
    const kept = upper.filter((entry, i) => entry.text.length === entries[i].text.length);
    expect(kept.length).toBeGreaterThan(entries.length * 0.95);
    const report = evaluateCorpus(kept);
    expect(overall(report).recall).toBeGreaterThanOrEqual(0.95);
    expect(overall(report).precision).toBeGreaterThanOrEqual(0.99);
    expect(report.cleanFlagged).toBe(0);
  });

  it('finds the same when each line is a list item (`• `, `- `, `* `, indented or quoted)', () => {
    for (const bullet of ['• ', '- ', '  * ', '> – ']) {
      const listed = entries.map((entry) => {
        const inner = withInserted(entry, /\n/g, bullet);
        return { ...inner, text: `${bullet}${inner.text}`, labels: inner.labels.map((label) => ({ ...label, start: label.start + bullet.length, end: label.end + bullet.length })) };
      });
      expect(overall(evaluateCorpus(listed)), bullet).toEqual(overall(evaluateCorpus(entries)));
    }
  });

  it('finds the same when its tables are fixed-width columns (a business application\'s screen or text export)', () => {
    // Each block of two or more lines with the same number (≥ 1) of `;` or tabs is rewritten with
    // every cell padded to its column's width + 2 spaces. Measured when added, recall on those
    // prompts 0.719 → 1.000 (a date then a phone number read as one number; headers lost).
    const fixedWidth = (entry: CorpusEntry): CorpusEntry | null => {
      const lines = entry.text.split('\n');
      const separator = (line: string): string | null => (line.includes('\t') ? '\t' : line.includes(';') ? ';' : null);
      const moved: number[] = [];
      let out = '';
      let read = 0;
      let rewritten = false;
      const copy = (text: string): void => {
        for (let k = 0; k < text.length; k++) moved[read + k] = out.length + k;
        out += text;
        read += text.length;
      };
      for (let i = 0; i < lines.length; ) {
        const cut = separator(lines[i]);
        let j = i;
        while (cut && j < lines.length && separator(lines[j]) === cut && lines[j].split(cut).length === lines[i].split(cut).length) j++;
        if (!cut || j - i < 2) {
          copy(`${lines[i]}${i < lines.length - 1 ? '\n' : ''}`);
          i++;
          continue;
        }
        rewritten = true;
        const rows = lines.slice(i, j).map((line) => line.split(cut));
        const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)) + 2);
        rows.forEach((row, r) => {
          row.forEach((cell, column) => {
            copy(cell);
            if (column === row.length - 1) return;
            moved[read] = out.length;
            out += ' '.repeat(widths[column] - cell.length);
            read++;
          });
          if (i + r < lines.length - 1) copy('\n');
        });
        i = j;
      }
      if (!rewritten) return null;
      return { ...entry, text: out, labels: entry.labels.map((label) => ({ ...label, start: moved[label.start], end: moved[label.end - 1] + 1 })) };
    };
    const tables = entries.filter((entry) => fixedWidth(entry) !== null);
    expect(tables.length).toBeGreaterThanOrEqual(8);
    expect(overall(evaluateCorpus(tables.map((entry) => fixedWidth(entry)!)))).toEqual(overall(evaluateCorpus(tables)));
  });

  /** `entry` with each labelled value between `open` and `close` (labels moved accordingly). */
  const emphasised = (entry: CorpusEntry, open: string, close: string): CorpusEntry => {
    let text = '';
    let copied = 0;
    const labels = [...entry.labels]
      .sort((a, b) => a.start - b.start)
      .map((label) => {
        text += `${entry.text.slice(copied, label.start)}${open}`;
        const start = text.length;
        text += `${entry.text.slice(label.start, label.end)}${close}`;
        copied = label.end;
        return { ...label, start, end: start + label.end - label.start };
      });
    return { ...entry, text: text + entry.text.slice(copied), labels };
  };

  it('finds the same when each value is in Markdown emphasis (`**…**`, `_…_`, `*…*`, `` `…` ``)', () => {
    // Copied from a chat answer or a wiki, and `Mme **Dupont**`, `;**FOURNIER**;`. Measured when
    // added, recall before → after: bold 0.922 → 0.995, `_` 0.622 → 0.995, backticks 0.914 → 0.995.
    for (const [open, close] of [['**', '**'], ['_', '_'], ['*', '*'], ['`', '`'], ['__', '__']]) {
      const marked = entries.map((entry) => emphasised(entry, open, close));
      expect(overall(evaluateCorpus(marked)), open).toEqual(overall(evaluateCorpus(entries)));
    }
  });
});
