"""30-52-1(D): prosecution under this section does not bar prosecution under other law."""

from nm_trafficking.statute.model import Paragraph

PARAGRAPH_D = Paragraph(
    citation="30-52-1(D)",
    title="Other offenses",
    text=(
        "D. Prosecution pursuant to this section shall not prevent prosecution pursuant to any "
        "other provision of the law when the conduct also constitutes a violation of that other "
        "provision."
    ),
)

RELATED_OFFENCES = (
    "NMSA § 30-28-1 attempt to commit a felony ([S], current code mirrors; a court cites "
    "subsection (B) as '(1963)' [P]) — e.g. a sting in which the person was not in fact a minor",
    "NMSA § 30-28-2 conspiracy ([S], secondary mirrors; a court cites it as '(1979)' [P])",
    "NMSA § 30-4-1 kidnapping (text and grade NOT FOUND; a court cites it as '(2003)' [P, via "
    "mirror])",
    "NMSA § 30-6-3 contributing to the delinquency of a minor (current text and grade NOT FOUND; "
    "its predecessor § 40A-6-3, as a court quotes it [P, via mirror], reached 'the delinquency of "
    "any person under the age of eighteen [18] years'; a conviction beside human trafficking in "
    "State v. Jackson [P, via mirror])",
    "NMSA § 30-6A-4 sexual exploitation of children by prostitution (reported to reach children "
    "under 16 only; current text NOT FOUND; a court cites it as '(1989, amended 2015)' [P, via "
    "mirror])",
    "NMSA § 30-9-2 prostitution (text NOT FOUND)",
    "NMSA § 30-9-3 patronizing prostitutes (text not among the sources read)",
    "NMSA § 30-9-4 promoting prostitution (text NOT FOUND; a court cites it as '(1981)' [P, via "
    "mirror])",
    "NMSA § 30-9-4.1 accepting earnings of a prostitute (text and grade NOT FOUND; a court cites "
    "it as '(1981)' [P, via mirror])",
    "18 U.S.C. § 1589 forced labor ([S])",
    "18 U.S.C. § 1590 trafficking with respect to peonage, slavery, involuntary servitude or "
    "forced labor ([S])",
    "18 U.S.C. § 1591 sex trafficking of children or by force, fraud, or coercion ([S]; its verbs "
    "include harbors, provides, advertises, maintains, patronizes)",
)
"""Related law a prosecutor weighs on the same facts (``nmsa-30-52-1.md`` § 4), each labelled
as the references label its text: § 30-28-1 and § 30-28-2 from ``related-law-2026-12.md``
§ 2.1-2.2 ([S] text; the years a court cites [P]); § 30-4-1, §§ 30-6A-4, 30-9-4 and 30-9-4.1
from ``research-2026-11-related-texts.md`` § 3.1-3.4 (text NOT FOUND; the years from State v.
McCoy and State v. Carson, court text read via mirrors: Carson's opening names each beside its
human trafficking counts); § 30-6-3 from § 3.7 there (current text and grade NOT FOUND; only the
predecessor § 40A-6-3 as State v. Gunter quotes it, and State v. Jackson's opening names the
offense among its convictions, both court text via mirrors; the list is the same for every
finding, so its reach to a person under eighteen is said in its entry, as § 30-6A-4's age is);
§ 30-9-2 from ``related-law-2026-12.md`` § 6
(NOT FOUND); § 30-9-3 was not looked for in any source read; §§ 1589-1591 as
``federal-18-usc-1589-1590-1591.md`` § 1 labels their current text ([S])."""
