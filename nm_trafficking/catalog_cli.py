"""``nm-trafficking indicators``: the catalog on the command line."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from nm_trafficking.indicators import Indicator, by_means, indicator, indicators
from nm_trafficking.indicators.standards import ILO_FORCED_LABOUR_INDICATORS
from nm_trafficking.industries import industries, industry

INDUSTRY_NOTE = (
    "The task force's material does not tie indicators to particular industries: every "
    "indicator below can occur in this industry."
)


def _indicator_dict(item: Indicator) -> dict[str, Any]:
    out = item.model_dump(mode="json")
    out["ilo_names"] = [ILO_FORCED_LABOUR_INDICATORS[i] for i in item.ilo]
    return out


def _indicator_text(item: Indicator, full: bool) -> str:
    means = ", ".join(
        f"{link.means.value}{'' if link.role == 'primary' else ' (secondary)'}"
        for link in item.means
    )
    line = f"{item.id:45} {item.name}  [{means}]"
    if not full:
        return line
    lines = [
        f"{item.id}: {item.name}",
        f"  seed wording: {item.seed_wording!r} ({item.seed_group} slide)"
        if item.seed_wording
        else "  not in the seed",
        f"  source: {item.source}",
        f"  evidences: {means}",
        "  ILO: " + (", ".join(f"{i} {ILO_FORCED_LABOUR_INDICATORS[i]}" for i in item.ilo) or "—"),
        "  HTCDS method of control: " + (", ".join(item.htcds) or "— (no code)"),
        f"  crosswalk: {item.confidence}",
    ]
    if item.note:
        lines.append(f"  note: {item.note}")
    lines.append(
        "  Evidence, not a legal conclusion: the means elements of 30-52-1 need the actor's "
        "intent or knowledge."
    )
    return "\n".join(lines)


def run_indicators(args: argparse.Namespace) -> int:
    if args.industries:
        rows = industries()
        if args.format == "json":
            print(json.dumps([r.model_dump(mode="json") for r in rows], indent=2))
        else:
            for r in rows:
                print(f"{r.id:26} {r.group:6} {r.name}  (Polaris {', '.join(map(str, r.polaris))})")
        return 0
    if args.show:
        try:
            item = indicator(args.show)
        except KeyError as exc:
            print(f"nm-trafficking: {exc.args[0]}", file=sys.stderr)
            return 2
        if args.format == "json":
            print(json.dumps(_indicator_dict(item), indent=2))
        else:
            print(_indicator_text(item, full=True))
        return 0
    selected = by_means(args.means) if args.means else indicators()
    header: list[str] = []
    ind = None
    if args.industry:
        try:
            ind = industry(args.industry)
        except KeyError as exc:
            print(f"nm-trafficking: {exc.args[0]}", file=sys.stderr)
            return 2
        header = [
            f"{ind.name}: {ind.group} trafficking group; Polaris "
            + ", ".join(ind.polaris_labels)
            + f"; HTCDS {', '.join((*ind.htcds_labour, *ind.htcds_sex))}",
            INDUSTRY_NOTE,
        ]
    if args.format == "json":
        doc: dict[str, Any] = {"indicators": [_indicator_dict(i) for i in selected]}
        if ind is not None:
            doc["industry"] = ind.model_dump(mode="json")
            doc["note"] = INDUSTRY_NOTE
        print(json.dumps(doc, indent=2))
    else:
        for line in header:
            print(line)
        for item in selected:
            print(_indicator_text(item, full=False))
    return 0
