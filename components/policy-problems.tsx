export interface PolicyProblemItem {
  path: string;
  message: string;
  source: string;
}

/** The validation problems of the policy received, with their paths. Presentational. */
export function PolicyProblems({ title, intro, empty, problems }: { title: string; intro: string; empty: string; problems: readonly PolicyProblemItem[] }) {
  if (problems.length === 0) return <p data-vigie="policy-problems" data-count="0">{empty}</p>;
  return (
    <section data-vigie="policy-problems" data-count={problems.length} role="alert" className="vigie-verdict vigie-verdict--warn">
      <h2 style={{ fontSize: '1rem', margin: '0 0 0.25rem' }}>{title}</h2>
      <p style={{ margin: '0 0 0.5rem' }}>{intro}</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            <code>{problem.path || '(document)'}</code>: {problem.message} <small>({problem.source})</small>
          </li>
        ))}
      </ul>
    </section>
  );
}
