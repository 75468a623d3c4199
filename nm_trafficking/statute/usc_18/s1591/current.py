"""The current wording of 18 U.S.C. § 1591 (reference § 1.1, [S]: read from the GitHub Markdown
copy of the Code and cross-checked against CRS R43597 and the Ninth Circuit's instructions; a
primary check of the full wording is UNVERIFIED). The dashes the copy drops after lead-in words
are shown as the reference shows them, ``[—]``.

The versions from 29 May 2015 on use these paragraphs; the 2008-2015 text uses some of them
where the reconstruction says "[unchanged]" or elides words the notes do not show changed.
"""

from __future__ import annotations

from nm_trafficking.statute.model import Label, Paragraph

SECTION = "18 U.S.C. § 1591"
A = f"{SECTION}(a)"
A1 = f"{SECTION}(a)(1)"
A2 = f"{SECTION}(a)(2)"
CONCLUDING = f"{SECTION}(a), concluding provisions"
B = f"{SECTION}(b)"
B1 = f"{SECTION}(b)(1)"
B2 = f"{SECTION}(b)(2)"
C = f"{SECTION}(c)"
D = f"{SECTION}(d)"
E = f"{SECTION}(e)"
E1 = f"{SECTION}(e)(1)"
E2 = f"{SECTION}(e)(2)"
E3 = f"{SECTION}(e)(3)"
E4 = f"{SECTION}(e)(4)"
E5 = f"{SECTION}(e)(5)"
E6 = f"{SECTION}(e)(6)"

CHAPEAU_TEXT = "(a) Whoever knowingly[—]"
A1_TEXT = (
    "(1) in or affecting interstate or foreign commerce, or within the special maritime "
    "and territorial jurisdiction of the United States, recruits, entices, harbors, "
    "transports, provides, obtains, advertises, maintains, patronizes, or solicits by any"
    " means a person; or"
)
A2_TEXT = (
    "(2) benefits, financially or by receiving anything of value, from participation in a"
    " venture which has engaged in an act described in violation of paragraph (1),"
)
CONCLUDING_TEXT = (
    "knowing, or, except where the act constituting the violation of paragraph (1) is "
    "advertising, in reckless disregard of the fact, that means of force, threats of "
    "force, fraud, coercion described in subsection (e)(2), or any combination of such "
    "means will be used to cause the person to engage in a commercial sex act, or that "
    "the person has not attained the age of 18 years and will be caused to engage in a "
    "commercial sex act, shall be punished as provided in subsection (b)."
)
B_TEXT = "(b) The punishment for an offense under subsection (a) is[—]"
B1_TEXT = (
    "(1) if the offense was effected by means of force, threats of force, fraud, or "
    "coercion described in subsection (e)(2), or by any combination of such means, or if "
    "the person recruited, enticed, harbored, transported, provided, obtained, "
    "advertised, patronized, or solicited had not attained the age of 14 years at the "
    "time of such offense, by a fine under this title and imprisonment for any term of "
    "years not less than 15 or for life; or"
)
B2_TEXT = (
    "(2) if the offense was not so effected, and the person recruited, enticed, harbored,"
    " transported, provided, obtained, advertised, patronized, or solicited had attained "
    "the age of 14 years but had not attained the age of 18 years at the time of such "
    "offense, by a fine under this title and imprisonment for not less than 10 years or "
    "for life."
)
C_TEXT = (
    "(c) In a prosecution under subsection (a)(1) in which the defendant had a reasonable"
    " opportunity to observe the person so recruited, enticed, harbored, transported, "
    "provided, obtained, maintained, patronized, or solicited, the Government need not "
    "prove that the defendant knew, or recklessly disregarded the fact, that the person "
    "had not attained the age of 18 years."
)
D_TEXT = (
    "(d) Whoever obstructs, attempts to obstruct, or in any way interferes with or "
    "prevents the enforcement of this section, shall be fined under this title, "
    "imprisoned for a term not to exceed 25 years, or both."
)
E_TEXT = "(e) In this section:"
E1_TEXT = (
    "(1) The term “abuse or threatened abuse of law or legal process” means the use or "
    "threatened use of a law or legal process, whether administrative, civil, or "
    "criminal, in any manner or for any purpose for which the law was not designed, in "
    "order to exert pressure on another person to cause that person to take some action "
    "or refrain from taking some action."
)
E2_TEXT = (
    "(2) The term “coercion” means[—] (A) threats of serious harm to or physical "
    "restraint against any person; (B) any scheme, plan, or pattern intended to cause a "
    "person to believe that failure to perform an act would result in serious harm to or "
    "physical restraint against any person; or (C) the abuse or threatened abuse of law "
    "or the legal process."
)
E3_TEXT = (
    "(3) The term “commercial sex act” means any sex act, on account of which anything of"
    " value is given to or received by any person."
)
E4_TEXT = (
    "(4) The term “participation in a venture” means knowingly assisting, supporting, or "
    "facilitating a violation of subsection (a)(1)."
)
E5_TEXT = (
    "(5) The term “serious harm” means any harm, whether physical or nonphysical, "
    "including psychological, financial, or reputational harm, that is sufficiently "
    "serious, under all the surrounding circumstances, to compel a reasonable person of "
    "the same background and in the same circumstances to perform or to continue "
    "performing commercial sexual activity in order to avoid incurring that harm."
)
E6_TEXT = (
    "(6) The term “venture” means any group of two or more individuals associated in "
    "fact, whether or not a legal entity."
)

