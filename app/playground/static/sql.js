// A small SQL tokenizer, formatter and highlighter. It never drops or changes a character of
// the statement except whitespace between tokens, so the formatted SQL means the same thing.

import { el } from "./dom.js";

const KEYWORDS = new Set(
  `ALL AND ANY AS ASC BETWEEN BY CASE CROSS DELETE DESC DISTINCT ELSE END EXCEPT EXISTS
  FALSE FETCH FILTER FIRST FROM FULL GROUP HAVING ILIKE IN INNER INSERT INTERSECT INTO IS JOIN
  LEFT LIKE LIMIT MATCHED MERGE NATURAL NEXT NOT NULL OFFSET ON ONLY OR ORDER OUTER OVER
  PARTITION QUALIFY RANGE RECURSIVE RIGHT ROWS SELECT SET THEN TOP TRUE UNION UPDATE USING
  VALUES WHEN WHERE WINDOW WITH`.split(/\s+/),
);
// Keywords that start a clause on a new line (at the top level of a query or subquery).
const CLAUSES = new Set(
  `SELECT FROM WHERE GROUP ORDER HAVING LIMIT OFFSET UNION INTERSECT EXCEPT WITH VALUES SET
  JOIN LEFT RIGHT INNER FULL CROSS NATURAL QUALIFY WINDOW FETCH`.split(/\s+/),
);
const JOIN_PREFIXES = new Set(["LEFT", "RIGHT", "INNER", "FULL", "CROSS", "NATURAL", "OUTER"]);

const PATTERNS = [
  ["space", /\s+/y],
  ["comment", /--[^\n]*|\/\*[\s\S]*?(?:\*\/|$)/y],
  ["string", /'(?:[^']|'')*(?:'|$)/y],
  ["ident", /"(?:[^"]|"")*(?:"|$)|`(?:[^`]|``)*(?:`|$)|\[[^\]]*(?:\]|$)/y],
  ["number", /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y],
  ["word", /[A-Za-z_][A-Za-z0-9_$]*/y],
  ["op", /<>|<=|>=|!=|\|\||::|[^\sA-Za-z0-9_]/y],
];

/** The statement as a list of {type, text}; concatenating the texts gives it back exactly. */
export function tokenize(sql) {
  const tokens = [];
  let at = 0;
  while (at < sql.length) {
    let matched = false;
    for (const [type, pattern] of PATTERNS) {
      pattern.lastIndex = at;
      const found = pattern.exec(sql);
      if (found && found[0].length > 0) {
        tokens.push({ type, text: found[0] });
        at += found[0].length;
        matched = true;
        break;
      }
    }
    if (!matched) {
      tokens.push({ type: "op", text: sql[at] });
      at += 1;
    }
  }
  return classifyWords(tokens);
}

function classifyWords(tokens) {
  const significant = tokens.filter((t) => t.type !== "space");
  significant.forEach((token, i) => {
    if (token.type !== "word") return;
    const next = significant[i + 1];
    if (KEYWORDS.has(token.text.toUpperCase())) token.type = "keyword";
    else if (next && next.text === "(") token.type = "function";
  });
  return tokens;
}

/**
 * Tokens laid out one clause a line, subqueries indented. Whitespace is only ever collapsed
 * or turned into a line break, never added between tokens the model wrote together, so
 * operators like `->>` or `:name` keep their meaning.
 */
export function formatTokens(tokens) {
  const out = [];
  const subquery = []; // per open parenthesis: does it hold a query?
  let spaced = false; // was there whitespace before the current token?
  let previous = null; // the previous significant token
  tokens.forEach((token, i) => {
    if (token.type === "space") {
      spaced = true;
      return;
    }
    const upper = token.type === "keyword" ? token.text.toUpperCase() : "";
    const afterPrefix = previous && JOIN_PREFIXES.has(previous.text.toUpperCase());
    const continues = (upper === "JOIN" || upper === "OUTER") && afterPrefix;
    const atQueryLevel = subquery.length === 0 || subquery[subquery.length - 1];
    const qualified = previous && previous.text === ".";
    const breaks = CLAUSES.has(upper) && atQueryLevel && !continues && !qualified;
    if (previous) {
      if (breaks) out.push({ type: "space", text: "\n" + "  ".repeat(subquery.length) });
      else if (spaced || previous.type === "comment") out.push({ type: "space", text: lineOrSpace(previous, subquery) });
    }
    out.push(token);
    if (token.text === "(") subquery.push(startsQuery(tokens, i + 1));
    else if (token.text === ")") subquery.pop();
    previous = token;
    spaced = false;
  });
  return out;
}

function lineOrSpace(previous, subquery) {
  // A line comment runs to the end of its line: what follows must start a new one.
  return previous.type === "comment" && previous.text.startsWith("--")
    ? "\n" + "  ".repeat(subquery.length)
    : " ";
}

function startsQuery(tokens, from) {
  const next = tokens.slice(from).find((t) => t.type !== "space");
  return Boolean(next && /^(SELECT|WITH)$/i.test(next.text));
}

const CLASSES = {
  keyword: "tok-kw",
  function: "tok-fn",
  string: "tok-str",
  number: "tok-num",
  comment: "tok-cmt",
  ident: "tok-id",
  op: "tok-op",
};

/** Fill `pre` with the formatted, highlighted statement (spans whose text is set as text). */
export function renderSql(pre, sql) {
  const nodes = formatTokens(tokenize(sql)).map((token) => {
    const cls = CLASSES[token.type];
    return cls ? el("span", { class: cls }, token.text) : document.createTextNode(token.text);
  });
  pre.replaceChildren(...nodes);
}
