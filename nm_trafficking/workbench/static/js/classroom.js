// The classroom: a trainer picks cases by paragraph, tag or difficulty; trainees answer per
// defendant and victim (each paragraph met / not met / undetermined, the grade, and what still
// has to be established); short feedback; a score summary with CSV export; printable
// worksheet and answer key.

import { h, fill, $, $$, badge, download, words } from "./dom.js";
import { get, post } from "./api.js";
import { openPrintable } from "./builder.js";

const PARAGRAPHS = [
  ["A1", "(A)(1) force, fraud or coercion"],
  ["A2", "(A)(2) a minor, commercial sexual activity"],
  ["A3", "(A)(3) benefiting"],
];
const CITATION = { A1: "30-52-1(A)(1)", A2: "30-52-1(A)(2)", A3: "30-52-1(A)(3)" };
const STATUSES = [
  ["met", "Met"],
  ["not_met", "Not met"],
  ["undetermined", "Undetermined"],
];
const GRADES = [
  ["", "— choose —"],
  ["first", "first degree felony"],
  ["second", "second degree felony"],
  ["third", "third degree felony"],
  ["none", "none (no paragraph met)"],
  ["undetermined", "undetermined"],
];

let all = [];
const session = { cases: [], index: 0, results: [], askRemaining: true, current: null };

function selectedFilters() {
  const paragraphs = $$("#class-filters input[name=paragraph]:checked").map((x) => x.value);
  const tag = $("#class-tag").value;
  const difficulty = $("#class-difficulty").value;
  return { paragraphs, tag, difficulty };
}

function matches(c, { paragraphs, tag, difficulty }) {
  if (paragraphs.length && !paragraphs.some((p) => c.paragraphs.includes(p))) return false;
  if (tag && !c.tags.includes(tag)) return false;
  if (difficulty && c.difficulty !== difficulty) return false;
  return true;
}

function renderPicker() {
  const filters = selectedFilters();
  const shown = all.filter((c) => matches(c, filters));
  fill(
    $("#class-cases"),
    h("p", { id: "class-count", role: "status" }, `${shown.length} of ${all.length} cases match.`),
    h(
      "ul",
      { class: "case-list" },
      shown.map((c) => {
        const id = `pick-${c.id}`;
        return h(
          "li",
          {},
          h("input", { type: "checkbox", id, value: c.id, checked: true, name: "pick" }),
          h(
            "label",
            { for: id },
            h("b", {}, c.title),
            ` — ${c.paragraphs.length ? c.paragraphs.join(", ") : "no paragraph"}; ${c.difficulty}`,
          ),
        );
      }),
    ),
  );
}

function picked() {
  return $$("#class-cases input[name=pick]:checked").map((x) => x.value);
}

async function start() {
  const ids = picked();
  if (!ids.length) {
    fill($("#class-setup-status"), h("p", { class: "message error", role: "alert" }, "Pick at least one case."));
    return;
  }
  fill($("#class-setup-status"));
  session.cases = ids;
  session.index = 0;
  session.results = [];
  session.askRemaining = $("#class-ask-remaining").checked;
  $("#class-setup").hidden = true;
  $("#class-summary").hidden = true;
  $("#class-session").hidden = false;
  await showCase();
}

function statusRadios(pairIndex, code, title, elements) {
  const name = `q${pairIndex}-${code}`;
  const remainingId = `${name}-remaining`;
  const remaining = session.askRemaining
    ? h(
        "fieldset",
        { class: "remaining", id: remainingId, hidden: true },
        h("legend", {}, `What still has to be established for ${code.replace("A", "(A)(")})?`),
        elements.map((e) => {
          const id = `${name}-el-${e.element}`;
          return h("span", { class: "check" }, h("input", { type: "checkbox", id, value: e.element }), h("label", { for: id }, e.label));
        }),
      )
    : null;
  return h(
    "fieldset",
    { class: "paragraph-answer", "data-paragraph": code },
    h("legend", {}, title),
    STATUSES.map(([value, label]) => {
      const id = `${name}-${value}`;
      return h(
        "span",
        { class: "choice" },
        h("input", {
          type: "radio",
          id,
          name,
          value,
          onchange: () => {
            if (remaining) remaining.hidden = value !== "undetermined";
          },
        }),
        h("label", { for: id }, label),
      );
    }),
    remaining,
  );
}

