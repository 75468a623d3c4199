// The assessment, as a person reads it: a summary per defendant and victim, what changed with
// the last edit, what is still needed, and the explanation tree. Statuses are text and colour.

import { h, fill, badge, words } from "./dom.js";

function changeIndex(comparison) {
  const idx = { findings: new Map(), paragraphs: new Map(), elements: new Map(), counts: new Map(), grades: new Map() };
  if (!comparison) return idx;
  for (const c of comparison.findings) idx.findings.set(`${c.defendant}|${c.victim}`, c);
  for (const c of comparison.paragraphs) idx.paragraphs.set(`${c.defendant}|${c.victim}|${c.citation}`, c);
  for (const c of comparison.elements)
    idx.elements.set(`${c.defendant}|${c.victim}|${c.conduct}|${c.citation}|${c.element}`, c);
  for (const c of comparison.counts) idx.counts.set(`${c.defendant}|${c.victim}|${c.conduct}`, c);
  for (const c of comparison.grades) {
    const key = `${c.defendant}|${c.victim}`;
    if (!idx.grades.has(key)) idx.grades.set(key, []);
    idx.grades.get(key).push(c);
  }
  return idx;
}

function was(change) {
  return change ? h("span", { class: "was" }, ` changed: was ${words(change.before)}`) : null;
}

const short = (citation) => citation.replace("30-52-1", "");

/** Per pair: the paragraphs and the grade, in one glance. */
export function renderSummary(el, assessment, comparison) {
  const idx = changeIndex(comparison);
  if (!assessment.findings.length) {
    fill(el, h("p", {}, "No act is stated yet: add persons and an act to see an assessment."));
    return;
  }
  fill(
    el,
    assessment.findings.map((f) => {
      const key = `${f.defendant}|${f.victim}`;
      const gradeChanged = idx.grades.has(key);
      return h(
        "div",
        { class: "summary-pair", "data-pair": key },
        h("h3", { class: idx.findings.has(key) ? "changed" : "" }, `${f.defendant} toward ${f.victim}: `, badge(f.status), was(idx.findings.get(key))),
        h(
          "ul",
          { class: "paragraph-list" },
          Object.values(f.subsections).map((s) => {
            const change = idx.paragraphs.get(`${key}|${s.citation}`);
            return h(
              "li",
              { class: change ? "changed" : "", "data-citation": s.citation },
              h("b", {}, short(s.citation)),
              ` ${s.title}: `,
              badge(s.status),
              was(change),
            );
          }),
        ),
        h(
          "p",
          { class: "grade" + (gradeChanged ? " changed" : ""), "data-grade": f.grade || "" },
          h("b", {}, "Grade: "),
          f.grade_detail.words,
          gradeChanged ? h("span", { class: "was" }, " changed: was " + gradeWas(idx.grades.get(key))) : null,
        ),
        sideBySide(f.side_by_side),
      );
    }),
  );
}

/** State and federal, one line per law (the assessment's own words, with each federal text's
 * verification label); collapsed, since the state statute is the workbench's subject. */
function sideBySide(lines) {
  if (!lines || !lines.length) return null;
  return h(
    "details",
    { class: "side-by-side" },
    h("summary", {}, "State and federal, side by side"),
    h("ul", {}, lines.map((line) => h("li", {}, typeof line === "string" ? line : line.text))),
  );
}

function gradeWas(changes) {
  const g = changes.find((c) => c.field === "grade");
  const st = changes.find((c) => c.field === "status");
  if (g && g.before) return words(g.before);
  if (st) return st.before === "undetermined" ? "undetermined" : st.before === "determined" ? words(g && g.before) : "none";
  return g ? words(g.before) : "different";
}

