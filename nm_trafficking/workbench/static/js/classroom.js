// The classroom: a trainer picks cases by paragraph, tag or difficulty; trainees answer per
// defendant and victim (each paragraph met / not met / undetermined, the grade, and what still
// has to be established); short feedback; a score summary with CSV export; printable
// worksheet and answer key. The scoring and every reason are the server's (one module, the
// terminal quiz's too): this page asks, confirms an incomplete answer, allows a retry (recorded
// with its attempt number) and puts the trainee's name and the session id on the score, the CSV
// and the worksheet.

import { h, fill, $, $$, badge, download, grade, words, WORDS } from "./dom.js";
import { get, post } from "./api.js";
import { openPrintable } from "./builder.js";

/** A paragraph as the classroom names it, from the server's data: "(A)(1) force, fraud or
 * coercion" (its citation within the section, and its title). */
function paragraphName(p) {
  return `${p.citation.replace(/^\d+-\d+-\d+/, "")} ${p.title.charAt(0).toLowerCase()}${p.title.slice(1)}`;
}

/** The paragraphs a case is answered on: those of the texts its acts fall under (by citation,
 * from the server), as [short name, name, citation]. */
function paragraphsOf(c) {
  return c.paragraph_list.map((p) => [p.short, paragraphName(p), p.citation]);
}
// The statuses and grades in the server's words (the builder's catalog: dom.js WORDS).
const capital = (text) => text.charAt(0).toUpperCase() + text.slice(1);
const statuses = () => Object.entries(WORDS.statuses).map(([value, said]) => [value, capital(said.words)]);
const grades = () => [
  ["", "— choose —"],
  ...WORDS.grades.map((g) => [g.short, g.name]),
  ["none", "none (no paragraph met)"],
  ["undetermined", words("undetermined")],
];

let all = [];
const session = {
  cases: [],
  index: 0,
  results: [],
  attempts: [],
  attempt: 1,
  askRemaining: true,
  current: null,
  trainee: "",
  id: "",
};

function who() {
  return { trainee: $("#class-trainee").value.trim(), session: $("#class-session-id").value.trim() };
}

