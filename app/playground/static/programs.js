// The programs view: every compiled program, how it was made, how it scored, which is active.

import { el } from "./dom.js";

const Z_95 = 1.959963984540054;

/** The 95% Wilson interval of k successes in n trials (as in optimizer/stats.py). */
export function wilson(k, n) {
  if (!n) return [0, 0];
  const p = k / n;
  const z2 = Z_95 * Z_95;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (Z_95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

const percent = (x) => `${(100 * x).toFixed(1)}%`;

function scoreText(score) {
  if (!score || typeof score.n !== "number" || typeof score.correct !== "number") return "–";
  const [low, high] = Array.isArray(score.interval) ? score.interval : wilson(score.correct, score.n);
  const rate = score.n ? score.correct / score.n : 0;
  return `${percent(rate)} (${score.correct}/${score.n}) [${(100 * low).toFixed(1)}–${(100 * high).toFixed(1)}]`;
}

function settingsText(settings) {
  if (!settings || typeof settings !== "object") return "";
  return Object.entries(settings)
    .map(([name, value]) => `${name}=${typeof value === "object" ? JSON.stringify(value) : value}`)
    .join(", ");
}

function demosText(program) {
  if (program.similar_demos) return `${program.similar_demos} per question (of ${program.demo_pool})`;
  return String(program.demos);
}

function fact(term, value) {
  return [el("dt", {}, term), el("dd", {}, value === undefined || value === null || value === "" ? "–" : String(value))];
}

function programCard(program, onActivate) {
  const meta = program.meta || {};
  const optimizer = meta.optimizer || {};
  const scores = meta.scores || {};
  const name = el("h3", {}, program.name);
  const head = el("div", { class: "program-head" }, name);
  if (program.active) head.append(el("span", { class: "badge valid" }, "active"));
  else {
    const button = el("button", { type: "button", class: "secondary activate", "data-program": program.name }, "Activate");
    button.addEventListener("click", () => onActivate(program.name, button));
    head.append(button);
  }
  const facts = el(
    "dl",
    { class: "facts" },
    fact("Optimizer", [optimizer.name, settingsText(optimizer.settings)].filter(Boolean).join(" · ")),
    fact("Model", meta.lm?.model),
    fact("Module", program.chain_of_thought ? "ChainOfThought" : "Predict"),
    fact("Demos", demosText(program)),
    fact("Version", program.version),
    fact("Compiled", meta.created_at),
  );
  const table = el(
    "table",
    { class: "scores" },
    el("caption", {}, "Execution accuracy, 95% Wilson interval"),
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "split"), el("th", { scope: "col" }, "execution accuracy"), el("th", { scope: "col" }, "valid"), el("th", { scope: "col" }, "mean attempts"))),
    el(
      "tbody",
      {},
      ["val", "test"].map((split) => {
        const score = scores[split];
        return el(
          "tr",
          {},
          el("th", { scope: "row" }, split === "val" ? "validation" : "test"),
          el("td", {}, scoreText(score)),
          el("td", {}, score && typeof score.valid_rate === "number" ? percent(score.valid_rate) : "–"),
          el("td", {}, score && typeof score.mean_attempts === "number" ? score.mean_attempts.toFixed(2) : "–"),
        );
      }),
    ),
  );
  const scored = Object.keys(scores).length > 0;
  return el(
    "article",
    { class: program.active ? "card program active" : "card program", "data-program": program.name },
    head,
    optimizer.summary ? el("p", { class: "subtle" }, optimizer.summary) : null,
    facts,
    scored ? el("div", { class: "table-wrap" }, table) : el("p", { class: "subtle" }, "Not scored (no optimizer metadata)."),
  );
}

/** Fill `container` with one card per program (active first) and the refused files. */
export function renderPrograms(container, listing, onActivate) {
  const programs = [...listing.programs].sort((a, b) => Number(b.active) - Number(a.active));
  const refused = Object.entries(listing.refused || {});
  container.replaceChildren(...programs.map((program) => programCard(program, onActivate)));
  if (refused.length) {
    container.append(
      el(
        "section",
        { class: "card" },
        el("h3", {}, "Refused program files"),
        el("ul", { class: "issues" }, refused.map(([name, why]) => el("li", {}, `${name}: ${why}`))),
      ),
    );
  }
}
