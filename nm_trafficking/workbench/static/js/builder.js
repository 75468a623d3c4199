// The guided fact-pattern builder: persons, acts (each fact yes / no / unknown with the
// statute's words beside it), indicators observed; import and export; the assessment updated as
// facts change, with what changed and what is still needed.

import { h, fill, $, $$, DATES, dateInput, download, guardDate, setWords, words } from "./dom.js";
import { get, post } from "./api.js";
import { renderBar, renderChanges, renderElements, renderQuestions, renderSummary } from "./results.js";

let catalog = null;
const state = {
  pattern: emptyPattern(),
  sentOk: null, // the last pattern the server accepted (JSON text)
  result: null,
  previous: null, // the summary shown before the last edit (what "What changed" compares with)
  undo: [],
  asOf: "",
  law: "all", // the laws to assess (as --law): all, nm or federal
  seq: 0,
  elementsOpen: false, // the element trees were asked for: kept up to date with each edit
};

function emptyPattern() {
  return { title: "", description: "", persons: [], conduct: [], observations: [] };
}

const copy = (x) => JSON.parse(JSON.stringify(x));

function getPath(obj, path) {
  return path.split(".").reduce((o, k) => (o == null ? undefined : o[k]), obj);
}

function setPath(obj, path, value) {
  const keys = path.split(".");
  let o = obj;
  for (const k of keys.slice(0, -1)) {
    if (typeof o[k] !== "object" || o[k] === null) o[k] = {};
    o = o[k];
  }
  const last = keys[keys.length - 1];
  if (value === undefined || value === null || value === "") delete o[last];
  else o[last] = value;
}

/** The pattern as sent: no empty text, no UI-only keys, no empty parts. */
function clean(value) {
  if (Array.isArray(value)) return value.map(clean);
  if (value && typeof value === "object") {
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      if (k.startsWith("__") || v === "" || v === null || v === undefined) continue;
      const c = clean(v);
      if (c && typeof c === "object" && !Array.isArray(c) && Object.keys(c).length === 0) continue;
      out[k] = c;
    }
    return out;
  }
  return value;
}

function payloadPattern() {
  const p = clean(state.pattern);
  p.persons = p.persons || [];
  return p;
}

function dates() {
  return state.asOf ? { as_of: state.asOf } : {};
}

/** The dates and the laws every assessment is asked for with (a body's or a query's fields). */
function options() {
  return { ...dates(), law: state.law };
}

// --- talking to the server --------------------------------------------------------------

function status(message, kind = "info") {
  const el = $("#builder-status");
  delete el.dataset.errors;
  fill(el, message ? h("p", { class: `message ${kind}` }, message) : null);
}

function locWords(loc) {
  const m = /^(persons|conduct|observations)\[(\d+)\](.*)$/.exec(loc);
  if (!m) return loc || "the fact pattern";
  const i = Number(m[2]);
  const item = (state.pattern[m[1]] || [])[i] || {};
  const noun = { persons: "Person", conduct: "Act", observations: "Indicator" }[m[1]];
  const rest = m[3].replace(/^\./, "").replaceAll("_", " ");
  return `${noun} ${i + 1}${item.id ? ` (${item.id})` : ""}${rest ? ": " + rest : ""}`;
}

function showErrors(data) {
  $$("[data-server-invalid]").forEach((el) => {
    el.removeAttribute("aria-invalid");
    el.removeAttribute("data-server-invalid");
  });
  $$(".field-error.from-server").forEach((el) => el.remove());
  const errors = (data && data.errors) || [];
  if (!errors.length) return;
  for (const e of errors) {
    const field = $(`[data-loc="${CSS.escape(e.loc)}"]`);
    if (field) {
      field.setAttribute("aria-invalid", "true");
      field.dataset.serverInvalid = "";
      const id = field.id + "-error";
      field.setAttribute("aria-describedby", id);
      field.after(h("span", { class: "field-error from-server", id }, e.message));
    }
  }
  const el = $("#builder-status");
  // the same errors again (another keystroke): the alert is not redrawn, so it is said once
  const said = JSON.stringify(errors);
  if (el.dataset.errors === said && el.querySelector("[role=alert]")) return;
  el.dataset.errors = said;
  fill(
    el,
    h(
      "div",
      { class: "message error", role: "alert" },
      h("p", {}, "The fact pattern cannot be assessed yet. The assessment shown is the last valid one."),
      h("ul", {}, errors.map((e) => h("li", {}, `${locWords(e.loc)} — ${e.message}`))),
    ),
  );
}

/** Send the pattern: a what-if (change by path) when the last accepted pattern plus this one
 * change is the new pattern, else a full evaluation compared with the last accepted one. */
