// The assessment, as a person reads it: the summary first (per defendant and victim, the
// counts, what is still needed, the notes once), what changed with the last edit, the open
// facts to answer, and the element trees on request. Statuses are text and colour.

import { h, fill, badge, dateProblem, guardDate, words, WORDS } from "./dom.js";

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

const short = (citation) => (citation === "30-52-1" ? "§ 30-52-1" : citation.replace("30-52-1", ""));

/** Redraw `el` with `draw`, keeping the focus inside it when it was there: on the control of
 * the same id, else on `fallback()` (e.g. the next question), never on the page itself. */
function keepFocus(el, draw, fallback) {
  const active = document.activeElement;
  const inside = active && active !== el && el.contains(active);
  const id = inside ? active.id : null;
  draw();
  if (!inside) return;
  const again = id ? document.getElementById(id) : null;
  if (again && el.contains(again)) again.focus();
  else if (fallback) {
    const target = fallback();
    if (target) target.focus();
  }
}

/** The summary, first: per defendant and victim each law's status, paragraphs and grade, any
 * related offense (a sting's attempt), the acts as counts and what separates the laws; then what is still needed and the notes, once.
 * Every word comes from the summary's JSON (`assessment.summary`); only the layout is here. */
export function renderSummary(el, assessment, comparison, limitation, previous, still, heads) {
  const idx = changeIndex(comparison);
  const summary = assessment.summary;
  // the limitation periods in the text summary's words (the service's `limitation`), by pair
  const periods = new Map((limitation || []).map((p) => [`${p.defendant}|${p.victim}`, p]));
  const grades = gradeWords(previous);
  if (!summary.pairs.length) {
    fill(el, h("p", {}, "No act is stated yet: add persons and an act to see an assessment."));
    return;
  }
  fill(
    el,
    summary.pairs.map((pair) => {
      const key = `${pair.defendant}|${pair.victim}`;
      return h(
        "div",
        { class: "summary-pair", "data-pair": key },
        h("h3", { class: idx.findings.has(key) ? "changed" : "" }, `${pair.defendant} toward ${pair.victim}`, was(idx.findings.get(key))),
        h(
          "ul",
          { class: "law-list" },
          // the related offenses the notes work out: a state one (an attempt, a § 30-28-2
          // conspiracy) directly under the § 30-52-1 line, a federal one (a § 1594 conspiracy)
          // after the last law's, as the text summary, the Markdown and the memo give them
          related(pair, 0),
          pair.laws.flatMap((law, i) => [
            lawLine(law, key, idx, i === 0, periods.get(key) || {}, grades),
            related(pair, i + 1),
          ]),
        ),
        counts(pair.counts, (periods.get(key) || {}).counts),
        pair.comparison.length
          ? h(
              "details",
              { class: "side-by-side" },
              h("summary", {}, "What separates the laws"),
              h("ul", {}, pair.comparison.map((line) => h("li", {}, line))),
            )
          : null,
      );
    }),
    accessories(summary, periods, heads || {}),
    needed(still || [], summary.pairs.length > 1),
    summaryNotes(summary.notes),
  );
}

/** The helpers' findings of the summary: under § 30-52-1 (`accessories`, the federal sections'
 * statuses beside each), or, with the federal sections alone, under 18 U.S.C. § 2(a)
 * (`federal_accessories`): never both. */
function helpers(summary) {
  return [...(summary.accessories || []), ...(summary.federal_accessories || [])];
}

/** A federal helper's status, as the text view leads with it (summary_text.accessory_lines):
 * met if the helper is under any section, undetermined if possibly under one, else not met. */
function federalLead(federal) {
  const found = Object.values(federal || {});
  return found.includes("met") ? "met" : found.includes("undetermined") ? "undetermined" : "not_met";
}

/** The persons who helped an act (NMSA § 30-1-13, and 18 U.S.C. § 2(a)): per helper the status
 * and the finding's sentence (the summary's `words`), the federal sections' statuses of the
 * act aided, and the limitation periods of the act aided (the text summary's line, `periods`
 * by pair: `helpers` by helper and act). The heading names the laws assessed, as the text
 * view's does. */
