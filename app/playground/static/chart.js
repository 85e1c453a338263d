// A chart for results with one label column and one number column: horizontal bars, or a
// line when the labels are dates or years in order. Built with DOM APIs, labels as text.

import { svg } from "./dom.js";

const MAX_POINTS = 50;
const DATE_LIKE = /^\d{4}(-\d{2}(-\d{2})?)?([ T].*)?$/;

function asNumber(value) {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) {
    return Number(value);
  }
  return null;
}

/** {labels, values, numberColumn} when the rows fit a chart, else null. */
export function chartData(columns, rows) {
  if (columns.length !== 2 || rows.length < 2 || rows.length > MAX_POINTS) return null;
  for (const numberAt of [1, 0]) {
    const labelAt = 1 - numberAt;
    const values = rows.map((row) => asNumber(row[numberAt]));
    const labelsAreNumbers = rows.every((row) => typeof row[labelAt] === "number");
    if (values.every((v) => v !== null) && !labelsAreNumbers) {
      const labels = rows.map((row) => (row[labelAt] === null ? "NULL" : String(row[labelAt])));
      return { labels, values, labelColumn: columns[labelAt], numberColumn: columns[numberAt] };
    }
  }
  return null;
}

function isTimeline(labels) {
  return labels.every((l) => DATE_LIKE.test(l)) && labels.every((l, i) => i === 0 || labels[i - 1] <= l);
}

function shorten(text, length) {
  return text.length > length ? text.slice(0, length - 1) + "…" : text;
}

function formatValue(value) {
  return Number.isInteger(value) ? String(value) : value.toPrecision(4).replace(/\.?0+$/, "");
}

/** An <svg> chart for the data, with a title and description for screen readers. */
export function renderChart(data) {
  const kind = isTimeline(data.labels) ? "line" : "bar";
  const title = `${data.numberColumn} by ${data.labelColumn}`;
  const body = kind === "line" ? lineChart(data) : barChart(data);
  const chart = svg(
    "svg",
    {
      class: `chart chart-${kind}`,
      viewBox: `0 0 ${body.width} ${body.height}`,
      role: "img",
      "aria-label": `${kind} chart: ${title}`,
    },
    svg("title", {}, title),
    ...body.nodes,
  );
  return chart;
}

function barChart({ labels, values }) {
  const width = 600;
  const labelWidth = 180;
  const valueWidth = 80;
  const row = 24;
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const span = high - low || 1;
  const plot = width - labelWidth - valueWidth;
  const x = (v) => labelWidth + ((v - low) / span) * plot;
  const nodes = labels.flatMap((label, i) => {
    const y = i * row;
    const start = Math.min(x(0), x(values[i]));
    return [
      svg("text", { x: labelWidth - 8, y: y + 16, class: "chart-label", "text-anchor": "end" }, shorten(label, 24)),
      svg("rect", { x: start, y: y + 4, width: Math.max(1, Math.abs(x(values[i]) - x(0))), height: row - 8, class: "chart-bar" }),
      svg("text", { x: width - valueWidth + 8, y: y + 16, class: "chart-value" }, formatValue(values[i])),
    ];
  });
  return { width, height: labels.length * row, nodes };
}

function lineChart({ labels, values }) {
  const width = 600;
  const height = 240;
  const pad = { left: 60, right: 16, top: 16, bottom: 32 };
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span = high - low || 1;
  const x = (i) => pad.left + (i / Math.max(1, labels.length - 1)) * (width - pad.left - pad.right);
  const y = (v) => height - pad.bottom - ((v - low) / span) * (height - pad.top - pad.bottom);
  const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" ");
  const nodes = [
    svg("line", { x1: pad.left, y1: height - pad.bottom, x2: width - pad.right, y2: height - pad.bottom, class: "chart-axis" }),
    svg("polyline", { points, class: "chart-line" }),
    ...values.map((v, i) => svg("circle", { cx: x(i), cy: y(v), r: 3, class: "chart-dot" }, svg("title", {}, `${labels[i]}: ${formatValue(v)}`))),
    svg("text", { x: pad.left - 6, y: y(high) + 4, class: "chart-value", "text-anchor": "end" }, formatValue(high)),
    svg("text", { x: pad.left - 6, y: y(low) + 4, class: "chart-value", "text-anchor": "end" }, formatValue(low)),
    svg("text", { x: pad.left, y: height - 10, class: "chart-label" }, shorten(labels[0], 20)),
    svg("text", { x: width - pad.right, y: height - 10, class: "chart-label", "text-anchor": "end" }, shorten(labels[labels.length - 1], 20)),
  ];
  return { width, height, nodes };
}
