/** One labelled number (popup, dashboard). Presentational. */
export function StatCard({ label, value, name }: { label: string; value: number; name: string }) {
  return (
    <div className="vigie-stat-card" data-vigie-stat={name} data-value={value}>
      <span className="vigie-stat-card__value">{value.toLocaleString()}</span>
      <span className="vigie-stat-card__label">{label}</span>
    </div>
  );
}