function accessories(summary, periods, heads) {
  const list = helpers(summary);
  if (!list.length) return null;
  const names = new Map(summary.pairs.flatMap((p) => p.laws.map((law) => [law.law, law.name])));
  const said = WORDS.accessories || {};
  const federalOnly = !(summary.accessories || []).length;
  const head = federalOnly
    ? said.head_federal
    : summary.laws.some((law) => law !== "nm_30_52_1")
      ? said.head
      : said.head_state;
  return h(
    "section",
    { class: "accessory-findings" + (federalOnly ? " federal-only" : ""), "aria-labelledby": "accessories-heading" },
    h("h3", { id: "accessories-heading" }, (head || "").replace(/:$/, "")),
    h(
      "ul",
      {},
      list.map((a) =>
        h(
          "li",
          { "data-helper": a.helper, "data-conduct": a.conduct },
          h("p", { class: "accessory-finding" }, h("b", {}, a.helper), " ", helperHead(a, heads[`${a.helper}|${a.conduct}`]), ` — ${a.words}`),
          Object.keys(a.federal || {}).length
            ? h(
                "p",
                { class: "accessory-federal" },
                // the text view's federal line (accessory_law.federal_line), the statuses as badges
                `${said.federal_lead} ${said.statuses}: `,
                Object.entries(a.federal).map(([law, status], k) => [k ? "; " : "", `${names.get(law) || law} `, badge(status)]),
                `. ${(said.federal_caveat || "").replaceAll("{helper}", a.helper)}`,
              )
            : null,
          helperLimitation(periods, a),
        ),
      ),
    ),
  );
}

/** How the text summary heads a helper's finding (the service's `helper_heads`): the status as
 * a badge, with what § 30-52-1(E) does to it ("met unless barred by § 30-52-1(E)",
 * "undetermined (§ 30-52-1(E) may bar the charge)"); where the bar applies, the text's words
 * ("barred by § 30-52-1(E)") in place of the status. */
function helperHead(a, head) {
  const status = a.status || federalLead(a.federal);
  const said = (WORDS.statuses[status] || {}).words;
  if (!head || head === said) return badge(status);
  if (said && head.startsWith(said)) return [badge(status), h("span", { class: "bar" }, head.slice(said.length))];
  return h("span", { class: "status status-barred" }, head);
}

/** A helper's line of the limitation periods of the act aided, as the text summary words it
 * ("Limitation of the act aided (unless tolled; check): …"), where it gives one. */
function helperLimitation(periods, a) {
  const pair = periods.get(`${a.defendant}|${a.victim}`) || {};
  const line = (pair.helpers || {})[`${a.helper}|${a.conduct}`];
  return line ? h("p", { class: "accessory-limitation" }, line) : null;
}

/** Where a pair's related offenses go among its law lines: after § 30-52-1's (after the last
 * where there is none; a party to an agreement with no act of his own has no law line). */
function relatedAt(pair) {
  const state = pair.laws.findIndex((law) => law.law === "nm_30_52_1");
  return state < 0 ? pair.laws.length : state + 1;
}

/** The related offenses that go after `at` law lines (summary_text.related_slots): a state
 * one after § 30-52-1's line, a federal one (its citation 18 U.S.C.) after the last law's. */
function related(pair, at) {
  const offenses = pair.related_offenses || [];
  return (pair.related || [])
    .filter((_, i) => {
      const federal = ((offenses[i] || {}).citation || "").startsWith("18 U.S.C.");
      return (federal ? pair.laws.length : relatedAt(pair)) === at;
    })
    .map((line) => h("li", { class: "related" }, h("p", {}, line)));
}

/** One law for one pair: its status, each paragraph's (or prong's) status, its grade, then
 * the text summary's clauses after the grade: the counts that rest on the first text's day
 * "reported, not verified" (`first_day`) and the counts whose limitation period has passed
 * (`passed`), from the pair's entry of the service's `limitation`; and
 * the cautions of a § 30-52-1 result (a sting's reason, Indian country, a defendant who is also
 * a victim or under eighteen, the evidence on file against a stated means: the summary's
 * `cautions`, in the words and order the text summary's line gives them). */