async function send(change, what, { compared = true } = {}) {
  const seq = ++state.seq;
  const pattern = payloadPattern();
  if (!pattern.persons.length) {
    state.sentOk = null;
    state.result = null;
    state.previous = null;
    showEmpty();
    return;
  }
  let response;
  if (change && change.base === state.sentOk && state.sentOk !== null) {
    response = await post("/workbench/whatif?detail=summary", {
      pattern: JSON.parse(state.sentOk),
      changes: [{ path: change.path, value: change.value === undefined ? null : change.value }],
      ...options(),
    });
  } else {
    const body = { pattern, ...options() };
    if (state.sentOk && compared) body.before = JSON.parse(state.sentOk);
    response = await post("/workbench/evaluate?detail=summary", body);
  }
  if (seq !== state.seq) return; // a newer edit is on its way
  if (!response.ok) {
    if (response.status === 422) showErrors(response.data);
    else status((response.data && response.data.message) || `error ${response.status}`, "error");
    $("#results").classList.add("stale");
    $("#status-bar").classList.add("stale");
    return;
  }
  showErrors({ errors: [] });
  status("");
  const laws = lawsAssessed().join();
  state.sentOk = JSON.stringify(pattern);
  // the summary the comparison's "before" is of (the pattern last accepted): its words are
  // what the screen said before this edit
  state.previous = state.result && state.result.assessment ? state.result.assessment.summary : null;
  state.result = response.data;
  showResult(what);
  // other laws assessed: the form shows the facts they test (lawsAssessed)
  if (lawsAssessed().join() !== laws) render();
}

function showEmpty() {
  $("#results").classList.remove("stale");
  fill($("#summary"), h("p", {}, "Add the persons involved, then what was done, to see an assessment."));
  renderBar($("#status-bar"), null);
  renderChanges($("#changes"), null);
  fill($("#questions"), h("p", {}, "Nothing yet."));
  timelineSeq += 1;
  fill($("#timeline"));
  closeElements();
}

function showResult(what) {
  const r = state.result;
  $("#results").classList.remove("stale");
  $("#status-bar").classList.remove("stale");
  const previous = r.comparison ? state.previous : null;
  renderSummary($("#summary"), r.assessment, r.comparison, r.limitation, previous, r.needed, r.helper_heads);
  renderBar($("#status-bar"), r.assessment.summary, r.comparison, what);
  renderChanges($("#changes"), r.comparison, what, state.undo.length ? undo : null, { before: previous, after: r.assessment.summary });
  renderQuestions($("#questions"), r.questions, answerQuestion, r.assessment.summary);
  $("#show-elements").disabled = false;
  if (state.elementsOpen) showElements();
  showTimeline();
}

// --- the timeline: drawn by the service from the same assessment's summary ---------------

let timelineSeq = 0;

/** Fetch the timeline (figures with their tables) of the pattern last assessed and show it.
 * The markup is the service's, escaped there and free of script; it is parsed, never run. */
async function showTimeline() {
  const seq = ++timelineSeq;
  if (!state.sentOk) {
    fill($("#timeline"));
    return;
  }
  const query = new URLSearchParams({ view: "html", ...options() }).toString();
  const response = await post(`/timeline?${query}`, state.sentOk);
  if (seq !== timelineSeq) return; // a newer pattern on its way
  if (!response.ok) {
    fill($("#timeline"), h("p", { class: "message error" }, (response.data && response.data.message) || `error ${response.status}`));
    return;
  }
  const parsed = new DOMParser().parseFromString(response.text, "text/html");
  fill($("#timeline"), ...Array.from(parsed.body.children).map((node) => document.importNode(node, true)));
  // each picture at its own size, in a region that scrolls sideways (reachable by keyboard)
  for (const svg of $$("#timeline figure > svg")) {
    const label = svg.getAttribute("aria-label") || "Timeline";
    const box = h("div", { class: "timeline-scroll", tabindex: "0", role: "group", "aria-label": `${label} (scrolls sideways)` });
    svg.replaceWith(box);
    box.append(svg);
  }
}

// --- the element trees, on request (detail "elements") ----------------------------------

let elementsSeq = 0;

function closeElements() {
  state.elementsOpen = false;
  elementsSeq += 1;
  fill($("#tree"));
  const button = $("#show-elements");
  button.textContent = "Show elements";
  button.setAttribute("aria-expanded", "false");
  button.disabled = !state.sentOk;
}

/** Fetch the assessment at detail "elements" for the pattern last assessed, and show it. */
async function showElements() {
  const seq = ++elementsSeq;
  state.elementsOpen = true;
  const button = $("#show-elements");
  button.textContent = "Hide elements";
  button.setAttribute("aria-expanded", "true");
  if (!state.sentOk) return;
  fill($("#tree"), h("p", {}, "Loading the elements…"));
  const response = await post("/assess?detail=elements", { pattern: JSON.parse(state.sentOk), ...options() });
  if (seq !== elementsSeq) return; // closed, or a newer pattern on its way
  if (!response.ok) {
    fill($("#tree"), h("p", { class: "message error" }, (response.data && response.data.message) || `error ${response.status}`));
    return;
  }
  renderElements($("#tree"), response.data);
}

// --- editing ----------------------------------------------------------------------------

let typingTimer = null;

/** Apply `mutate` to the pattern, remember the previous one for undo, and send. */
function update(mutate, { change = null, rerender = false, what = null, undoable = true } = {}) {
  const before = JSON.stringify(payloadPattern());
  if (undoable) {
    state.undo.push(copy(state.pattern));
    if (state.undo.length > 50) state.undo.shift();
  }
  mutate(state.pattern);
  // "later": redrawn once the focus has moved on (a text field's change event comes as it is
  // left, before the next field has the focus), so the focus stays on the field it went to
  if (rerender === "later") setTimeout(render, 0);
  else if (rerender) render();
  send(change ? { ...change, base: before } : null, what);
}

function typed(mutate) {
  mutate(state.pattern);
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => send(null, null), 400);
}

