import { BarController, BarElement, CategoryScale, Chart, type ChartConfiguration, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useId, useRef } from 'react';

// Only what the dashboard draws is registered: the bundle keeps the bar chart and nothing else.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Distinct colours with at least 3:1 contrast on white (WCAG 1.4.11 for graphical objects). */
export const CHART_COLOURS = ['#000091', '#c9191e', '#18753c', '#b34000', '#6a6af4', '#7d4e5b', '#006a6f', '#3a3a3a', '#a558a0', '#716043', '#0063cb', '#8d533e'];

export interface TableData {
  /** Header of the first column. */
  labelHeader: string;
  labels: string[];
  columns: Array<{ key: string; label: string }>;
  /** values[row][column]. */
  values: number[][];
}

/**
 * A stacked bar chart drawn on a canvas by chart.js, followed by the same numbers in a plain table:
 * the table is what screen readers and keyboard users read, the canvas is hidden from them.
 */
export function ChartWithTable({ title, caption, data, horizontal = false, name }: { title: string; caption: string; data: TableData; horizontal?: boolean; name: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const headingId = useId();
  useEffect(() => {
    if (!canvas.current) return;
    const config: ChartConfiguration<'bar'> = {
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: data.columns.map((column, index) => ({
          label: column.label,
          data: data.values.map((row) => row[index]),
          backgroundColor: CHART_COLOURS[index % CHART_COLOURS.length],
        })),
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        animation: false,
        maintainAspectRatio: false,
        responsive: true,
        scales: { x: { stacked: true, ticks: { precision: 0 } }, y: { stacked: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: 'bottom' } },
      },
    };
    const chart = new Chart(canvas.current, config);
    return () => chart.destroy();
  }, [data, horizontal]);

  const totals = data.values.map((row) => row.reduce((sum, value) => sum + value, 0));
  return (
    <section className="vigie-stats-section" aria-labelledby={headingId} data-vigie-chart={name}>
      <h2 id={headingId}>{title}</h2>
      <div className="vigie-chart" aria-hidden="true">
        <canvas ref={canvas} />
      </div>
      <table className="vigie-table" data-vigie-table={name}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{data.labelHeader}</th>
            {data.columns.map((column) => (
              <th scope="col" key={column.key} className="vigie-num">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.labels.map((label, row) => (
            <tr key={label} data-label={label} data-total={totals[row]}>
              <th scope="row">{label}</th>
              {data.values[row].map((value, column) => (
                <td key={data.columns[column].key} className="vigie-num" data-key={data.columns[column].key}>
                  {value}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