function lawLine(law, key, idx, state, periods, before) {
  const grades = state ? idx.grades.get(key) : null;
  const firstDay = (periods.first_day || {})[law.law];
  const expired = (periods.passed || {})[law.law];
  return h(
    "li",
    { class: "law", "data-law": law.law },
    h("p", { class: "law-status" }, h("b", {}, law.name), ": ", badge(law.status)),
    h(
      "ul",
      { class: "paragraph-list" },
      Object.entries(law.paragraphs).map(([citation, status]) => {
        const change = idx.paragraphs.get(`${key}|${citation}`);
        return h(
          "li",
          { class: change ? "changed" : "", "data-citation": citation },
          h("b", {}, citation),
          " ",
          badge(status),
          was(change),
        );
      }),
    ),
    h(
      "p",
      { class: "grade" + (grades ? " changed" : ""), "data-grade": law.grading.certain || "" },
      law.grading.words,
      firstDay ? h("span", { class: "first-day" }, `; ${firstDay}${expired ? "" : "."}`) : null,
      expired ? h("span", { class: "limitation-passed" }, `; ${expired}.`) : null,
      grades ? h("span", { class: "was" }, " changed: was " + gradeWas(grades, before.get(key))) : null,
    ),
    // a section whose questions are not asked says why (docs/federal.md, decision 19)
    law.not_asked ? h("p", { class: "not-asked" }, `Still needed: ${law.not_asked}.`) : null,
    law.cautions && law.cautions.length
      ? h("ul", { class: "cautions" }, law.cautions.map((c) => h("li", { "data-kind": c.kind }, c.text)))
      : null,
  );
}

/** Each act as a count: its name (verb and date), the victim's age, under each law the text
 * applied, the status and the grade or penalty in words, and its limitation periods (the text
 * summary's words, `periods` by act). */
function counts(list, periods) {
  return h(
    "details",
    { class: "counts" },
    h("summary", {}, `Acts as potential counts (${list.length})`),
    h(
      "ul",
      {},
      list.map((c) =>
        h(
          "li",
          { "data-conduct": c.conduct },
          h("p", {}, h("b", {}, c.name), c.victim_age ? ` — age ${c.victim_age}` : null),
          h(
            "ul",
            { class: "count-laws" },
            Object.entries(c.laws).map(([id, act]) =>
              h("li", { "data-law": id }, `${act.text}: `, badge(act.status), ` — ${act.words}`),
            ),
          ),
          periods && periods[c.conduct] ? h("p", { class: "limitation" }, periods[c.conduct]) : null,
        ),
      ),
    ),
  );
}

/** What is still needed, as the text summary says it (the service's `needed`: each question's
 * words, what it settles and the heading it is filed under — "D toward V", or a helper's own,
 * "H, as accessory to D's recruiting of V on 1 June 2021"); points of law marked as such.
 * Grouped under the headings where there are several, or where the case has several pairs
 * (also when only one of them asks anything: the heading says whose questions they are). */
function needed(questions, severalPairs) {
  if (!questions.length) return null;
  const headings = [...new Set(questions.map((q) => q.heading))];
  const item = (q) =>
    h(
      "li",
      { class: "needed-" + q.kind, "data-element": q.element },
      h("span", { class: "settles" }, `${q.settles}: `),
      q.kind === "fact" ? null : h("b", {}, `[${words(q.kind)}] `),
      q.text,
    );
  return h(
    "section",
    { class: "needed", "aria-label": "Still needed" },
    h("h3", {}, "Still needed"),
    severalPairs || headings.length > 1
      ? headings.map((heading) => [
          h("h4", {}, heading),
          h("ul", {}, questions.filter((q) => q.heading === heading).map(item)),
        ])
      : h("ul", {}, questions.map(item)),
  );
}