function undo() {
  const previous = state.undo.pop();
  if (!previous) return;
  state.pattern = previous;
  render();
  send(null, "Undone: the previous version of the facts.");
}

function answerQuestion(path, value) {
  // path: conduct.ID.x.y or persons.ID.field
  const [head, id, ...rest] = splitPath(path);
  const list = head === "persons" ? state.pattern.persons : state.pattern.conduct;
  const item = list.find((x) => x.id === id);
  if (!item) return;
  const field = rest.join(".");
  update(
    () => {
      if (head === "persons") {
        delete item.age;
        delete item.birth_date;
        delete item.age_on;
        item.__mode = field === "age" ? "age" : "birth";
      }
      setPath(item, field, value);
    },
    { change: head === "conduct" ? { path, value } : null, rerender: true, what: `Answered: ${describe(path, value)}` },
  );
}

function splitPath(path) {
  // ids may contain dots: match the longest id of the right list
  const head = path.split(".")[0];
  const rest = path.slice(head.length + 1);
  const list = head === "persons" ? state.pattern.persons : state.pattern.conduct;
  const ids = list.map((x) => x.id).filter((id) => rest === id || rest.startsWith(id + "."));
  ids.sort((a, b) => b.length - a.length);
  const id = ids[0] || rest.split(".")[0];
  return [head, id, ...rest.slice(id.length + 1).split(".").filter(Boolean)];
}

function describe(path, value) {
  const fact = path.split(".").slice(2).join(".");
  const label = words(fact.replace(/\./g, " "));
  const v = value === true ? "yes" : value === false ? "no" : value === undefined || value === null ? "unknown" : value;
  return `${path.split(".")[1]} — ${label}: ${v}`;
}

// --- rendering the form ------------------------------------------------------------------

function personIds() {
  return state.pattern.persons.map((p) => p.id).filter(Boolean);
}

function selectOf(id, label, options, value, onchange, loc, { optional = false } = {}) {
  const select = h(
    "select",
    { id, "data-loc": loc, onchange: (ev) => onchange(ev.target.value) },
    optional ? h("option", { value: "" }, "— not stated —") : null,
    options.map(([v, text]) => h("option", { value: v, selected: v === value }, text)),
  );
  if (!optional && value && !options.some(([v]) => v === value))
    select.prepend(h("option", { value, selected: true }, `${value} (no such person)`));
  return h("div", { class: "field" }, h("label", { for: id }, label), select);
}

function textField(id, label, value, onchange, loc, attrs = {}) {
  return h(
    "div",
    { class: "field" },
    h("label", { for: id }, label),
    h("input", { id, type: "text", value: value || "", "data-loc": loc, onchange: (ev) => onchange(ev.target.value), ...attrs }),
  );
}

/** The person's keys the form shows (the others are named as "not shown"). */
const personKeys = () => new Set(["id", "roles", "age", "age_on", "birth_date", "__mode", ...(catalog.person_facts || []).map((f) => f.path)]);

