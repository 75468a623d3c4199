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