/** The notes, once per assessment, each by its title with the pairs it concerns. */
function summaryNotes(notes) {
  if (!notes.length) return null;
  // one line per title: several notes of one kind (e.g. each federal text's cautions) are one
  // entry, with every pair they concern
  const byTitle = new Map();
  for (const n of notes) {
    const seen = byTitle.get(n.title) || [];
    byTitle.set(n.title, [...seen, ...n.concerns.filter((c) => !seen.includes(c))]);
  }
  return h(
    "details",
    { class: "notes" },
    h("summary", {}, `Notes (${byTitle.size}; in full with the elements)`),
    h(
      "ul",
      {},
      [...byTitle].map(([title, concerns]) =>
        h("li", {}, h("b", {}, title), concerns.length ? ` — ${concerns.join("; ")}` : null),
      ),
    ),
  );
}

/** Each pair's grade as the summary worded it (§ 30-52-1's `grading.words`), by pair: what
 * the screen said before an edit, for "was" and "What changed". */
function gradeWords(summary) {
  const said = new Map();
  for (const pair of (summary && summary.pairs) || []) {
    const law = pair.laws.find((x) => x.law === "nm_30_52_1");
    if (law) said.set(`${pair.defendant}|${pair.victim}`, law.grading.words);
  }
  return said;
}

/** The federal sections' changes for a pair (§ 30-52-1's are listed in detail above): its
 * status, each prong's status and the penalty band the facts fix. */
function otherLaws(comparison) {
  return (comparison.laws || []).filter(
    (c) => c.law !== "nm_30_52_1" && c.conduct === null && ["status", "paragraph", "certain"].includes(c.field),
  );
}

/** A federal penalty band by its section: "(b)(1)" of § 1591 is "§ 1591(b)(1)". */
function band(c, value) {
  return value === null ? "none" : `§ ${c.law.split("_").pop()}${value}`;
}

function gradeWas(changes, before) {
  if (before) return before;
  const g = changes.find((c) => c.field === "grade");
  const st = changes.find((c) => c.field === "status");
  if (g && g.before) return words(g.before);
  if (st) return st.before === "undetermined" ? "undetermined" : st.before === "determined" ? words(g && g.before) : "none";
  return g ? words(g.before) : "different";
}

/** What changed with the last edit, highlighted, with an undo button. */
export function renderChanges(el, comparison, what, onUndo, screens) {
  // after "Undo this change" the panel is redrawn: the focus stays in it
  keepFocus(el, () => drawChanges(el, comparison, what, onUndo, screens), () => el.querySelector("#changes-heading") || document.getElementById("results"));
}

/** Each act's § 30-52-1 grade as the summary worded it, by pair and act. */
function countWords(summary) {
  const said = new Map();
  for (const pair of (summary && summary.pairs) || [])
    for (const c of pair.counts) {
      const act = c.laws.nm_30_52_1;
      if (act && act.status !== "not_met") said.set(`${pair.defendant}|${pair.victim}|${c.conduct}`, act.words);
    }
  return said;
}

/** `screens`: the summaries before and after the edit ({before, after}), whose words a grade's
 * change is given in (what the screen said: the grade line's own words, a floor with the grades
 * still possible, never "undetermined" for it). */