function personRow(p, i) {
  const base = `p${i}`;
  const mode = p.__mode || (p.birth_date ? "birth" : p.age !== undefined ? "age" : "unknown");
  p.__mode = mode;
  const roles = h(
    "fieldset",
    { class: "roles" },
    h("legend", {}, "Roles (labels: conduct decides, but a consumer’s acts are read as the consumer’s own purchases unless stated)"),
    catalog.roles.map((r) => {
      const id = `${base}-role-${r}`;
      return h(
        "span",
        { class: "check" },
        h("input", {
          type: "checkbox",
          id,
          checked: (p.roles || []).includes(r),
          onchange: (ev) =>
            update((pat) => {
              const person = pat.persons[i];
              const set = new Set(person.roles || []);
              if (ev.target.checked) set.add(r);
              else set.delete(r);
              person.roles = catalog.roles.filter((x) => set.has(x));
            }),
        }),
        h("label", { for: id }, r),
      );
    }),
  );
  const ageInput =
    mode === "age"
      ? h(
          "div",
          { class: "row" },
          h(
            "div",
            { class: "field" },
            h("label", { for: `${base}-age` }, "Age (years)"),
            h("input", {
              id: `${base}-age`,
              type: "number",
              min: "0",
              max: "130",
              value: p.age ?? "",
              "data-loc": `persons[${i}].age`,
              onchange: (ev) =>
                update((pat) => setPath(pat.persons[i], "age", ev.target.value === "" ? undefined : Number(ev.target.value)), {
                  what: `Changed: ${p.id || "person"}'s age`,
                }),
            }),
          ),
          // "15 as of 10 January 2019": the date the age held (empty: taken as the age at the
          // time of each act)
          h(
            "div",
            { class: "field" },
            h("label", { for: `${base}-age-on` }, "Age as of (date; empty: at the time of each act)"),
            dateInput({ id: `${base}-age-on`, value: p.age_on || "", "data-loc": `persons[${i}].age_on` }, (v) =>
              update((pat) => setPath(pat.persons[i], "age_on", v), { what: `Changed: the date ${p.id || "person"}'s age held` }),
            ),
          ),
        )
      : mode === "birth"
        ? h(
            "div",
            { class: "field" },
            h("label", { for: `${base}-birth` }, "Date of birth"),
            dateInput({ id: `${base}-birth`, value: p.birth_date || "", "data-loc": `persons[${i}].birth_date` }, (v) =>
              update((pat) => setPath(pat.persons[i], "birth_date", v), {
                what: `Changed: ${p.id || "person"}'s date of birth`,
              }),
            ),
          )
        : null;
  const shownKeys = personKeys();
  const unshown = Object.entries(p).filter(([k, v]) => !shownKeys.has(k) && v !== undefined && v !== null && v !== "");
  return h(
    "fieldset",
    { class: "item person", "data-index": i },
    h("legend", {}, `Person ${i + 1}${p.id ? ": " + p.id : ""}`),
    textField(`${base}-id`, "Id (initials or a short name)", p.id, (v) =>
      update((pat) => {
        const old = pat.persons[i].id;
        pat.persons[i].id = v;
        for (const c of pat.conduct) {
          if (c.actor === old) c.actor = v;
          if (c.person === old) c.person = v;
          for (const a of c.accessories || []) if (a.person === old) a.person = v;
        }
        for (const o of pat.observations) {
          if (o.person === old) o.person = v;
          if (o.actor === old) o.actor = v;
        }
      }, { rerender: "later" }),
      `persons[${i}].id`,
      { autocomplete: "off", spellcheck: "false" },
    ),
    roles,
    h(
      "div",
      { class: "field" },
      h("label", { for: `${base}-agemode` }, "Age known as"),
      h(
        "select",
        {
          id: `${base}-agemode`,
          onchange: (ev) =>
            update(
              (pat) => {
                const person = pat.persons[i];
                person.__mode = ev.target.value;
                delete person.age;
                delete person.birth_date;
                delete person.age_on;
              },
              { rerender: true },
            ),
        },
        [
          ["unknown", "not known"],
          ["age", "age at the time of the conduct"],
          ["birth", "date of birth"],
        ].map(([v, t]) => h("option", { value: v, selected: v === mode }, t)),
      ),
    ),
    ageInput,
    // the person's yes / no / unknown facts (the catalog's `person_facts`: whether an Indian)
    (catalog.person_facts || []).map((f) => truthRadios(p, i, f, null, { of: "persons" })),
    unshown.length
      ? h(
          "div",
          { class: "message info not-shown", role: "note" },
          h("p", {}, "Stated in the facts, not shown in this form (kept as they are, and exported):"),
          h("ul", {}, unshown.map(([k, v]) => h("li", {}, `${words(k)}: ${v}`))),
        )
      : null,
    h(
      "button",
      { type: "button", class: "remove secondary", onclick: () => update((pat) => pat.persons.splice(i, 1), { rerender: true }) },
      `Remove person ${i + 1}${p.id ? " (" + p.id + ")" : ""}`,
    ),
  );
}

// Arrow keys move a radio group's choice one by one, each a "change": the value sent is the
// one the keys settle on (after a pause, or at once when the group is left), never each value
// passed on the way. A click or Space sends at once.
const SETTLE_MS = 700;
let arrowed = null; // the radio group an arrow key is moving
let pending = null; // {group, apply, timer}

function settle(group, apply, byArrows) {
  if (pending) {
    clearTimeout(pending.timer);
    if (pending.group !== group) pending.apply();
    pending = null;
  }
  if (!byArrows) {
    apply();
    return;
  }
  pending = { group, apply, timer: setTimeout(flushSettle, SETTLE_MS) };
}

function flushSettle() {
  if (!pending) return;
  const { apply, timer } = pending;
  clearTimeout(timer);
  pending = null;
  apply();
}

document.addEventListener("keydown", (ev) => {
  const t = ev.target;
  arrowed = t && t.type === "radio" && ev.key.startsWith("Arrow") ? t.name : null;
});
document.addEventListener("pointerdown", () => {
  arrowed = null;
});
document.addEventListener("focusout", (ev) => {
  const t = ev.target;
  if (pending && t && t.name === pending.group && !(ev.relatedTarget && ev.relatedTarget.name === pending.group)) flushSettle();
});
document.addEventListener("focusin", (ev) => {
  const t = ev.target;
  if (t && t.id && t.closest && t.closest(".col-form")) lastFocus = t.id;
});

/** A fact's yes / no / unknown. `whatif: false`: a fact the what-if cannot address by path (one
 * inside a list of the act, e.g. a helper's), sent with the whole pattern instead. `of:
 * "persons"`: a fact of the person `c` (the `i`th), its question naming the person, sent with
 * the whole pattern; `fact.help`, where given, is shown below as the group's description. */