/** What changed with the last edit, highlighted, with an undo button. */
export function renderChanges(el, comparison, what, onUndo) {
  if (!comparison) {
    fill(el);
    el.hidden = true;
    return;
  }
  el.hidden = false;
  const lines = [];
  for (const c of comparison.paragraphs)
    lines.push([`${c.defendant} toward ${c.victim}, ${short(c.citation)}: `, c.before, c.after]);
  // one line per element and act, with every paragraph it changed in
  const elements = new Map();
  for (const c of comparison.elements) {
    const key = [c.defendant, c.victim, c.conduct, c.element, c.before, c.after].join("|");
    if (!elements.has(key)) elements.set(key, { ...c, citations: [] });
    elements.get(key).citations.push(short(c.citation));
  }
  for (const c of elements.values())
    lines.push([`${c.defendant} toward ${c.victim}, act ${c.conduct}: ${c.label}, in ${c.citations.join(", ")}: `, c.before, c.after]);
  const pairGrade = new Set(comparison.grades.filter((c) => c.field === "grade").map((c) => `${c.defendant}|${c.victim}`));
  for (const c of comparison.grades)
    if (c.field === "grade") {
      // no grade: "undetermined" while one is still possible, else "none"
      const st = comparison.grades.find((x) => x.field === "status" && x.defendant === c.defendant && x.victim === c.victim);
      const name = (grade, status) => grade ?? (status === "undetermined" ? "undetermined" : "none");
      lines.push([
        `${c.defendant} toward ${c.victim}, grade: `,
        name(c.before, st ? st.before : null),
        name(c.after, st ? st.after : null),
        true,
      ]);
    }
  for (const c of comparison.counts)
    if (c.grade_before !== c.grade_after && !pairGrade.has(`${c.defendant}|${c.victim}`))
      lines.push([`${c.defendant} toward ${c.victim}, act ${c.conduct}, grade: `, c.grade_before, c.grade_after, true]);
  fill(
    el,
    h("h2", { id: "changes-heading" }, "What changed"),
    what ? h("p", { class: "what" }, what) : null,
    lines.length
      ? h(
          "ul",
          { class: "diff" },
          lines.map(([label, before, after, grade]) =>
            h(
              "li",
              { class: "changed" },
              label,
              grade ? h("span", { class: "grade-word" }, words(before)) : badge(before),
              h("span", { "aria-label": "became" }, " → "),
              grade ? h("span", { class: "grade-word" }, words(after)) : badge(after),
            ),
          ),
        )
      : h("p", {}, "No element, paragraph, count or grade changed."),
    onUndo ? h("button", { type: "button", class: "secondary", onclick: onUndo }, "Undo this change") : null,
  );
}

/** What is still needed: each question with the statute's words and controls to answer it. */
export function renderQuestions(el, questions, onAnswer) {
  if (!questions.length) {
    fill(el, h("p", {}, "Nothing more is needed: every paragraph is met or not met on these facts."));
    return;
  }
  fill(
    el,
    h(
      "ol",
      { class: "questions" },
      questions.map((q) =>
        h(
          "li",
          { class: "question" + (q.optional ? " optional" : ""), "data-question": q.id },
          h("p", { class: "q-label" }, h("b", {}, q.label), ` — ${q.defendant} toward ${q.victim}, act ${q.conduct}`,
            q.optional ? h("span", { class: "tag" }, " optional: another paragraph is already met") : null),
          q.statute_words ? h("p", { class: "statute" }, h("q", {}, q.statute_words), ` ${q.cited}`) : null,
          h("p", { class: "serves" }, `For ${q.paragraphs.map(short).join(", ")}` + (q.any_of ? "; any one “yes” settles it." : ".")),
          h("ul", { class: "answers" }, q.facts.map((f) => h("li", {}, answerControl(q, f, onAnswer)))),
        ),
      ),
    ),
  );
}

let answerSeq = 0;
function answerControl(q, fact, onAnswer) {
  answerSeq += 1;
  const id = `answer-${answerSeq}`;
  if (fact.kind === "truth") {
    return h(
      "div",
      { class: "answer", role: "group", "aria-labelledby": id },
      h("span", { id }, fact.question + " "),
      h("button", { type: "button", class: "small", onclick: () => onAnswer(fact.path, true) }, "Yes"),
      h("button", { type: "button", class: "small", onclick: () => onAnswer(fact.path, false) }, "No"),
    );
  }
  const input = h("input", {
    id,
    type: fact.kind === "age" ? "number" : "date",
    min: fact.kind === "age" ? "0" : null,
    max: fact.kind === "age" ? "130" : null,
  });
  return h(
    "div",
    { class: "answer" },
    h("label", { for: id }, fact.question + " "),
    input,
    h(
      "button",
      {
        type: "button",
        class: "small",
        onclick: () => {
          if (!input.value) return;
          onAnswer(fact.path, fact.kind === "age" ? Number(input.value) : input.value);
        },
      },
      "Set",
    ),
  );
}

