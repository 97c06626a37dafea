export interface BlockedToolProps {
  title: string;
  why: string;
  alternativeIntro: string;
  alternative: { name: string; url: string };
  contact: string;
  charter?: { label: string; url: string };
}

/** Full-page explanation shown instead of an AI tool the organisation has blocked. */
export function BlockedTool({ title, why, alternativeIntro, alternative, contact, charter }: BlockedToolProps) {
  return (
    <main data-vigie="blocked-tool" className="vigie-blocked" aria-labelledby="vigie-blocked-title">
      <h1 id="vigie-blocked-title">{title}</h1>
      <p>{why}</p>
      <p>
        {alternativeIntro}{' '}
        <a href={alternative.url} className="vigie-button vigie-link-button">
          {alternative.name}
        </a>
      </p>
      <p>{contact}</p>
      {charter && (
        <p>
          <a href={charter.url}>{charter.label}</a>
        </p>
      )}
    </main>
  );
}