function truthRadios(c, i, fact, group, { whatif = true, of = "conduct" } = {}) {
  const person = of === "persons";
  const name = `${person ? "p" : "c"}${i}-${fact.path}`;
  const value = getPath(c, fact.path);
  const current = value === true ? "yes" : value === false ? "no" : "unknown";
  const asked = fact.question || fact.label.charAt(0).toUpperCase() + fact.label.slice(1);
  const question = person
    ? asked.replaceAll("{person}", c.id || "this person")
    : asked.replaceAll("{actor}", c.actor || "the actor").replaceAll("{person}", c.person || "the person");
  const legendId = `${name}-q`;
  const helpId = fact.help ? `${name}-help` : null;
  return h(
    "div",
    { class: "fact", role: "radiogroup", "aria-labelledby": legendId, "aria-describedby": helpId, "data-path": fact.path },
    h("span", { class: "fact-question", id: legendId }, question, fact.description ? h("span", { class: "fact-description" }, ` (${fact.description})`) : null),
    ["yes", "no", "unknown"].map((choice) => {
      const id = `${name}-${choice}`;
      return h(
        "span",
        { class: `choice choice-${choice}` },
        h("input", {
          type: "radio",
          id,
          name,
          value: choice,
          checked: choice === current,
          onchange: () => {
            const v = choice === "yes" ? true : choice === "no" ? false : undefined;
            const apply = () =>
              update((pat) => setPath(pat[of][i], fact.path, v), {
                change: whatif && !person ? { path: `conduct.${c.id}.${fact.path}`, value: v } : null,
                what: `Changed: ${question} → ${choice}`,
              });
            settle(name, apply, arrowed === name);
          },
        }),
        h("label", { for: id }, choice === "yes" ? "Yes" : choice === "no" ? "No" : "Unknown"),
      );
    }),
    helpId ? h("p", { class: "hint fact-help", id: helpId }, fact.help) : null,
  );
}

// --- what the chosen verb and laws test (the catalog's "tested", from the statute model) ---

const FORM_KEYS = new Set(["id", "actor", "person", "act", "date", "believed_age", "county", "place", "in_indian_country", "accessories"]);

/** The persons who helped an act (NMSA § 30-1-13): per helper, who (a person other than the
 * actor, once per act), the four ways and the intent (yes / no / unknown, the catalog's facts),
 * what they did; add and remove. Every word from the catalog's `accessories`. */
function accessoriesSection(c, i) {
  const said = catalog.accessories;
  const list = c.accessories || [];
  const listed = new Set(list.map((a) => a.person));
  const free = personIds().filter((id) => id !== c.actor && !listed.has(id));
  const helper = (a, j) => {
    const base = `c${i}-acc${j}`;
    const who = a.person || "the helper";
    const people = personIds()
      .filter((id) => id === a.person || (id !== c.actor && !listed.has(id)))
      .map((id) => [id, id]);
    return h(
      "fieldset",
      { class: "item accessory", "data-index": j },
      h("legend", {}, `Helper ${j + 1}${a.person ? ": " + a.person : ""}`),
      selectOf(`${base}-person`, said.person, people, a.person, (v) =>
        update((pat) => { pat.conduct[i].accessories[j].person = v; }, { rerender: true }),
      `conduct[${i}].accessories[${j}].person`),
      said.facts.map((f) =>
        truthRadios(c, i, { ...f, path: `accessories.${j}.${f.path}`, question: f.question.replaceAll("{helper}", who) }, null, { whatif: false }),
      ),
      textField(`${base}-description`, said.description, a.description, (v) =>
        update((pat) => setPath(pat.conduct[i].accessories[j], "description", v), { rerender: "later" }),
      `conduct[${i}].accessories[${j}].description`, { autocomplete: "off" }),
      h(
        "button",
        {
          type: "button",
          class: "remove secondary",
          onclick: () => update((pat) => pat.conduct[i].accessories.splice(j, 1), { rerender: true }),
        },
        `Remove helper ${j + 1}${a.person ? " (" + a.person + ")" : ""} of act ${i + 1}`,
      ),
    );
  };
  return h(
    "fieldset",
    { class: "accessories", "data-element": "accessories" },
    h("legend", {}, said.label),
    h("p", { class: "statute" }, "Statute: ", h("q", {}, said.statute_words), ` (${said.cited})`),
    h("p", { class: "hint" }, said.hint),
    list.map(helper),
    h(
      "button",
      {
        type: "button",
        id: `c${i}-add-helper`,
        class: "secondary",
        disabled: !free.length,
        onclick: () =>
          update((pat) => { (pat.conduct[i].accessories ||= []).push({ person: free[0] }); }, { rerender: true }),
      },
      `${said.add} to act ${i + 1}`,
    ),
  );
}

/** Where the act took place: the county (the catalog's list), the place in words, and
 * whether it was in Indian country (yes / no / unknown). */
function placeRow(c, i) {
  const base = `c${i}`;
  const counties = catalog.counties.map((name) => [name, name]);
  return h(
    "div",
    { class: "row place" },
    selectOf(`${base}-county`, "County (§ 30-52-1(B))", counties, c.county, (v) =>
      update((pat) => setPath(pat.conduct[i], "county", v), { what: `Changed: the county of act ${c.id}` }),
    `conduct[${i}].county`, { optional: true }),
    textField(`${base}-place`, "Place, in your words (optional)", c.place, (v) =>
      update((pat) => setPath(pat.conduct[i], "place", v), { rerender: "later" }),
    `conduct[${i}].place`, { autocomplete: "off" }),
    truthRadios(c, i, { path: "in_indian_country", label: "in Indian country", question: "Did the act take place in Indian country?" }, null),
  );
}

/** The laws the page assesses: those of the last assessment, else every law. */
function lawsAssessed() {
  const summary = state.result && state.result.assessment && state.result.assessment.summary;
  return (summary && summary.laws) || Object.keys(catalog.tested);
}

/** The fact paths any law assessed tests for an act of this verb. */
function testedFor(verb) {
  const paths = new Set();
  for (const law of lawsAssessed()) for (const p of (catalog.tested[law] || {})[verb] || []) paths.add(p);
  return paths;
}

