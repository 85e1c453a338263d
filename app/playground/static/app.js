// The playground page: ask a question, see the checked SQL (and rows), browse programs.

import { ApiError, callApi, explain } from "./api.js";
import { chartData, renderChart } from "./chart.js";
import { clear, el } from "./dom.js";
import { renderPrograms } from "./programs.js";
import { renderSql } from "./sql.js";

const KEY_STORE = "text2sql.apiKey";
const ADMIN_STORE = "text2sql.adminToken";
const EXAMPLE = {
  question: "How many employees does each department have?",
  schema:
    "CREATE TABLE employees (id INT PRIMARY KEY, name TEXT, department TEXT, salary REAL);\n" +
    "INSERT INTO employees VALUES (1, 'Ana', 'Sales', 52000), (2, 'Bo', 'IT', 61000);",
};

const $ = (id) => document.getElementById(id);
const store = {
  get: (name) => sessionStorage.getItem(name) || "",
  set: (name, value) => (value ? sessionStorage.setItem(name, value) : sessionStorage.removeItem(name)),
};

let inFlight = null; // {controller, timer}
let lastAnswer = null; // {request, response}: what the copy buttons copy
// The conversation so far: {question, sql} of each valid answer, oldest first. A follow-up
// sends it as `history`; a new schema, database or dialect starts a new conversation.
let conversation = [];
const MAX_HISTORY = 5; // the server's default TEXT2SQL_MAX_HISTORY_TURNS

// ---------- errors ----------

function showError(box, error, options) {
  if (!(error instanceof ApiError)) error = new ApiError(-1, "client_error", String(error?.message || error));
  // A problem found before sending (status -1) is already said in words; a server's error
  // gets an explanation plus its code and message, for whoever debugs it.
  const fromServer = error.status >= 0;
  box.replaceChildren(
    el("p", { class: "error-title" }, fromServer ? explain(error, options) : error.message),
    fromServer && error.status > 0 ? el("p", { class: "error-detail" }, `${error.status} ${error.code}: ${error.message}`) : null,
    error.requestId ? el("p", { class: "error-detail" }, `request id: ${error.requestId}`) : null,
  );
  box.dataset.status = String(error.status);
  box.hidden = false;
}

function hideError(box) {
  box.hidden = true;
  clear(box);
  delete box.dataset.status;
}

// ---------- the request ----------

function requestBody() {
  const body = { question: $("question").value.trim() };
  const database = $("database-field").hidden ? "" : $("database").value;
  if (database) {
    body.database = database;
    body.execute = $("execute").checked;
  } else {
    body.schema = $("schema").value;
  }
  if ($("dialect").value) body.dialect = $("dialect").value;
  if ($("program").value) body.program = $("program").value;
  if (conversation.length && $("follow-up").checked) body.history = conversation.slice(-MAX_HISTORY);
  return body;
}

function showConversation() {
  const n = conversation.length;
  $("follow-up-field").hidden = n === 0;
  $("follow-up-label").textContent =
    n === 1 ? `Follow up on “${conversation[0].question}”` : `Follow up on the ${n} questions so far`;
}

function startOver() {
  conversation = [];
  showConversation();
}

function missingInput(body) {
  if (!body.question) return ["question", "Type a question first."];
  if (!body.database && !body.schema.trim()) return ["schema", "Paste a schema (CREATE TABLE statements) or pick a database."];
  return null;
}