async function showCase() {
  const id = session.cases[session.index];
  const response = await get(`/cases/${encodeURIComponent(id)}`);
  if (!response.ok) {
    fill($("#class-session"), h("p", { class: "message error" }, "This case could not be loaded."));
    return;
  }
  const c = response.data;
  session.current = c;
  const facts = c.facts;
  const form = h(
    "form",
    { id: "answer-form", onsubmit: (ev) => { ev.preventDefault(); check(); } },
    c.pairs.map((p, i) =>
      h(
        "fieldset",
        { class: "pair", "data-pair": `${p.defendant}/${p.victim}` },
        h("legend", {}, `${p.defendant} toward ${p.victim}`),
        PARAGRAPHS.map(([code, title]) => statusRadios(i, code, title, c.paragraph_elements[CITATION[code]])),
        h(
          "div",
          { class: "field" },
          h("label", { for: `q${i}-grade` }, "Grade under subsection C"),
          h("select", { id: `q${i}-grade` }, GRADES.map(([v, t]) => h("option", { value: v }, t))),
        ),
      ),
    ),
    h("div", { id: "answer-feedback", role: "status", "aria-live": "polite" }),
    h(
      "div",
      { class: "buttons" },
      h("button", { type: "submit", id: "check-answer" }, "Check answer"),
      h("button", { type: "button", id: "next-case", hidden: true, onclick: next }, session.index + 1 < session.cases.length ? "Next case" : "See the score"),
    ),
  );
  fill(
    $("#class-session"),
    h("p", { class: "progress" }, `Case ${session.index + 1} of ${session.cases.length}`),
    h("h2", { id: "case-heading", tabindex: "-1" }, c.title),
    h("p", { class: "story" }, c.story),
    h(
      "section",
      { class: "case-facts", "aria-label": "The facts" },
      h("h3", {}, "The facts"),
      h(
        "ul",
        {},
        facts.persons.map((p) => h("li", {}, p)),
        facts.acts.map((a) => h("li", {}, a.text, a.stated.length ? h("ul", {}, a.stated.map((s) => h("li", {}, s))) : null)),
        facts.observations.map((o) => h("li", {}, o)),
      ),
      h("p", { class: "hint" }, "A fact not listed is not known."),
    ),
    form,
  );
  $("#case-heading").focus();
}

function collect() {
  const answers = {};
  session.current.pairs.forEach((p, i) => {
    const paragraphs = {};
    const remaining = {};
    for (const [code] of PARAGRAPHS) {
      const chosen = $(`input[name="q${i}-${code}"]:checked`);
      if (chosen) paragraphs[code] = chosen.value;
      if (session.askRemaining && chosen && chosen.value === "undetermined") {
        remaining[code] = $$(`#q${i}-${code}-remaining input:checked`).map((x) => x.value);
      }
    }
    const grade = $(`#q${i}-grade`).value || null;
    answers[`${p.defendant}/${p.victim}`] = { paragraphs, grade, remaining };
  });
  return answers;
}

async function check() {
  const c = session.current;
  const response = await post(`/cases/${encodeURIComponent(c.id)}/check`, {
    answers: collect(),
    ask_remaining: session.askRemaining,
  });
  if (!response.ok) {
    fill($("#answer-feedback"), h("p", { class: "message error" }, "The answer could not be checked."));
    return;
  }
  const r = response.data;
  session.results[session.index] = r;
  fill(
    $("#answer-feedback"),
    h(
      "div",
      { class: "feedback" + (r.points === r.possible ? " all-correct" : "") },
      h("p", { class: "points" }, h("b", {}, `${r.points} of ${r.possible} points`)),
      r.pairs.map((p) =>
        h(
          "div",
          { class: "pair-feedback" },
          r.pairs.length > 1 ? h("h3", {}, p.pair.replace("/", " toward ")) : null,
          h(
            "ul",
            { class: "marks" },
            p.paragraphs.map((x) =>
              h("li", {}, `${x.citation.replace("30-52-1", "")}: `, h("b", {}, x.correct ? "right" : "wrong"), " — the answer is ", badge(x.expected)),
            ),
            h("li", {}, "Grade: ", h("b", {}, p.grade.correct ? "right" : "wrong"), ` — the answer is ${words(p.grade.expected)}${["first", "second", "third"].includes(p.grade.expected) ? " degree felony" : ""}`),
          ),
          h("ul", { class: "lines" }, p.feedback.map((line) => h("li", {}, line))),
        ),
      ),
      h("p", { class: "teaching" }, h("b", {}, "Teaching point: "), r.teaching_point),
    ),
  );
  $("#check-answer").disabled = true;
  $$("#answer-form input, #answer-form select").forEach((x) => (x.disabled = true));
  const nextButton = $("#next-case");
  nextButton.hidden = false;
  nextButton.focus();
}