A1_VERBS_WORDS = (
    "recruits, entices, harbors, transports, provides, obtains, advertises, maintains, "
    "patronizes, or solicits by any means a person"
)
MEANS_WORDS = (
    "knowing, or, except where the act constituting the violation of paragraph (1) is "
    "advertising, in reckless disregard of the fact, that means of force, threats of force, "
    "fraud, coercion described in subsection (e)(2), or any combination of such means will be "
    "used to cause the person to engage in a commercial sex act"
)
AGE_MENTAL_STATE_WORDS = (
    "knowing, or, except where the act constituting the violation of paragraph (1) is "
    "advertising, in reckless disregard of the fact,"
)
C_WORDS = (
    "had a reasonable opportunity to observe the person so recruited, enticed, harbored, "
    "transported, provided, obtained, maintained, patronized, or solicited, the Government need "
    "not prove that the defendant knew, or recklessly disregarded the fact, that the person had "
    "not attained the age of 18 years"
)
E4_WORDS = "knowingly assisting, supporting, or facilitating a violation of subsection (a)(1)"

B1_PUNISHMENT = (
    "by a fine under this title and imprisonment for any term of years not less than 15 or for life"
)
B2_PUNISHMENT = "by a fine under this title and imprisonment for not less than 10 years or for life"
B_MEANS_WORDS = (
    "if the offense was effected by means of force, threats of force, fraud, or coercion "
    "described in subsection (e)(2), or by any combination of such means"
)
UNDER_14_WORDS = "had not attained the age of 14 years at the time of such offense"
FOURTEEN_TO_17_WORDS = (
    "had attained the age of 14 years but had not attained the age of 18 years at the time of "
    "such offense"
)

VERBS = (
    "recruiting",
    "enticing",
    "harboring",
    "transporting",
    "providing",
    "obtaining",
    "advertising",
    "maintaining",
    "patronizing",
    "soliciting",
)
"""The (a)(1) verbs from 29 May 2015, as the conduct model names them."""
OBSERVE_VERBS = tuple(v for v in VERBS if v != "advertising")
"""§ 1591(c): every (a)(1) verb but advertising."""
BAND_VERBS = tuple(v for v in VERBS if v != "maintaining")
"""§ 1591(b)(1), (b)(2): every (a)(1) verb but maintaining."""


def paragraph(citation: str, title: str, text: str, label: Label) -> Paragraph:
    return Paragraph(citation=citation, title=title, text=text, label=label)


def paragraphs(label: Label, *, e4: bool, d: bool) -> tuple[Paragraph, ...]:
    """(a)(1), (a)(2) and the paragraphs after them in statute order, labelled ``label``: the
    concluding provisions, (b), (c), (d) when ``d`` (its wording from 21 December 2018), and
    (e) with (e)(4) when ``e4`` (from 11 April 2018; before it (e) had five paragraphs, whose
    renumbered wording the reference does not give, so only (e)(1)-(3) are shown)."""
    out = [
        paragraph(A1, "Sex trafficking", A1_TEXT, label),
        paragraph(A2, "Benefiting from a venture", A2_TEXT, label),
        paragraph(CONCLUDING, "Mental states (concluding provisions)", CONCLUDING_TEXT, label),
        paragraph(B, "Punishment", B_TEXT, label),
        paragraph(B1, "Force, fraud or coercion, or under 14", B1_TEXT, label),
        paragraph(B2, "14 to 17, not so effected", B2_TEXT, label),
        paragraph(C, "Reasonable opportunity to observe", C_TEXT, label),
    ]
    if d:
        out.append(paragraph(D, "Obstruction", D_TEXT, label))
    out += [
        paragraph(E, "Definitions", E_TEXT, label),
        paragraph(E1, "Abuse or threatened abuse of law or legal process", E1_TEXT, label),
        paragraph(E2, "Coercion", E2_TEXT, label),
        paragraph(E3, "Commercial sex act", E3_TEXT, label),
    ]
    if e4:
        out += [
            paragraph(E4, "Participation in a venture", E4_TEXT, label),
            paragraph(E5, "Serious harm", E5_TEXT, label),
            paragraph(E6, "Venture", E6_TEXT, label),
        ]
    return tuple(out)
