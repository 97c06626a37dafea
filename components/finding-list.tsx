export interface FindingListItem {
  /** Translated label of the data type. */
  label: string;
  /** Masked excerpt, never the raw value. */
  excerpt: string;
}

/** A list of findings with their type and masked excerpt. Presentational only. */
export function FindingList({ items, label }: { items: readonly FindingListItem[]; label: string }) {
  return (
    <ul className="vigie-findings" aria-label={label}>
      {items.map((item, index) => (
        <li key={index}>
          <span>{item.label}</span>
          <code>{item.excerpt}</code>
        </li>
      ))}
    </ul>
  );
}
