// Small DOM helpers. Text is always set as text (never parsed as HTML).

/** Create an element: h("p", {class: "x", for: "id"}, "text", child, ...). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      el.addEventListener(key.slice(2), value);
    } else if (key === "class") {
      el.className = value;
    } else if (key === "dataset") {
      Object.assign(el.dataset, value);
    } else if (key in el && typeof value !== "string") {
      el[key] = value;
    } else {
      el.setAttribute(key, value === true ? "" : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replace the children of `el`. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

export const $ = (sel, root = document) => root.querySelector(sel);
export const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));

const STATUS = {
  met: ["MET", "✔"],
  not_met: ["NOT MET", "✘"],
  undetermined: ["UNDETERMINED", "?"],
  absent: ["ABSENT", "–"],
};

/** A status as text and colour: "✔ MET". */
export function badge(status) {
  const [text, icon] = STATUS[status] || [String(status).toUpperCase(), ""];
  return h("span", { class: `status status-${status}` }, h("span", { "aria-hidden": "true" }, icon + " "), text);
}

export function words(value) {
  if (value === null || value === undefined) return "none";
  if (Array.isArray(value)) return value.map(words).join(", ") || "none";
  return String(value).replaceAll("_", " ");
}

/** Offer text as a file download. */
export function download(filename, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h("a", { href: url, download: filename, class: "visually-hidden" }, filename);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

let uid = 0;
export function nextId(prefix) {
  uid += 1;
  return `${prefix}-${uid}`;
}