function drawChanges(el, comparison, what, onUndo, screens) {
  if (!comparison) {
    fill(el);
    el.hidden = true;
    return;
  }
  el.hidden = false;
  const lines = [];
  // each act by its verb and date, as the summary names it (the comparison keeps its id)
  const actNames = new Map(
    [screens && screens.before, screens && screens.after].flatMap((s) => ((s && s.pairs) || []).flatMap((p) => p.counts.map((c) => [c.conduct, c.name]))),
  );
  const act = (id) => actNames.get(id) || `act ${id}`;
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
    lines.push([`${c.defendant} toward ${c.victim}, ${act(c.conduct)}: ${c.label}, in ${c.citations.join(", ")}: `, c.before, c.after]);
  const pairGrade = new Set(comparison.grades.filter((c) => c.field === "grade").map((c) => `${c.defendant}|${c.victim}`));
  const said = { before: gradeWords(screens && screens.before), after: gradeWords(screens && screens.after) };
  const acts = { before: countWords(screens && screens.before), after: countWords(screens && screens.after) };
  for (const c of comparison.grades)
    if (c.field === "grade") {
      // the grade as the screen said it; without it, no grade: "undetermined" while one is
      // still possible, else "none"
      const st = comparison.grades.find((x) => x.field === "status" && x.defendant === c.defendant && x.victim === c.victim);
      const key = `${c.defendant}|${c.victim}`;
      const name = (grade, status, words) => words ?? grade ?? (status === "undetermined" ? "undetermined" : "none");
      lines.push([
        `${c.defendant} toward ${c.victim}, grade: `,
        name(c.before, st ? st.before : null, said.before.get(key)),
        name(c.after, st ? st.after : null, said.after.get(key)),
        true,
      ]);
    }
  for (const c of comparison.counts)
    if (c.grade_before !== c.grade_after && !pairGrade.has(`${c.defendant}|${c.victim}`)) {
      const key = `${c.defendant}|${c.victim}|${c.conduct}`;
      lines.push([
        `${c.defendant} toward ${c.victim}, ${act(c.conduct)}, grade: `,
        acts.before.get(key) ?? c.grade_before,
        acts.after.get(key) ?? c.grade_after,
        true,
      ]);
    }
  for (const c of otherLaws(comparison))
    lines.push(
      c.field === "certain"
        ? [`${c.defendant} toward ${c.victim}, ${c.name}, penalty: `, band(c, c.before), band(c, c.after), true]
        : [`${c.defendant} toward ${c.victim}, ${c.field === "paragraph" ? c.paragraph : c.name}: `, c.before, c.after],
    );
  fill(
    el,
    h("h2", { id: "changes-heading", tabindex: "-1" }, "What changed"),
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
    onUndo ? h("button", { type: "button", class: "secondary", id: "undo-change", onclick: onUndo }, "Undo this change") : null,
  );
}

/** What is still needed: each question with the statute's words and controls to answer it. */
export function renderQuestions(el, questions, onAnswer, summary) {
  // an answered question goes away: the focus moves to the one now in its place, or to the
  // heading when none is left
  const active = document.activeElement;
  const item = active && el.contains(active) ? active.closest("li.question") : null;
  const index = item ? [...el.querySelectorAll("li.question")].indexOf(item) : -1;
  keepFocus(
    el,
    () => drawQuestions(el, questions, onAnswer, summary),
    () => {
      const items = el.querySelectorAll("li.question");
      const next = items[Math.min(index, items.length - 1)];
      return (next && next.querySelector("button, input")) || document.getElementById("questions-heading");
    },
  );
}

/** What settles a question of several facts: any one "yes" where each is answered yes or no;
 * one answer where they are a date or a number (a birth date, an age). */
function anyOf(q) {
  if (!q.any_of) return ".";
  return q.facts.every((f) => f.kind === "truth") ? "; any one “yes” settles it." : "; one of these answers settles it.";
}

function drawQuestions(el, questions, onAnswer, summary) {
  if (!questions.length) {
    fill(el, h("p", { class: "nothing-asked" }, nothingAsked(summary)));
    return;
  }
  // each act by its verb and date, as the summary names it (a question keeps the act's id)
  const acts = new Map(((summary && summary.pairs) || []).flatMap((pair) => pair.counts.map((c) => [c.conduct, c.name])));
  fill(
    el,
    h(
      "ol",
      { class: "questions" },
      questions.map((q) =>
        h(
          "li",
          { class: "question" + (q.optional ? " optional" : ""), "data-question": q.id },
          h("p", { class: "q-label" }, h("b", {}, q.label), ` — ${q.defendant} toward ${q.victim}, ${acts.get(q.conduct) || `act ${q.conduct}`}`,
            q.optional ? h("span", { class: "tag" }, " optional: another paragraph is already met") : null),
          q.statute_words ? h("p", { class: "statute" }, h("q", {}, q.statute_words), ` ${q.cited}`) : null,
          h("p", { class: "serves" }, `For ${q.paragraphs.map(short).join(", ")}` + anyOf(q)),
          h("ul", { class: "answers" }, q.facts.map((f) => h("li", {}, answerControl(q, f, onAnswer)))),
        ),
      ),
    ),
  );
}

