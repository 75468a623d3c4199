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

/** The output's words — status labels and words, grade names, the disclaimer — as the server
 * writes them (nm_trafficking/words.py and the statute data, through the builder's catalog):
 * never written out here. Filled by setWords when the catalog arrives. */
export const WORDS = { statuses: {}, grades: [], disclaimer: "" };

/** Take the catalog's words; the page's disclaimer ([data-words=disclaimer]) shows the one
 * every result carries, its head in bold. */
export function setWords(words) {
  Object.assign(WORDS, words || {});
  const [head, ...rest] = WORDS.disclaimer.split(": ");
  for (const el of $$("[data-words=disclaimer]")) {
    fill(el, rest.length ? [h("b", {}, `${head}:`), " ", rest.join(": ")] : head);
  }
}

const ICON = { met: "✔", not_met: "✘", undetermined: "?", absent: "–" };

/** A status as text and colour: "✔ MET". */
export function badge(status) {
  const said = WORDS.statuses[status];
  const text = said ? said.label : words(status).toUpperCase();
  return h("span", { class: `status status-${status}` }, h("span", { "aria-hidden": "true" }, (ICON[status] || "") + " "), text);
}

/** A grade by its id or its short form (first, second, ...), from the catalog. */
export function grade(value) {
  return WORDS.grades.find((g) => g.id === value || g.short === value);
}

/** An id of the output in words: a status's words, a grade's name, else spaces for underscores. */
export function words(value) {
  if (value === null || value === undefined) return "none";
  if (Array.isArray(value)) return value.map(words).join(", ") || "none";
  if (WORDS.statuses[value]) return WORDS.statuses[value].words;
  const g = WORDS.grades.find((x) => x.id === value);
  return g ? g.name : String(value).replaceAll("_", " ");
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

/** The dates a fact pattern takes (the server's bounds, from the builder's catalog). */
export const DATES = { earliest: "1850-01-01", latest: "2200-12-31" };

/** What is wrong with a complete date, in the user's words; null when it can be sent. */
export function dateProblem(value) {
  if (!value) return null;
  if (value < DATES.earliest) return `the date must be on or after ${DATES.earliest}`;
  if (value > DATES.latest) return `the date must be on or before ${DATES.latest}`;
  return null;
}

/** A date field sends only complete dates within the bounds: while the year is typed, the
 * browser reports 0002, 0020, 0201 (each a "change"); those wait. A whole year out of bounds,
 * or a date still incomplete when the field is left, is named beside the field, once. Empty
 * (cleared) is sent as "not known"; a half-cleared field (the browser's badInput) waits. */
export function guardDate(input, commit) {
  input.min = DATES.earliest;
  input.max = DATES.latest;
  let sent = input.value;
  const noteId = (input.id || nextId("date")) + "-date-error";
  const clearNote = () => {
    const old = document.getElementById(noteId);
    if (old) old.remove();
    if (input.getAttribute("aria-describedby") === noteId) input.removeAttribute("aria-describedby");
    input.removeAttribute("aria-invalid");
  };
  const check = () => {
    const problem = input.validity.badInput ? "the date is not complete" : dateProblem(input.value);
    if (!problem) return;
    const old = document.getElementById(noteId);
    if (old && old.textContent === problem) return; // said once
    if (old) old.remove();
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", noteId);
    input.after(h("span", { class: "field-error", id: noteId, role: "alert" }, problem));
  };
  input.addEventListener("change", () => {
    const value = input.value;
    if (input.validity.badInput) return; // a part still empty
    if (dateProblem(value)) {
      // a year of fewer than four digits is still being typed; a whole one is out of bounds
      if (Number(value.split("-")[0]) >= 1000) check();
      return;
    }
    clearNote();
    if (value === sent) return;
    sent = value;
    commit(value);
  });
  input.addEventListener("blur", check);
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") check();
  });
  return input;
}

/** A new date field (attributes as for h) guarded by guardDate. */
export function dateInput(attrs, commit) {
  return guardDate(h("input", { ...attrs, type: "date" }), commit);
}
