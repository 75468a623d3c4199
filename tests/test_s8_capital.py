"""Review Z3 3 of session 8: a sentence's capital letter never changes an id."""

from __future__ import annotations

from nm_trafficking import words


def test_a_sentence_opening_with_an_id_keeps_the_id_as_written() -> None:
    """Review Z3 3 of session 8: ids are case-sensitive and may carry any Latin letter: a
    sentence that opens with one keeps it ('ßabine', not 'SSabine'; 'p1', not 'P1')."""
    assert words.capital("ßabine is also a victim") == "ßabine is also a victim"
    assert words.capital("p1 is also a victim") == "p1 is also a victim"
    assert words.capital("María-José is also a victim") == "María-José is also a victim"
    assert words.capital("the conduct is recruiting") == "The conduct is recruiting"
    assert words.capital("whether's own, one-day") == "Whether's own, one-day"
    assert words.capital("") == ""


def test_a_caution_opening_with_a_lower_case_id_keeps_it_in_the_law_line() -> None:
    """Review Z5 1 of session 8: the line's why opened with the also-victim caution, and the
    sentence's capital turned the id 'b' into 'B' (which may be another person's id)."""
    from datetime import date

    import nm_trafficking as nmt

    pattern = nmt.from_dict(
        {
            "persons": [{"id": "t"}, {"id": "b", "birth_date": "2004-05-05"},
                        {"id": "k", "birth_date": "2006-05-05"}],
            "conduct": [
                {"id": "c1", "actor": "t", "person": "b", "act": "obtaining",
                 "date": "2020-02-01", "knowingly": True,
                 "will_be_caused_to_engage_in_commercial_sexual_activity": True},
                {"id": "c2", "actor": "b", "person": "k", "act": "recruiting",
                 "date": "2020-03-01", "knowingly": True,
                 "will_be_caused_to_engage_in_commercial_sexual_activity": True},
            ],
        }
    )  # fmt: skip
    a = nmt.assess(pattern, today=date(2026, 12, 7))
    text = " ".join(a.explain().split())
    markdown = " ".join(a.to_markdown().split())
    assert "b is also a victim" in text and "B is also a victim" not in text
    assert "b is also a victim" in markdown and "B is also a victim" not in markdown
