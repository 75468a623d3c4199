"""Conduct: what one actor did toward another person, with the mental states the statutes ask.

Field names follow the statutes' words. Every fact is true, false or unknown (absent = unknown).
The facts of NMSA § 30-52-1 are the conduct's own fields; the facts only federal law asks
(18 U.S.C. §§ 1589, 1590, 1591) are in the optional ``federal`` block. A federal fact is never
inferred from a state fact: the shared facts are the verb, the date, the person's age,
``knowingly`` and ``benefit`` (the same words in both laws); everything else federal law asks
is stated in ``federal`` or is unknown.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field, model_validator

from nm_trafficking.facts.base import FactModel
from nm_trafficking.facts.persons import Age, FactDate, Identifier, Text
from nm_trafficking.facts.place import CountyValue
from nm_trafficking.facts.truth import Truth, TruthValue


class Act(StrEnum):
    """The verb of the conduct. The first six are in the 2008 text of § 30-52-1; the last five
    are not (they are explained as not covered there) but are verbs of 18 U.S.C. § 1591(a)(1)
    (harbors, maintains, provides, patronizes, advertises) and § 1590(a) (harbors, provides)."""

    RECRUITING = "recruiting"
    SOLICITING = "soliciting"
    ENTICING = "enticing"
    TRANSPORTING = "transporting"
    OBTAINING = "obtaining"
    BENEFITING = "benefiting"
    HARBORING = "harboring"
    MAINTAINING = "maintaining"
    PROVIDING = "providing"
    PATRONIZING = "patronizing"
    ADVERTISING = "advertising"


class Means(FactModel):
    """Force, fraud, coercion: the three statutory means."""

    force: TruthValue = Truth.UNKNOWN
    fraud: TruthValue = Truth.UNKNOWN
    coercion: TruthValue = Truth.UNKNOWN


class Purposes(FactModel):
    """Labor, services, commercial sexual activity (and, for the record, any other purpose)."""

    labor: TruthValue = Truth.UNKNOWN
    services: TruthValue = Truth.UNKNOWN
    commercial_sexual_activity: TruthValue = Truth.UNKNOWN
    other: Text | None = Field(
        default=None, description="a purpose outside the statute's three, described"
    )


class Benefit(FactModel):
    """30-52-1(A)(3): "financially or by receiving anything of value"."""

    financially: TruthValue = Truth.UNKNOWN
    anything_of_value: TruthValue = Truth.UNKNOWN
    description: Text | None = None


# --- the federal block (18 U.S.C. §§ 1589, 1590, 1591) ----------------------------------------


class FederalJurisdiction(FactModel):
    """§ 1591(a)(1): "in or affecting interstate or foreign commerce, or within the special
    maritime and territorial jurisdiction of the United States". Never inferred from the place,
    the internet, hotels or roads; Indian country is not the special maritime and territorial
    jurisdiction."""

    in_or_affecting_interstate_or_foreign_commerce: TruthValue = Field(
        default=Truth.UNKNOWN,
        description="the acts (for benefiting: the venture's act) were in or affecting "
        "interstate or foreign commerce",
    )
    within_special_maritime_and_territorial_jurisdiction: TruthValue = Field(
        default=Truth.UNKNOWN,
        description="the acts were within the special maritime and territorial jurisdiction of "
        "the United States (not the same as Indian country)",
    )


class SexTraffickingMeans(FactModel):
    """The § 1591 means: force, threats of force, fraud, and coercion as § 1591(e)(2) defines
    it ((A) threats of serious harm or physical restraint; (B) a scheme, plan or pattern;
    (C) abuse or threatened abuse of law or legal process)."""

    force: TruthValue = Truth.UNKNOWN
    threats_of_force: TruthValue = Truth.UNKNOWN
    fraud: TruthValue = Truth.UNKNOWN
    coercion_threats_of_serious_harm_or_restraint: TruthValue = Field(
        default=Truth.UNKNOWN, description="§ 1591(e)(2)(A)"
    )
    coercion_scheme_plan_or_pattern: TruthValue = Field(
        default=Truth.UNKNOWN, description="§ 1591(e)(2)(B)"
    )
    coercion_abuse_of_legal_process: TruthValue = Field(
        default=Truth.UNKNOWN, description="§ 1591(e)(2)(C)"
    )


class KnewOrReckless(FactModel):
    """A federal mental state: the actor knew, or was in reckless disregard of, a fact."""

    knew: TruthValue = Truth.UNKNOWN
    reckless_disregard: TruthValue = Truth.UNKNOWN


class Venture(FactModel):
    """Benefit from participation in a venture (§ 1591(a)(2), § 1589(b)): what the venture did
    and how the actor took part."""

    act: Act | None = Field(
        default=None,
        description="what the venture did to the person (§ 1591(a)(2): an act of § 1591(a)(1))",
    )
    person_to_engage_in_commercial_sex_act: TruthValue = Field(
        default=Truth.UNKNOWN,
        description="the venture's act was to get the person to engage in a commercial sex act",
    )
    two_or_more_individuals_associated_in_fact: TruthValue = Field(
        default=Truth.UNKNOWN, description="§ 1591(e)(6): the venture"
    )
    knowingly_assisted_supported_or_facilitated: TruthValue = Field(
        default=Truth.UNKNOWN,
        description="§ 1591(e)(4) (from 2018-04-11): the actor knowingly assisted, supported or "
        "facilitated a violation of § 1591(a)(1)",
    )
    participated: TruthValue = Field(
        default=Truth.UNKNOWN,
        description="the actor participated in the venture (the finder's own judgement, where "
        "no statutory definition applies: § 1589(b); § 1591 before 2018-04-11)",
    )
    benefit_from_participation: TruthValue = Field(
        default=Truth.UNKNOWN, description="the benefit came from that participation"
    )
    engaged_in_labor_or_services_by_1589_means: TruthValue = Field(
        default=Truth.UNKNOWN,
        description="§ 1589(b): the venture provided or obtained labor or services by a "
        "§ 1589(a) means",
    )
    as_to_labor_means: KnewOrReckless = Field(
        default_factory=KnewOrReckless,
        description="§ 1589(b): the actor knew, or recklessly disregarded, that it had",
    )


class Labor(FactModel):
    """Labor or services (§§ 1589, 1590)."""

    labor_or_services_of_the_person: TruthValue = Field(
        default=Truth.UNKNOWN,
        description="§ 1589(a): what the actor provided or obtained was the person's labor or "
        "services",
    )
    provided_or_obtained_labor_or_services: TruthValue = Field(
        default=Truth.UNKNOWN,
        description="§ 1589(a): the actor provided or obtained the person's labor or services, "
        "whatever verb records the act toward the person. A fact of its own: obtaining a person "
        "(the verb of § 30-52-1 and § 1590) is not obtaining the person's labor or services. "
        "Unknown: read from the verb (providing or obtaining) with "
        "labor_or_services_of_the_person",
    )

    @model_validator(mode="after")
    def _consistent(self) -> Labor:
        said = self.provided_or_obtained_labor_or_services
        of_person = self.labor_or_services_of_the_person
        if Truth.UNKNOWN not in (said, of_person) and said is not of_person:
            raise ValueError(
                "provided_or_obtained_labor_or_services and labor_or_services_of_the_person "
                "contradict each other: one says the actor provided or obtained the person's "
                "labor or services, the other that he did not"
            )
        return self

    for_labor_or_services: TruthValue = Field(
        default=Truth.UNKNOWN, description="§ 1590(a): the act was for labor or services"
    )
    chapter_77_violation_completed: TruthValue = Field(
        default=Truth.UNKNOWN,
        description='§ 1590(a) "in violation of this chapter": the labor or services were in '
        "fact obtained in violation of chapter 77 (peonage, slavery, involuntary servitude, "
        "forced labor)",
    )
    chapter_77_violation_intended_or_known: TruthValue = Field(
        default=Truth.UNKNOWN, description="§ 1590(a): the actor intended or knew that"
    )


class LaborMeans(FactModel):
    """§ 1589(a): the labor or services were provided or obtained by means of these (to that
    person or another person, where the text says so). The 2000 text had four of them."""

    force: TruthValue = Truth.UNKNOWN
    threats_of_force: TruthValue = Truth.UNKNOWN
    physical_restraint: TruthValue = Truth.UNKNOWN
    threats_of_physical_restraint: TruthValue = Truth.UNKNOWN
    serious_harm: TruthValue = Truth.UNKNOWN
    threats_of_serious_harm: TruthValue = Truth.UNKNOWN
    abuse_or_threatened_abuse_of_law_or_legal_process: TruthValue = Truth.UNKNOWN
    scheme_plan_or_pattern: TruthValue = Truth.UNKNOWN


class Aggravation(FactModel):
    """§§ 1589(d), 1590(a) second sentence: death resulted, or the violation included one of
    these (penalty only)."""

    death_results: TruthValue = Truth.UNKNOWN
    kidnapping: TruthValue = Truth.UNKNOWN
    attempt_to_kidnap: TruthValue = Truth.UNKNOWN
    aggravated_sexual_abuse: TruthValue = Truth.UNKNOWN
    attempt_to_commit_aggravated_sexual_abuse: TruthValue = Truth.UNKNOWN
    attempt_to_kill: TruthValue = Truth.UNKNOWN


class FederalFacts(FactModel):
    """The facts only 18 U.S.C. §§ 1589, 1590 and 1591 ask. Absent facts are unknown."""

    jurisdiction: FederalJurisdiction = Field(
        default_factory=FederalJurisdiction, description="§ 1591(a)(1): commerce or SMTJ"
    )
    knew_means_will_be_used: SexTraffickingMeans = Field(
        default_factory=SexTraffickingMeans,
        description="§ 1591(a): the actor knew that the means will be used to cause the person "
        "to engage in a commercial sex act",
    )
    reckless_disregard_means_will_be_used: SexTraffickingMeans = Field(
        default_factory=SexTraffickingMeans,
        description="§ 1591(a): the actor was in reckless disregard of the fact that the means "
        "will be used (never enough for advertising)",
    )
    as_to_age: KnewOrReckless = Field(
        default_factory=KnewOrReckless,
        description="§ 1591(a): the actor knew, or recklessly disregarded, that the person had "
        "not attained the age of 18 years",
    )
    reasonable_opportunity_to_observe: TruthValue = Field(
        default=Truth.UNKNOWN,
        description="§ 1591(c): the actor had a reasonable opportunity to observe the person "
        "(United States v. Duong, 10th Cir. 2017); § 1591(a)(1) only",
    )
    as_to_commercial_sex_act: KnewOrReckless = Field(
        default_factory=KnewOrReckless,
        description="§ 1591(a): the actor knew, or recklessly disregarded, that the person will "
        "be caused to engage in a commercial sex act (§ 1591(e)(3))",
    )
    offense_effected_by: SexTraffickingMeans = Field(
        default_factory=SexTraffickingMeans,
        description="§ 1591(b)(1): the offense was in fact effected by these means (penalty only)",
    )
    venture: Venture = Field(default_factory=Venture, description="§ 1591(a)(2), § 1589(b)")
    labor: Labor = Field(default_factory=Labor, description="§§ 1589, 1590")
    labor_means: LaborMeans = Field(default_factory=LaborMeans, description="§ 1589(a)")
    aggravation: Aggravation = Field(
        default_factory=Aggravation, description="§§ 1589(d), 1590(a): penalty only"
    )


class Agreement(FactModel):
    """NMSA § 30-28-2(A): "knowingly combining with another for the purpose of committing a
    felony" — an agreement is a fact to state (with whom, to do what), never inferred from acts
    done together."""

    with_persons: tuple[Identifier, ...] = Field(
        default=(), description="the ids of the persons the actor agreed with"
    )
    to_commit_this_act: TruthValue = Field(
        default=Truth.UNKNOWN,
        description="the actor knowingly combined with them for the purpose of committing this "
        "act (the trafficking it would be)",
    )


class Accessory(FactModel):
    """NMSA § 30-1-13 [S]: a person who "procures, counsels, aids or abets in its commission" —
    someone who helped this act (the lookout, the room-booker, the money collector) without
    doing it. The ways are the statute's words; the helper's intent is a fact to state (the
    elements of the uniform jury instruction, UJI 14-2822, were NOT FOUND). Absent = unknown."""

    person: Identifier = Field(description="id of the person who helped the act")
    procured: TruthValue = Field(default=Truth.UNKNOWN, description="procured its commission")
    counselled: TruthValue = Field(default=Truth.UNKNOWN, description="counselled its commission")
    aided: TruthValue = Field(default=Truth.UNKNOWN, description="aided in its commission")
    abetted: TruthValue = Field(default=Truth.UNKNOWN, description="abetted its commission")
    intended_that_the_offense_be_committed: TruthValue = Field(
        default=Truth.UNKNOWN,
        description="the helper intended that the offense be committed (a stated fact: the "
        "mental state the instruction requires is NOT verified; unknown when not stated)",
    )
    description: Text | None = Field(default=None, description="what the helper did")


_NO_AGREEMENT = Agreement()

_NO_FEDERAL_FACTS = FederalFacts()
"""The federal block of every act that states none: one instance for all (it is frozen and holds
no fact), since making its nested defaults afresh for each act took a third of the time of
validating a typical fact pattern."""


class Conduct(FactModel):
    """One act of one actor toward another person."""

    id: Identifier
    actor: Identifier = Field(description="id of the person who acted (a possible defendant)")
    person: Identifier = Field(
        description="id of the other person acted upon, or whose labor, services or commercial "
        "sexual activity the actor benefited from (a possible victim)"
    )
    act: Act
    date: FactDate | None = Field(default=None, description="the date of the conduct")
    knowingly: TruthValue = Truth.UNKNOWN
    means_will_be_used: Means = Field(
        default_factory=Means,
        description="(A)(1): the actor's intent or knowledge that force, fraud or coercion "
        "will be used",
    )
    to_subject_to: Purposes = Field(
        default_factory=Purposes,
        description="(A)(1): to subject the person to labor, services or commercial sexual "
        "activity",
    )
    will_be_caused_to_engage_in_commercial_sexual_activity: TruthValue = Field(
        default=Truth.UNKNOWN,
        description="(A)(2): the actor's intent or knowledge that the person will be caused to "
        "engage in commercial sexual activity",
    )
    benefit: Benefit = Field(default_factory=Benefit, description="(A)(3): what the actor received")
    benefit_from: Purposes = Field(
        default_factory=Purposes,
        description="(A)(3): whose labor, services or commercial sexual activity it came from",
    )
    means_was_used: Means = Field(
        default_factory=Means,
        description="(A)(3): the actor's knowledge that force, fraud or coercion was used to "
        "obtain the labor, services or commercial sexual activity",
    )
    federal: FederalFacts = Field(
        default_factory=lambda: _NO_FEDERAL_FACTS,
        description="the facts only federal law (18 U.S.C. §§ 1589, 1590, 1591) asks; absent "
        "facts are unknown and the federal elements that need them undetermined",
    )
    agreement: Agreement = Field(
        default_factory=lambda: _NO_AGREEMENT,
        description="conspiracy (NMSA § 30-28-2): with whom the actor agreed to commit this act; "
        "a note grades it one step down from the act's grade, never a finding",
    )
    accessories: tuple[Accessory, ...] = Field(
        default=(),
        description="persons who procured, counselled, aided or abetted this act (NMSA "
        "§ 30-1-13 [S]); each gets an accessory finding under the paragraphs and the degree of "
        "this act, never a finding of their own act",
    )
    in_indian_country: TruthValue = Field(
        default=Truth.UNKNOWN,
        description="the conduct took place in Indian country (18 U.S.C. § 1151: a "
        "reservation, a dependent Indian community, an allotment; pueblo lands are Indian "
        "country, State v. Romero): who is Indian then decides between State, federal and "
        "Tribal jurisdiction (a note, never a finding)",
    )
    county: CountyValue | None = Field(
        default=None,
        description="where the conduct took place: one of New Mexico's 33 counties by its "
        "name (e.g. Bernalillo, Doña Ana), or 'outside New Mexico'; absent: not stated. "
        "§ 30-52-1(B) names the district attorney in the county of jurisdiction; which county "
        "that is (venue) is not decided here",
    )
    place: Text | None = Field(
        default=None,
        description="the place of the conduct in the caller's words (e.g. a motel on Central "
        "Avenue); recorded, never tested",
    )
    as_buyer: TruthValue = Field(
        default=Truth.UNKNOWN,
        description="the actor acted as a buyer: the act is the actor's own purchase of the "
        "person's commercial sexual activity (unknown: read from the actor's consumer role). "
        "Whether the 2008 verbs of § 30-52-1 reach a buyer is UNVERIFIED, so (A)(1) and (A)(2) "
        "stay undetermined for such an act, whatever verb records it",
    )
    believed_age: Age | None = Field(
        default=None,
        description="the age the actor believed the person to be. Recorded, never decisive: "
        "knowledge of age is not an element of (A)(2) (State v. Jackson, 2018-NMCA-066)",
    )
    description: Text | None = None


NEAR_SAME_FACTS: tuple[tuple[str, str], ...] = (
    ("means_will_be_used.force", "federal.knew_means_will_be_used.force"),
    ("means_will_be_used.fraud", "federal.knew_means_will_be_used.fraud"),
    (
        "will_be_caused_to_engage_in_commercial_sexual_activity",
        "federal.as_to_commercial_sex_act.knew",
    ),
    ("to_subject_to.commercial_sexual_activity", "federal.as_to_commercial_sex_act.knew"),
)
"""State facts and federal facts of one act that ask nearly the same question (the actor's
knowledge that force, fraud, or commercial sex will follow). Neither is ever inferred from the
other (the laws define their words differently, and the state definitions are UNVERIFIED); when
a pattern answers them with opposite truth values, the output says so, as a likely error."""


NEAR_SAME_WORDS: dict[str, str] = {
    "means_will_be_used.force": "{actor} intended or knew that force would be used",
    "means_will_be_used.fraud": "{actor} intended or knew that fraud would be used",
    "will_be_caused_to_engage_in_commercial_sexual_activity": (
        "{actor} intended or knew that {person} would be caused to engage in commercial sexual "
        "activity"
    ),
    "to_subject_to.commercial_sexual_activity": (
        "the purpose was to subject {person} to commercial sexual activity"
    ),
    "federal.knew_means_will_be_used.force": (
        "{actor} knew that force would be used to cause {person} to engage in a commercial sex act"
    ),
    "federal.knew_means_will_be_used.fraud": (
        "{actor} knew that fraud would be used to cause {person} to engage in a commercial sex act"
    ),
    "federal.as_to_commercial_sex_act.knew": (
        "{actor} knew that {person} would be caused to engage in a commercial sex act"
    ),
}
"""Each fact of :data:`NEAR_SAME_FACTS` as a clause about the people, for the note that says a
pattern answers two of them both ways."""


def fact_at(model: BaseModel, path: str) -> object:
    """The value at a dotted path of a fact model (e.g. ``federal.venture.participated``)."""
    value: object = model
    for name in path.split("."):
        value = getattr(value, name)
    return value