function shellQuote(text) {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** The same request as a curl command; the key is a variable, never the key itself. */
function curlLine(body, withKey) {
  const url = new URL("sql", document.baseURI).href;
  const parts = ["curl -s", shellQuote(url), "-H 'Content-Type: application/json'"];
  if (withKey) parts.push(`-H "Authorization: Bearer $TEXT2SQL_API_KEY"`);
  parts.push("-d", shellQuote(JSON.stringify(body)));
  return parts.join(" ");
}

function startProgress() {
  const started = performance.now();
  const controller = new AbortController();
  const tick = () => {
    const seconds = Math.floor((performance.now() - started) / 1000);
    $("progress").textContent = `Asking the model and checking its SQL… ${seconds} s`;
  };
  tick();
  inFlight = { controller, timer: setInterval(tick, 250) };
  $("ask").disabled = true;
  $("cancel").hidden = false;
  document.body.classList.add("busy");
  return controller;
}

function stopProgress(note = "") {
  if (inFlight) clearInterval(inFlight.timer);
  inFlight = null;
  $("ask").disabled = false;
  $("cancel").hidden = true;
  $("progress").textContent = note;
  document.body.classList.remove("busy");
}

async function ask(event) {
  event.preventDefault();
  if (inFlight) return;
  hideError($("error"));
  const body = requestBody();
  const missing = missingInput(body);
  if (missing) {
    showError($("error"), new ApiError(-1, "missing_input", missing[1]));
    $(missing[0]).focus();
    return;
  }
  const controller = startProgress();
  try {
    const response = await callApi("sql", { method: "POST", body, token: store.get(KEY_STORE), signal: controller.signal });
    stopProgress();
    renderAnswer(body, response);
  } catch (error) {
    if (error.name === "AbortError") {
      stopProgress("Cancelled.");
      return;
    }
    stopProgress();
    showError($("error"), error);
  }
}

function cancel() {
  if (inFlight) inFlight.controller.abort();
}

// ---------- the answer ----------

function fact(term, value) {
  if (value === undefined || value === null || value === "") return [];
  return [el("dt", {}, term), el("dd", {}, String(value))];
}

function list(values) {
  return Array.isArray(values) && values.length ? values.map(String).join(", ") : null;
}

function renderAnswer(request, response) {
  lastAnswer = { request, response };
  const valid = response.valid === true;
  if (valid) {
    // Only checked SQL is worth following: an invalid answer leaves the conversation as it was.
    conversation = [...(request.history || []), { question: request.question, sql: response.sql }];
    showConversation();
  }
  const badge = $("badge");
  badge.textContent = valid ? "valid" : "not valid";
  badge.className = valid ? "badge valid" : "badge invalid";
  $("asked").replaceChildren(
    el("span", { class: "subtle" }, request.history ? `Follow-up (after ${request.history.length}): ` : "Question: "),
    request.question,
  );
  renderSql($("sql"), response.sql || "");
  $("issues").replaceChildren(...(response.issues || []).map((issue) => el("li", {}, String(issue))));

  const candidates = response.candidates;
  const timing = response.timing_ms || {};
  $("facts").replaceChildren(
    ...fact("Attempts", response.attempts),
    ...fact(
      "Candidates",
      candidates ? `${candidates.made} made, ${candidates.valid} valid, ${candidates.agreeing} agreeing` : null,
    ),
    ...fact("Program", response.program ? `${response.program.name} · ${response.program.version}` : null),
    ...fact("Model", response.model),
    ...fact("Dialect", response.dialect),
    ...fact("Statement", response.statement_type),
    ...fact("Tables used", list(response.tables)),
    ...fact("Tables the model saw", list(response.tables_seen)),
    ...fact("Checker corrections", list(response.corrections)),
    ...fact("How the schema was read", list(response.schema_notes)),
    ...fact(
      "Time",
      typeof timing.total === "number" ? `${(timing.total / 1000).toFixed(2)} s (model ${((timing.lm || 0) / 1000).toFixed(2)} s)` : null,
    ),
    ...fact("Tokens", response.usage ? `${response.usage.prompt_tokens} in, ${response.usage.completion_tokens} out` : null),
  );
  renderResults($("results"), response);
  $("curl").textContent = curlLine(request, Boolean(store.get(KEY_STORE)));
  $("answer").hidden = false;
}

function columnName(column) {
  return column && typeof column === "object" ? String(column.name ?? "") : String(column);
}

function cellText(value) {
  if (value === null || value === undefined) return "NULL";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

function renderResults(container, response) {
  clear(container);
  if (!Array.isArray(response.columns) || !Array.isArray(response.rows)) return;
  const columns = response.columns.map(columnName);
  // Rows may come as lists or as objects keyed by column name.
  const rows = response.rows.map((row) => (Array.isArray(row) ? row : columns.map((c) => row?.[c])));
  const table = el(
    "table",
    { class: "rows" },
    el("thead", {}, el("tr", {}, columns.map((c) => el("th", { scope: "col" }, c)))),
    el("tbody", {}, rows.map((row) => el("tr", {}, row.map((value) => el("td", { class: value === null ? "null" : null }, cellText(value)))))),
  );
  const count = `${rows.length} row${rows.length === 1 ? "" : "s"}${response.rows_truncated ? " (more rows exist; only these came back)" : ""}`;
  const data = chartData(columns, rows);
  container.append(
    el("h3", {}, "Result"),
    el("p", { class: "subtle", id: "row-count" }, count),
    el("div", { class: "table-wrap" }, table),
  );
  // append() writes a null argument as the text "null": add the chart only when there is one.
  if (data) container.append(el("figure", { class: "chart-wrap" }, renderChart(data)));
}

async function copy(text, button, shown) {
  const label = button.textContent;
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = "Copied";
  } catch {
    // No clipboard API (a plain-http page on another host): select the text to copy by hand.
    const range = document.createRange();
    range.selectNodeContents(shown);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    button.textContent = "Selected: press Ctrl+C";
  }
  setTimeout(() => (button.textContent = label), 1500);
}

// ---------- access, programs and databases ----------

function keyStatus() {
  $("key-status").textContent = store.get(KEY_STORE)
    ? "A key is set for this tab; it is sent as Authorization: Bearer."
    : "No key set: requests go without one.";
}

async function loadPrograms() {
  hideError($("programs-error"));
  $("programs-status").textContent = "Loading programs…";
  try {
    const listing = await callApi("programs", { token: store.get(KEY_STORE) });
    renderPrograms($("programs"), listing, activate);
    fillProgramPicker(listing);
    $("programs-status").textContent = `${listing.programs.length} programs; active: ${listing.active}.`;
  } catch (error) {
    $("programs-status").textContent = "";
    clear($("programs"));
    showError($("programs-error"), error);
  }
}

function fillProgramPicker(listing) {
  const picker = $("program");
  const chosen = picker.value;
  picker.replaceChildren(
    el("option", { value: "" }, `the active one (${listing.active})`),
    ...listing.programs.map((p) => el("option", { value: p.name }, p.name)),
  );
  if (listing.programs.some((p) => p.name === chosen)) picker.value = chosen;
}

async function activate(name, button) {
  const token = store.get(ADMIN_STORE);
  hideError($("programs-error"));
  if (!token) {
    showError($("programs-error"), new ApiError(-1, "missing_token", "Type the admin token above first, then press Activate."));
    $("admin-token").focus();
    return;
  }
  button.disabled = true;
  try {
    const encoded = encodeURIComponent(name);
    const listing = await callApi(`admin/programs/${encoded}/activate`, { method: "POST", token });
    renderPrograms($("programs"), listing, activate);
    fillProgramPicker(listing);
    $("programs-status").textContent = `${name} is now active.`;
  } catch (error) {
    button.disabled = false;
    showError($("programs-error"), error, { admin: true });
  }
}

/** Shows the database picker only when the server lists databases (GET /databases). */
async function loadDatabases() {
  let names = [];
  try {
    const listing = await callApi("databases", { token: store.get(KEY_STORE) });
    const items = Array.isArray(listing) ? listing : listing?.databases || [];
    names = items.map((item) => (typeof item === "string" ? { name: item } : item)).filter((d) => d && d.name);
  } catch {
    names = []; // 404 (no databases on this server) or no access: paste a schema instead
  }
  const picker = $("database");
  picker.replaceChildren(
    el("option", { value: "" }, "none: paste a schema"),
    ...names.map((d) => el("option", { value: String(d.name) }, d.dialect ? `${d.name} (${d.dialect})` : String(d.name))),
  );
  $("database-field").hidden = names.length === 0;
  databaseChanged();
}

function databaseChanged() {
  const chosen = !$("database-field").hidden && $("database").value !== "";
  $("schema-field").hidden = chosen;
  $("execute-field").hidden = !chosen;
}

function refreshAll() {
  keyStatus();
  loadPrograms();
  loadDatabases();
}

// ---------- views ----------

function showView(name) {
  for (const view of ["ask", "programs"]) {
    $(`view-${view}`).hidden = view !== name;
    $(`tab-${view}`).setAttribute("aria-selected", String(view === name));
  }
  if (location.hash !== `#${name}`) history.replaceState(null, "", `#${name}`);
}

function start() {
  $("schema").value = EXAMPLE.schema;
  $("question").value = EXAMPLE.question;
  $("api-key").value = store.get(KEY_STORE);
  $("admin-token").value = store.get(ADMIN_STORE);

  $("ask-form").addEventListener("submit", ask);
  $("cancel").addEventListener("click", cancel);
  $("database").addEventListener("change", databaseChanged);
  $("start-over").addEventListener("click", startOver);
  for (const [id, event] of [["schema", "input"], ["database", "change"], ["dialect", "change"]]) {
    $(id).addEventListener(event, startOver);
  }
  $("copy-sql").addEventListener("click", (e) => lastAnswer && copy(lastAnswer.response.sql, e.currentTarget, $("sql")));
  $("copy-curl").addEventListener("click", (e) => copy($("curl").textContent, e.currentTarget, $("curl")));
  $("key-form").addEventListener("submit", (e) => {
    e.preventDefault();
    store.set(KEY_STORE, $("api-key").value.trim());
    refreshAll();
  });
  $("forget-key").addEventListener("click", () => {
    $("api-key").value = "";
    store.set(KEY_STORE, "");
    refreshAll();
  });
  $("admin-form").addEventListener("submit", (e) => {
    e.preventDefault();
    store.set(ADMIN_STORE, $("admin-token").value.trim());
    $("programs-status").textContent = store.get(ADMIN_STORE) ? "Admin token set for this tab." : "Admin token cleared.";
  });
  $("refresh-programs").addEventListener("click", loadPrograms);
  $("tab-ask").addEventListener("click", () => showView("ask"));
  $("tab-programs").addEventListener("click", () => showView("programs"));

  showView(location.hash === "#programs" ? "programs" : "ask");
  refreshAll();
}

start();
