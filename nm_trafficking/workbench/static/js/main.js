// Start the workbench: tabs (builder, classroom), then each part.

import { $, $$ } from "./dom.js";
import { clearPrintable, initBuilder } from "./builder.js";
import { initClassroom } from "./classroom.js";

function selectTab(tab) {
  const tabs = $$("[role=tab]");
  for (const t of tabs) {
    const on = t === tab;
    t.setAttribute("aria-selected", String(on));
    t.tabIndex = on ? 0 : -1;
    document.getElementById(t.getAttribute("aria-controls")).hidden = !on;
  }
  clearPrintable();
}

function initTabs() {
  const tabs = $$("[role=tab]");
  for (const tab of tabs) {
    tab.addEventListener("click", () => selectTab(tab));
    tab.addEventListener("keydown", (ev) => {
      const i = tabs.indexOf(tab);
      let next = null;
      if (ev.key === "ArrowRight") next = tabs[(i + 1) % tabs.length];
      if (ev.key === "ArrowLeft") next = tabs[(i - 1 + tabs.length) % tabs.length];
      if (ev.key === "Home") next = tabs[0];
      if (ev.key === "End") next = tabs[tabs.length - 1];
      if (next) {
        ev.preventDefault();
        selectTab(next);
        next.focus();
      }
    });
  }
  if (location.hash === "#classroom") selectTab($("#tab-classroom"));
}

initTabs();
await Promise.all([initBuilder(), initClassroom()]);
document.body.dataset.ready = "true";