/** Why no question is asked: no act yet; something still open that the builder does not ask
 * (the summary's "Still needed" says what); or nothing open under any law assessed. */
function nothingAsked(summary) {
  if (!summary || !summary.pairs.length) return "No act is stated yet: there is nothing to answer.";
  const open =
    summary.needed.length > 0 ||
    summary.pairs.some((pair) =>
      pair.laws.some((law) => law.status === "undetermined" || Object.values(law.paragraphs).includes("undetermined")),
    );
  if (open)
    return "No question here settles what is still open: see “Still needed” in the assessment for the facts the builder does not ask.";
  return "Nothing more is needed: every paragraph is met or not met under every law assessed.";
}

let answerSeq = 0;
function answerControl(q, fact, onAnswer) {
  answerSeq += 1;
  const id = `answer-${answerSeq}`;
  if (fact.kind === "truth") {
    // each button named with the question ("Yes: Did D act knowingly?"), and an id that stays
    // the same when the list is redrawn (the focus is kept on it)
    const key = `q-${q.id}-${fact.path}`.replace(/[^A-Za-z0-9_-]/g, "_");
    return h(
      "div",
      { class: "answer", role: "group", "aria-labelledby": id },
      h("span", { id }, fact.question + " "),
      h("button", { type: "button", class: "small", id: `${key}-yes`, "aria-label": `Yes: ${fact.question}`, onclick: () => onAnswer(fact.path, true) }, "Yes"),
      h("button", { type: "button", class: "small", id: `${key}-no`, "aria-label": `No: ${fact.question}`, onclick: () => onAnswer(fact.path, false) }, "No"),
    );
  }
  const input = h("input", {
    id,
    type: fact.kind === "age" ? "number" : "date",
    min: fact.kind === "age" ? "0" : null,
    max: fact.kind === "age" ? "130" : null,
  });
  if (fact.kind !== "age") guardDate(input, () => {}); // bounds, and a half-typed date named

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
          if (!input.value || input.validity.badInput || (fact.kind !== "age" && dateProblem(input.value))) return;
          onAnswer(fact.path, fact.kind === "age" ? Number(input.value) : input.value);
        },
      },
      "Set",
    ),
  );
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Every ISO date in a reason written in words, as the text views write it ("2008-07-01" ->
 * "1 July 2008"). */
function inWords(text) {
  return text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (_, y, m, d) => `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`);
}

/** A deciding fact in words, as the text views say it (``words.fact_ref_words``; a browser
 * test holds the two equal): "conduct recruit: means_will_be_used.force" -> "means will be
 * used: force"; "person V: birth_date" -> "V's birth date". */
const NAMED = { act: "the verb", date: "the date", buyer: "whether the act is the actor's own purchase" };
function factWords(ref) {
  return ref
    .split("; ")
    .map((part) => {
      const fact = /^conduct [^:]+: (.*)$/.exec(part);
      if (fact) {
        const [head, ...more] = fact[1].split(" (");
        const rest = more.join(" (");
        const federal = head.startsWith("federal.");
        let said = head.replace(/^federal\./, "").split(".").map((x) => x.replaceAll("_", " ")).join(": ");
        said = NAMED[said] || said;
        const text = federal ? `federal: ${said}` : said;
        return inWords(rest ? `${text} (${rest}` : text);
      }
      const person = /^person ([^:]+): (.*)$/.exec(part);
      if (person) return inWords(`${person[1]}'s ${person[2].replaceAll("_", " ")}`);
      return inWords(part);
    })
    .join("; ");
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
        h("dd", {}, inWords(e.reason)),
        e.statute_words ? [h("dt", {}, "Statute"), h("dd", {}, h("q", {}, e.statute_words), ` (${e.cited})`)] : null,
        e.facts.length ? [h("dt", {}, "Facts"), h("dd", {}, e.facts.map(factWords).join("; "))] : null,
        e.evidence && e.evidence.length
          ? [h("dt", {}, "Evidence (indicators, not a legal conclusion)"), h("dd", {}, h("ul", {}, e.evidence.map((x) => h("li", {}, x))))]
          : null,
        e.note ? [h("dt", {}, "Note"), h("dd", {}, e.note)] : null,
      ),
    ),
  );
}