/** Every fact an act states (dotted path → value), but the form's own fields. */
function statedFacts(c, prefix = "", out = new Map()) {
  for (const [k, v] of Object.entries(c)) {
    if (!prefix && FORM_KEYS.has(k)) continue;
    if (k.startsWith("__") || v === null || v === undefined || v === "") continue;
    if (Array.isArray(v) && !v.length) continue; // an empty list states nothing
    if (typeof v === "object" && !Array.isArray(v)) statedFacts(v, `${prefix}${k}.`, out);
    else out.set(`${prefix}${k}`, v);
  }
  return out;
}

/** A group of facts of one element: shown when a law assessed tests one of its facts for this
 * verb, or when the act states one of them (never hidden with a fact in it). */
function factGroup(c, i, g, tested, shown) {
  const wanted = g.facts.some((f) => tested.has(f.path));
  const stated = g.facts.some((f) => getPath(c, f.path) !== undefined);
  if (!wanted && !stated) return null;
  for (const f of g.facts) shown.add(f.path);
  const cites = g.paragraphs.map((p) => p.replace("30-52-1", "")).join(", ");
  return h(
    "fieldset",
    { class: "element-group" + (wanted ? "" : " untested"), "data-element": g.element, "data-law": g.law || "nm_30_52_1" },
    h("legend", {}, g.label, " ", h("span", { class: "cites" }, cites)),
    g.statute_words
      ? h("p", { class: "statute" }, "Statute: ", h("q", {}, g.statute_words), ` (${g.cited})`)
      : null,
    wanted ? null : h("p", { class: "hint" }, `Not tested for ${c.act || "this act"} under the laws assessed; kept as stated.`),
    g.any_of ? h("p", { class: "hint" }, "Any one “yes” is enough.") : null,
    g.facts.map((f) => truthRadios(c, i, f, g)),
  );
}

function actRow(c, i) {
  const base = `c${i}`;
  const people = personIds().map((id) => [id, id]);
  const acts = catalog.acts.map((a) => [a.value, a.outside ? `${a.value} (${a.outside})` : `${a.value}`]);
  const tested = testedFor(c.act);
  const shown = new Set();
  const groups = catalog.groups.map((g) => factGroup(c, i, g, tested, shown)).filter(Boolean);
  const federalLaws = lawsAssessed().filter((law) => law !== "nm_30_52_1");
  const federalGroups = federalLaws.length
    ? catalog.federal_groups.filter((g) => federalLaws.includes(g.law) || g.facts.some((f) => getPath(c, f.path) !== undefined))
        .map((g) => factGroup(c, i, g, tested, shown))
        .filter(Boolean)
    : [];
  const federal = federalGroups.length
    ? h(
        "details",
        { class: "federal-facts", open: federalGroups.some((g) => g.querySelector("input:checked:not([value=unknown])")) },
        h("summary", {}, "Federal facts (18 U.S.C. §§ 1589, 1590, 1591)"),
        federalGroups,
      )
    : null;
  const hidden = [...statedFacts(c)].filter(([path]) => !shown.has(path));
  const notShown = hidden.length
    ? h(
        "div",
        { class: "message info not-shown", role: "note" },
        h("p", {}, "Stated in the facts, not shown in this form (kept as they are, and exported):"),
        h("ul", {}, hidden.map(([path, v]) => h("li", {}, `${words(path.replaceAll(".", ": "))}: ${v === true ? "yes" : v === false ? "no" : v}`))),
      )
    : null;
  return h(
    "fieldset",
    { class: "item act", "data-index": i },
    h("legend", {}, `Act ${i + 1}${c.id ? ": " + c.id : ""}`),
    h(
      "div",
      { class: "row" },
      textField(`${base}-id`, "Act id", c.id, (v) => update((pat) => { pat.conduct[i].id = v; }, { rerender: "later" }), `conduct[${i}].id`, {
        autocomplete: "off",
        spellcheck: "false",
      }),
      selectOf(`${base}-actor`, "Who acted", people, c.actor, (v) => update((pat) => { pat.conduct[i].actor = v; }, { rerender: true }), `conduct[${i}].actor`),
      selectOf(`${base}-act`, "What was done", acts, c.act, (v) => update((pat) => { pat.conduct[i].act = v; }, { rerender: true }), `conduct[${i}].act`),
      selectOf(`${base}-person`, "Toward whom", people, c.person, (v) => update((pat) => { pat.conduct[i].person = v; }, { rerender: true }), `conduct[${i}].person`),
      h(
        "div",
        { class: "field" },
        h("label", { for: `${base}-date` }, "Date (empty: not known)"),
        dateInput({ id: `${base}-date`, value: c.date || "", "data-loc": `conduct[${i}].date` }, (v) =>
          update((pat) => setPath(pat.conduct[i], "date", v), { what: `Changed: the date of act ${c.id}` }),
        ),
      ),
    ),
    placeRow(c, i),
    groups,
    federal,
    accessoriesSection(c, i),
    notShown,
    h(
      "div",
      { class: "field" },
      h("label", { for: `${base}-believed` }, "Age the actor believed the person to be (recorded: under § 30-52-1 never decisive of the age, State v. Jackson; under § 1591 evidence on knowledge of age)"),
      h("input", {
        id: `${base}-believed`,
        type: "number",
        min: "0",
        max: "130",
        value: c.believed_age ?? "",
        "data-loc": `conduct[${i}].believed_age`,
        onchange: (ev) => update((pat) => setPath(pat.conduct[i], "believed_age", ev.target.value === "" ? undefined : Number(ev.target.value))),
      }),
    ),
    h(
      "button",
      { type: "button", class: "remove secondary", onclick: () => update((pat) => pat.conduct.splice(i, 1), { rerender: true }) },
      `Remove act ${i + 1}${c.id ? " (" + c.id + ")" : ""}`,
    ),
  );
}

