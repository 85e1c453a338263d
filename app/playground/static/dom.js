// Every node is built with createElement and text nodes: nothing from the model, a schema,
// a database or the user is ever parsed as HTML.

/** An element with attributes (fixed by our code) and children (nodes or plain text). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttributes(node, attrs);
  node.append(...kept(children));
  return node;
}

/** An SVG element (charts); same rules as el(). */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  setAttributes(node, attrs);
  node.append(...kept(children));
  return node;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

function setAttributes(node, attrs) {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "class") node.setAttribute("class", String(value));
    else node.setAttribute(name, value === true ? "" : String(value));
  }
}

function kept(children) {
  return children
    .flat()
    .filter((child) => child !== null && child !== undefined && child !== false)
    .map((child) => (child instanceof Node ? child : String(child)));
}