/** The element trees (detail "elements"): pair → law → paragraph → element, for the
 * deciding act of each paragraph; then the notes in full. Shown on request. */
export function renderElements(el, document) {
  // each act by its verb and date, as the summary names it (the JSON keeps the act's id)
  const acts = new Map(document.summary.pairs.flatMap((pair) => pair.counts.map((c) => [c.conduct, c.name])));
  fill(
    el,
    document.elements.map((pair) =>
      h(
        "section",
        { class: "finding", "aria-label": `${pair.defendant} toward ${pair.victim}` },
        h("h3", {}, `${pair.defendant} toward ${pair.victim}`),
        pair.laws.map((law) => [
          h("h4", {}, law.name),
          h(
            "ul",
            { class: "tree", "data-law": law.law },
            law.paragraphs.map((p) =>
              h(
                "li",
                { class: "paragraph", "data-citation": p.citation },
                h(
                  "details",
                  { open: p.status !== "not_met" },
                  h("summary", {}, h("b", {}, p.citation), ` ${p.title}: `, badge(p.status)),
                  p.conduct ? h("p", { class: "deciding" }, `Deciding act: ${acts.get(p.conduct) || p.conduct}`) : null,
                  h("ul", { class: "elements" }, p.elements.map((e) => elementNode(e, null))),
                  p.remaining.length ? h("p", { class: "remaining" }, p.remaining.join(" ")) : null,
                ),
              ),
            ),
          ),
        ]),
      ),
    ),
    elementNotes(document.notes || []),
  );
}

/** The notes in full (the summary names them by title only), e.g. who may prosecute with the
 * place of the acts. */
function elementNotes(notes) {
  if (!notes.length) return null;
  return h(
    "section",
    { class: "notes-full", "aria-label": "Notes in full" },
    h("h3", {}, "Notes in full"),
    h(
      "ul",
      {},
      notes.map((n) => h("li", { "data-kind": n.kind }, n.citation ? h("b", {}, `[${n.citation}] `) : null, n.text)),
    ),
  );
}

/** The status at a glance, kept in view on a narrow screen (app.css: sticky above the form when
 * the assessment is below it): each pair's status under each law, and what the last edit
 * changed, with a link to the assessment. */
export function renderBar(el, summary, comparison, what) {
  if (!summary || !summary.pairs.length) {
    fill(el);
    el.hidden = true;
    return;
  }
  el.hidden = false;
  const changed = comparison
    ? comparison.paragraphs.length +
      comparison.grades.filter((c) => c.field === "grade").length +
      otherLaws(comparison).filter((c) => c.field !== "status").length
    : 0;
  fill(
    el,
    h(
      "ul",
      { class: "bar-pairs" },
      summary.pairs.map((pair) =>
        h(
          "li",
          { "data-pair": `${pair.defendant}|${pair.victim}` },
          h("b", {}, `${pair.defendant} toward ${pair.victim}: `),
          pair.laws.map((law, i) => [i ? "; " : "", h("span", { "data-law": law.law }, `${law.name} `, badge(law.status))]),
        ),
      ),
    ),
    what || comparison
      ? h(
          "p",
          { class: "bar-change" + (changed ? " changed" : "") },
          what ? `${what}${/[.!?]$/.test(what) ? "" : "."} ` : null,
          comparison ? (changed ? `${changed} paragraph or grade change${changed === 1 ? "" : "s"}.` : "No paragraph or grade changed.") : null,
        )
      : null,
    h("a", { href: "#results" }, "Go to the assessment"),
  );
}