function observationRow(o, i) {
  const base = `o${i}`;
  const people = personIds().map((id) => [id, id]);
  const acts = state.pattern.conduct.map((c) => [c.id, c.id]);
  const byMeans = {};
  for (const ind of catalog.indicators) (byMeans[ind.id.split(".")[0]] ||= []).push(ind);
  const indicatorSelect = h(
    "select",
    {
      id: `${base}-indicator`,
      "data-loc": `observations[${i}].indicator`,
      onchange: (ev) => update((pat) => { pat.observations[i].indicator = ev.target.value; }),
    },
    Object.entries(byMeans).map(([means, list]) =>
      h("optgroup", { label: means }, list.map((ind) => h("option", { value: ind.id, selected: ind.id === o.indicator }, ind.name))),
    ),
  );
  return h(
    "fieldset",
    { class: "item observation", "data-index": i },
    h("legend", {}, `Indicator ${i + 1}`),
    h("div", { class: "field" }, h("label", { for: `${base}-indicator` }, "Indicator observed"), indicatorSelect),
    h(
      "div",
      { class: "row" },
      selectOf(`${base}-person`, "Done to", people, o.person, (v) => update((pat) => { pat.observations[i].person = v; }), `observations[${i}].person`),
      selectOf(`${base}-actor`, "Done by", people, o.actor, (v) => update((pat) => setPath(pat.observations[i], "actor", v)), `observations[${i}].actor`, { optional: true }),
      selectOf(`${base}-conduct`, "Related act", acts, o.conduct, (v) => update((pat) => setPath(pat.observations[i], "conduct", v)), `observations[${i}].conduct`, { optional: true }),
      h(
        "div",
        { class: "field" },
        h("label", { for: `${base}-date` }, "Date"),
        dateInput({ id: `${base}-date`, value: o.date || "", "data-loc": `observations[${i}].date` }, (v) =>
          update((pat) => setPath(pat.observations[i], "date", v)),
        ),
      ),
    ),
    h(
      "p",
      { class: "hint" },
      "Evidence of force, fraud or coercion, never a legal conclusion: the element still needs the actor's intent or knowledge.",
    ),
    h(
      "button",
      { type: "button", class: "remove secondary", onclick: () => update((pat) => pat.observations.splice(i, 1), { rerender: true }) },
      `Remove indicator ${i + 1}`,
    ),
  );
}