async function next() {
  session.index += 1;
  if (session.index < session.cases.length) await showCase();
  else showSummary();
}

export function csv(rows) {
  const cell = (v) => {
    let s = String(v ?? "");
    // A spreadsheet reads a cell that starts with = + - @ (or a tab or carriage return) as a
    // formula: such text is kept as text by a leading apostrophe (OWASP "CSV injection").
    if (typeof v === "string" && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return rows.map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}

function summaryRows() {
  const rows = [["case", "title", "pair", "paragraphs right", "grade right", "points", "possible"]];
  for (const r of session.results) {
    if (!r) continue;
    r.pairs.forEach((p, i) => {
      const right = p.paragraphs.filter((x) => x.correct).map((x) => x.short).join(" ");
      rows.push([r.id, r.title, p.pair, right, p.grade.correct ? "yes" : "no", i === 0 ? r.points : "", i === 0 ? r.possible : ""]);
    });
  }
  return rows;
}

function showSummary() {
  $("#class-session").hidden = true;
  const el = $("#class-summary");
  el.hidden = false;
  const points = session.results.reduce((n, r) => n + (r ? r.points : 0), 0);
  const possible = session.results.reduce((n, r) => n + (r ? r.possible : 0), 0);
  const pct = possible ? Math.round((100 * points) / possible) : 0;
  fill(
    el,
    h("h2", { id: "score-heading", tabindex: "-1" }, "Score"),
    h("p", { id: "score-total", class: "score" }, `${points} of ${possible} points (${pct}%)`),
    h(
      "table",
      {},
      h("caption", {}, "Points per case"),
      h("thead", {}, h("tr", {}, ["Case", "Points", "Possible", "Teaching point"].map((t) => h("th", { scope: "col" }, t)))),
      h(
        "tbody",
        {},
        session.results.filter(Boolean).map((r) =>
          h("tr", {}, h("th", { scope: "row" }, r.title), h("td", {}, r.points), h("td", {}, r.possible), h("td", {}, r.teaching_point)),
        ),
      ),
    ),
    h(
      "div",
      { class: "buttons" },
      h("button", { type: "button", id: "download-csv", onclick: () => download("classroom-scores.csv", csv(summaryRows()), "text/csv") }, "Download scores (CSV)"),
      h("button", { type: "button", class: "secondary", onclick: restart }, "Back to the case list"),
    ),
  );
  $("#score-heading").focus();
}

function restart() {
  $("#class-summary").hidden = true;
  $("#class-session").hidden = true;
  $("#class-setup").hidden = false;
}

async function printable(key) {
  const ids = picked();
  if (!ids.length) {
    fill($("#class-setup-status"), h("p", { class: "message error", role: "alert" }, "Pick at least one case."));
    return;
  }
  const response = await get(`/worksheet?ids=${encodeURIComponent(ids.join(","))}&key=${key}`);
  if (response.ok) openPrintable(response.text, key ? "Answer key" : "Worksheet");
}

export async function initClassroom() {
  const response = await get("/cases");
  if (!response.ok) {
    fill($("#class-cases"), h("p", { class: "message error" }, "The cases could not be loaded."));
    return;
  }
  all = response.data;
  const tags = [...new Set(all.flatMap((c) => c.tags))].sort();
  fill($("#class-tag"), h("option", { value: "" }, "any tag"), tags.map((t) => h("option", { value: t }, t)));
  $("#class-filters").addEventListener("change", renderPicker);
  $("#class-filters").addEventListener("submit", (ev) => ev.preventDefault());
  $("#class-start").addEventListener("click", start);
  $("#class-worksheet").addEventListener("click", () => printable(false));
  $("#class-key").addEventListener("click", () => printable(true));
  $("#class-select-all").addEventListener("click", () => $$("#class-cases input[name=pick]").forEach((x) => (x.checked = true)));
  $("#class-select-none").addEventListener("click", () => $$("#class-cases input[name=pick]").forEach((x) => (x.checked = false)));
  renderPicker();
}