function whoLine(w) {
  const parts = [];
  if (w.trainee) parts.push(`Trainee: ${w.trainee}`);
  if (w.session) parts.push(`Session: ${w.session}`);
  return parts.join(" · ");
}

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
  session.attempts = [];
  ({ trainee: session.trainee, session: session.id } = who());
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
    statuses().map(([value, label]) => {
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
  session.attempt = 1;
  const facts = c.facts;
  const form = h(
    "form",
    {
      id: "answer-form",
      onsubmit: (ev) => {
        ev.preventDefault();
        check(false);
      },
      // Enter on a radio button or a check box does not submit: only "Check answer" does.
      onkeydown: (ev) => {
        if (ev.key === "Enter" && ev.target.matches("input[type=radio], input[type=checkbox]")) ev.preventDefault();
      },
    },
    c.pairs.map((p, i) =>
      h(
        "fieldset",
        { class: "pair", "data-pair": `${p.defendant}/${p.victim}` },
        h("legend", {}, `${p.defendant} toward ${p.victim}`),
        paragraphsOf(c).map(([code, title, citation]) => statusRadios(i, code, title, c.paragraph_elements[citation])),
        h(
          "div",
          { class: "field" },
          h("label", { for: `q${i}-grade` }, "Grade under subsection C"),
          h("select", { id: `q${i}-grade` }, grades().map(([v, t]) => h("option", { value: v }, t))),
        ),
      ),
    ),
    h("div", { id: "answer-feedback", role: "status", "aria-live": "polite" }),
    h(
      "div",
      { class: "buttons" },
      h("button", { type: "submit", id: "check-answer" }, "Check answer"),
      h("button", { type: "button", id: "retry-case", class: "secondary", hidden: true, onclick: retry }, "Try again"),
      h("button", { type: "button", id: "next-case", hidden: true, onclick: next }, session.index + 1 < session.cases.length ? "Next case" : "See the score"),
    ),
  );
  const line = whoLine({ trainee: session.trainee, session: session.id });
  fill(
    $("#class-session"),
    h("p", { class: "progress" }, `Case ${session.index + 1} of ${session.cases.length}`, line ? ` — ${line}` : ""),
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
    for (const [code] of paragraphsOf(session.current)) {
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

/** What is left unanswered: each paragraph with no choice, what is still to be established
 * for a paragraph answered undetermined (when asked), and the grade. */
function unanswered() {
  const missing = [];
  session.current.pairs.forEach((p, i) => {
    const who = session.current.pairs.length > 1 ? `${p.defendant} toward ${p.victim}: ` : "";
    for (const [code, , citation] of paragraphsOf(session.current)) {
      const part = citation.replace(/^\d+-\d+-\d+/, "");
      const chosen = $(`input[name="q${i}-${code}"]:checked`);
      if (!chosen) missing.push(`${who}${part}`);
      else if (session.askRemaining && chosen.value === "undetermined" && !$$(`#q${i}-${code}-remaining input:checked`).length)
        missing.push(`${who}what is still to be established for ${part}`);
    }
    if (!$(`#q${i}-grade`).value) missing.push(`${who}the grade`);
  });
  return missing;
}

function confirmIncomplete(missing) {
  fill(
    $("#answer-feedback"),
    h(
      "div",
      { class: "message confirm", id: "confirm-incomplete" },
      h("p", {}, h("b", {}, "The answer is not complete. "), `Not answered: ${missing.join("; ")}. An unanswered part scores no point.`),
      h(
        "div",
        { class: "buttons" },
        h("button", { type: "button", id: "score-anyway", onclick: () => check(true) }, "Score it as it is"),
        h(
          "button",
          {
            type: "button",
            class: "secondary",
            id: "keep-answering",
            onclick: () => {
              fill($("#answer-feedback"));
              const first = $("#answer-form input:not(:disabled), #answer-form select");
              if (first) first.focus();
            },
          },
          "Keep answering",
        ),
      ),
    ),
  );
  $("#score-anyway").focus();
}

async function check(confirmed) {
  const c = session.current;
  const missing = unanswered();
  if (missing.length && !confirmed) {
    confirmIncomplete(missing);
    return;
  }
  const response = await post(`/cases/${encodeURIComponent(c.id)}/check`, {
    answers: collect(),
    ask_remaining: session.askRemaining,
    attempt: session.attempt,
    trainee: session.trainee || null,
    session: session.id || null,
  });
  if (!response.ok) {
    fill($("#answer-feedback"), h("p", { class: "message error" }, "The answer could not be checked."));
    return;
  }
  const r = response.data;
  session.results[session.index] = r;
  session.attempts.push(r);
  fill(
    $("#answer-feedback"),
    h(
      "div",
      { class: "feedback" + (r.points === r.possible ? " all-correct" : "") },
      h("p", { class: "points" }, h("b", {}, `${r.points} of ${r.possible} points`), r.attempt > 1 ? ` (attempt ${r.attempt})` : ""),
      r.pairs.map((p) =>
        h(
          "div",
          { class: "pair-feedback" },
          r.pairs.length > 1 ? h("h3", {}, p.pair.replace("/", " toward ")) : null,
          h(
            "ul",
            { class: "marks" },
            p.paragraphs.map((x) => [
              h("li", {}, `${x.citation.replace("30-52-1", "")}: `, h("b", {}, x.correct ? "right" : "wrong"), " — the answer is ", badge(x.expected)),
              x.remaining
                ? h(
                    "li",
                    {},
                    `${x.citation.replace("30-52-1", "")}, what is still to be established: `,
                    h("b", {}, x.remaining.correct ? "right" : "wrong"),
                  )
                : null,
            ]),
            h("li", {}, "Grade: ", h("b", {}, p.grade.correct ? "right" : "wrong"), ` — the answer is ${grade(p.grade.expected) ? grade(p.grade.expected).name : words(p.grade.expected)}`),
          ),
          h(
            "div",
            { class: "lines" },
            p.lost.length ? h("p", {}, h("b", {}, `Why ${p.lost.length === 1 ? "a point was" : `${p.lost.length} points were`} lost:`)) : null,
            h("ul", {}, p.feedback.map((line) => h("li", {}, line))),
          ),
        ),
      ),
      h("p", { class: "teaching" }, h("b", {}, "Teaching point: "), r.teaching_point),
    ),
  );
  $("#check-answer").disabled = true;
  $$("#answer-form input, #answer-form select").forEach((x) => (x.disabled = true));
  $("#retry-case").hidden = r.points === r.possible;
  const nextButton = $("#next-case");
  nextButton.hidden = false;
  nextButton.focus();
}

/** Answer the same case again: the form opens again with the last answer in it, and the next
 * check is scored as the next attempt. */
function retry() {
  session.attempt += 1;
  $$("#answer-form input, #answer-form select").forEach((x) => (x.disabled = false));
  $("#check-answer").disabled = false;
  $("#retry-case").hidden = true;
  $("#next-case").hidden = true;
  fill($("#answer-feedback"), h("p", {}, `Attempt ${session.attempt}: change the answer and check it again.`));
  const first = $("#answer-form input");
  if (first) first.focus();
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

/** One row a pair and attempt, each with its own points; "counted" marks the attempt the
 * score counts (each case's last). */
function summaryRows() {
  const rows = [["trainee", "session", "case", "title", "attempt", "counted", "pair", "paragraphs right", "grade right", "points", "possible", "complete"]];
  for (const r of session.attempts) {
    const counted = session.results.includes(r) ? "yes" : "no";
    for (const p of r.pairs) {
      const right = p.paragraphs.filter((x) => x.correct).map((x) => x.short).join(" ");
      rows.push([r.trainee ?? "", r.session ?? "", r.id, r.title, r.attempt, counted, p.pair, right, p.grade.correct ? "yes" : "no", p.points, p.possible, r.complete ? "yes" : "no"]);
    }
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
  const line = whoLine({ trainee: session.trainee, session: session.id });
  fill(
    el,
    h("h2", { id: "score-heading", tabindex: "-1" }, "Score"),
    line ? h("p", { id: "score-who" }, line) : null,
    h("p", { id: "score-total", class: "score" }, `${points} of ${possible} points (${pct}%)`),
    h(
      "table",
      {},
      h("caption", {}, "Points per case"),
      h("thead", {}, h("tr", {}, ["Case", "Points", "Possible", "Attempts", "Teaching point"].map((t) => h("th", { scope: "col" }, t)))),
      h(
        "tbody",
        {},
        session.results.filter(Boolean).map((r) =>
          h("tr", {}, h("th", { scope: "row" }, r.title), h("td", {}, r.points), h("td", {}, r.possible), h("td", {}, r.attempt), h("td", {}, r.teaching_point)),
        ),
      ),
    ),
    h(
      "div",
      { class: "buttons" },
      h("button", { type: "button", id: "download-csv", onclick: () => download(csvName(), csv(summaryRows()), "text/csv") }, "Download scores (CSV)"),
      h("button", { type: "button", class: "secondary", onclick: restart }, "Back to the case list"),
    ),
  );
  $("#score-heading").focus();
}

function csvName() {
  const part = (s) => s.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40);
  const name = [session.id, session.trainee].map(part).filter(Boolean).join("-");
  return name ? `classroom-scores-${name}.csv` : "classroom-scores.csv";
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
  const query = new URLSearchParams({ ids: ids.join(","), key: String(key) });
  const w = who();
  if (w.trainee) query.set("trainee", w.trainee);
  if (w.session) query.set("session", w.session);
  const response = await get(`/worksheet?${query}`);
  if (response.ok) openPrintable(response.text, key ? "Answer key" : "Worksheet");
}

export async function initClassroom() {
  const response = await get("/cases");
  if (!response.ok) {
    fill($("#class-cases"), h("p", { class: "message error" }, "The cases could not be loaded."));
    return;
  }
  all = response.data;
  // The paragraph filter: every paragraph of every text, from the catalogue.
  const known = await get("/builder");
  if (known.ok) {
    $("#class-paragraphs").append(
      ...known.data.paragraphs.map((p) => {
        const id = `f-${p.short.toLowerCase()}`;
        return h("span", { class: "check" }, h("input", { type: "checkbox", id, name: "paragraph", value: p.short }), h("label", { for: id }, paragraphName(p)));
      }),
    );
  }
  // The trainee's name and the session id: on the score, the CSV and the worksheet.
  $("#class-filters").after(
    h(
      "fieldset",
      { id: "class-who", class: "who" },
      h("legend", {}, "Who is answering (optional)"),
      h("div", { class: "field" }, h("label", { for: "class-trainee" }, "Trainee name"), h("input", { id: "class-trainee", type: "text", maxlength: "100", autocomplete: "off" })),
      h("div", { class: "field" }, h("label", { for: "class-session-id" }, "Session id"), h("input", { id: "class-session-id", type: "text", maxlength: "100", autocomplete: "off" })),
    ),
  );
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