function unusedId(prefix, taken) {
  let n = 1;
  while (taken.includes(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

let lastFocus = null; // the id of the last field of the form that had the focus

/** Re-render the form, keeping the focus (and caret) where it was; when the focused control
 * is gone (a person or act removed), the focus goes to its section's heading, never the page. */
function render() {
  const active = document.activeElement;
  const focusId = active && active !== document.body ? active.id : lastFocus;
  const section = active && active !== document.body ? active.closest(".panel") : null;
  fill(
    $("#persons-list"),
    state.pattern.persons.length ? state.pattern.persons.map(personRow) : h("p", { class: "hint" }, "No person yet."),
  );
  fill(
    $("#acts-list"),
    state.pattern.conduct.length ? state.pattern.conduct.map(actRow) : h("p", { class: "hint" }, "No act yet."),
  );
  fill(
    $("#observations-list"),
    state.pattern.observations.length ? state.pattern.observations.map(observationRow) : h("p", { class: "hint" }, "No indicator recorded."),
  );
  $("#case-title").value = state.pattern.title || "";
  $("#case-description").value = state.pattern.description || "";
  $("#add-act").disabled = state.pattern.persons.length < 2;
  $("#add-observation").disabled = state.pattern.persons.length < 1;
  const again = focusId ? document.getElementById(focusId) : null;
  if (again && again !== document.activeElement) again.focus();
  else if (!again && document.activeElement === document.body && section) {
    const heading = section.querySelector("h2[tabindex]");
    if (heading) heading.focus();
  }
}

// --- import, export, memo ----------------------------------------------------------------

async function importFile(file) {
  const text = await file.text();
  const yaml = !/\.json$/i.test(file.name);
  const response = await post("/patterns/parse", text, yaml ? "application/yaml" : "application/json");
  if (!response.ok) {
    fill(
      $("#builder-status"),
      h(
        "div",
        { class: "message error", role: "alert" },
        h("p", {}, `${file.name} cannot be imported:`),
        h("ul", {}, ((response.data && response.data.errors) || []).map((e) => h("li", {}, `${e.loc || "file"} — ${e.message}`))),
      ),
    );
    return;
  }
  loadPattern(response.data.pattern, `Imported ${file.name}.`);
}

/** Replace the pattern being built (e.g. an imported file). */
export function loadPattern(pattern, what) {
  state.undo.push(copy(state.pattern));
  state.pattern = { ...emptyPattern(), ...copy(pattern) };
  state.pattern.observations ||= [];
  state.pattern.conduct ||= [];
  state.sentOk = null;
  render();
  status(what || "");
  send(null, what);
}

async function exportAs(format) {
  const pattern = payloadPattern();
  const name = (pattern.title || "fact-pattern").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "fact-pattern";
  const response = await post(`/patterns/export?format=${format}`, pattern);
  if (!response.ok) {
    if (response.status === 422) showErrors(response.data);
    return;
  }
  download(`${name}.${format === "json" ? "json" : "yaml"}`, format === "json" ? JSON.stringify(response.data, null, 2) + "\n" : response.text, format === "json" ? "application/json" : "application/yaml");
  status(`Exported ${name}.${format === "json" ? "json" : "yaml"}.`);
}

async function showMemo() {
  const response = await post("/memo", { pattern: payloadPattern(), ...options() });
  if (!response.ok) {
    if (response.status === 422) showErrors(response.data);
    return;
  }
  openPrintable(response.text, "Memo");
}

/** Show a printable (memo, worksheet, answer key) with Print and Back buttons. */
export function openPrintable(html, title) {
  const view = $("#printable-view");
  const body = $("#printable-body");
  body.innerHTML = html; // server-rendered, every text escaped there
  $("#printable-title").textContent = title;
  view.hidden = false;
  view.dataset.returnTo = document.querySelector("[role=tab][aria-selected=true]").id;
  $$("[role=tabpanel]").forEach((p) => (p.hidden = true));
  document.body.classList.add("printable-open");
  $("#printable-print").focus();
}

/** Forget the printable: only the document open now is ever printed (print.css). */
export function clearPrintable() {
  const view = $("#printable-view");
  view.hidden = true;
  fill($("#printable-body"));
  $("#printable-title").textContent = "";
  document.body.classList.remove("printable-open");
}

export function closePrintable() {
  const view = $("#printable-view");
  clearPrintable();
  const tab = document.getElementById(view.dataset.returnTo || "tab-builder");
  document.getElementById(tab.getAttribute("aria-controls")).hidden = false;
  tab.focus();
}

// --- start ------------------------------------------------------------------------------

export async function initBuilder() {
  const response = await get("/builder");
  if (!response.ok) {
    status("The workbench could not load the fact catalog.", "error");
    return;
  }
  catalog = response.data;
  Object.assign(DATES, catalog.dates || {});
  setWords(catalog.words);
  // The texts of § 30-52-1 the server knows, from the catalogue (never written in the page).
  const texts = $("#statute-texts");
  if (texts) texts.textContent = ` (${catalog.texts.map((t) => t.name.replace(/^the /, "")).join(", ")})`;
  $("#add-person").addEventListener("click", () => {
    const taken = personIds();
    update((pat) => pat.persons.push({ id: unusedId("P", taken), roles: [] }), { rerender: true });
    const last = $$("#persons-list .person").pop();
    if (last) $("input[type=text]", last).focus();
  });
  $("#add-act").addEventListener("click", () => {
    const ids = personIds();
    update(
      (pat) =>
        pat.conduct.push({
          id: unusedId("c", pat.conduct.map((c) => c.id)),
          actor: ids[0],
          person: ids[1] || ids[0],
          act: "recruiting",
        }),
      { rerender: true },
    );
    const last = $$("#acts-list .act").pop();
    if (last) $("input[type=text]", last).focus();
  });
  $("#add-observation").addEventListener("click", () => {
    const ids = personIds();
    const victim = state.pattern.persons.find((p) => (p.roles || []).includes("victim"));
    update(
      (pat) =>
        pat.observations.push({
          id: unusedId("o", pat.observations.map((o) => o.id)),
          indicator: catalog.indicators[0].id,
          person: victim ? victim.id : ids[ids.length - 1],
        }),
      { rerender: true },
    );
  });
  $("#case-title").addEventListener("input", (ev) => typed((pat) => { pat.title = ev.target.value; }));
  $("#case-description").addEventListener("input", (ev) => typed((pat) => { pat.description = ev.target.value; }));
  guardDate($("#as-of"), (value) => {
    state.asOf = value;
    send(null, state.asOf ? `Undated acts taken as of ${state.asOf}.` : "No date assumed for undated acts.");
  });
  $("#law").value = state.law;
  $("#law").addEventListener("change", (ev) => {
    state.law = ev.target.value;
    const chosen = ev.target.selectedOptions[0].textContent;
    // the same facts under other laws: nothing to compare, the assessment anew
    send(null, `Now assessed: ${chosen}.`, { compared: false });
  });
  $("#import-file").addEventListener("change", (ev) => {
    const file = ev.target.files[0];
    if (file) importFile(file);
    ev.target.value = "";
  });
  $("#export-yaml").addEventListener("click", () => exportAs("yaml"));
  $("#export-json").addEventListener("click", () => exportAs("json"));
  $("#show-memo").addEventListener("click", showMemo);
  $("#show-elements").addEventListener("click", () => (state.elementsOpen ? closeElements() : showElements()));
  $("#new-case").addEventListener("click", () => {
    clearPrintable();
    loadPattern(emptyPattern(), "Started a new case.");
  });
  $("#printable-print").addEventListener("click", () => window.print());
  $("#printable-back").addEventListener("click", closePrintable);
  render();
  showEmpty();
}