function elementNode(e, change) {
  return h(
    "li",
    { class: "element" + (change ? " changed" : ""), "data-element": e.element },
    h(
      "details",
      {},
      h("summary", {}, badge(e.status), " ", e.label, was(change)),
      h(
        "dl",
        {},
        h("dt", {}, "Why"),
        h("dd", {}, e.reason),
        e.statute_words ? [h("dt", {}, "Statute"), h("dd", {}, h("q", {}, e.statute_words), ` (${e.cited})`)] : null,
        e.facts.length ? [h("dt", {}, "Facts"), h("dd", {}, e.facts.join("; "))] : null,
        e.evidence && e.evidence.length
          ? [h("dt", {}, "Evidence (indicators, not a legal conclusion)"), h("dd", {}, h("ul", {}, e.evidence.map((x) => h("li", {}, x))))]
          : null,
        e.note ? [h("dt", {}, "Note"), h("dd", {}, e.note)] : null,
      ),
    ),
  );
}

function countLine(c) {
  const when = c.date ? c.date + (c.date_assumed ? " (assumed)" : "") : "date not stated";
  return `${c.conduct}: ${c.act}, ${when}`;
}

/** The explanation tree: pair → paragraph → element, and the acts as counts. */
export function renderTree(el, assessment, comparison) {
  const idx = changeIndex(comparison);
  const parts = assessment.findings.map((f) => {
    const key = `${f.defendant}|${f.victim}`;
    return h(
      "section",
      { class: "finding", "aria-label": `${f.defendant} toward ${f.victim}` },
      h("h3", {}, `${f.defendant} toward ${f.victim}: `, badge(f.status)),
      h(
        "ul",
        { class: "tree" },
        Object.values(f.subsections).map((s) => {
          const pchange = idx.paragraphs.get(`${key}|${s.citation}`);
          return h(
            "li",
            { class: "paragraph" + (pchange ? " changed" : ""), "data-citation": s.citation },
            h(
              "details",
              { open: s.status !== "not_met" },
              h("summary", {}, h("b", {}, short(s.citation)), ` ${s.title}: `, badge(s.status), was(pchange)),
              h("blockquote", {}, s.text),
              s.conduct ? h("p", { class: "deciding" }, `Deciding act: ${s.conduct}`) : null,
              h(
                "ul",
                { class: "elements" },
                s.elements.map((e) => elementNode(e, idx.elements.get(`${key}|${s.conduct}|${s.citation}|${e.element}`))),
              ),
            ),
          );
        }),
      ),
      h(
        "details",
        { class: "counts" },
        h("summary", {}, `Acts as potential counts (${f.counts.length})`),
        h(
          "ul",
          {},
          f.counts.map((c) => {
            const change = idx.counts.get(`${key}|${c.conduct}`);
            return h(
              "li",
              { class: change ? "changed" : "" },
              h("p", {}, badge(c.status), " ", countLine(c), was(change)),
              h(
                "p",
                { class: "count-paragraphs" },
                Object.entries(c.statuses).map(([cit, st]) => h("span", { class: "count-status" }, short(cit), " ", badge(st), " ")),
              ),
              h("p", {}, "Grade: ", c.grade.grade ? words(c.grade.grade) : words(c.grade.status), ` — ${c.grade.reason}`),
            );
          }),
        ),
      ),
      f.notes.length
        ? h(
            "details",
            { class: "notes" },
            h("summary", {}, `Notes: subsections B, D, E and case law (${f.notes.length})`),
            h("ul", {}, f.notes.map((n) => h("li", {}, n.citation ? `[${n.citation}] ` : "", n.text))),
          )
        : null,
    );
  });
  fill(
    el,
    parts.length ? parts : h("p", {}, "No conduct to assess."),
    h(
      "details",
      { class: "notes" },
      h("summary", {}, "Open points of the statute text (unverified)"),
      h("ul", {}, assessment.notes.map((n) => h("li", {}, n.text))),
    ),
    h("p", { class: "statute-applied" }, `Statute applied: ${assessment.statute_citation || "no version in force"}.`),
  );
}
