"""A surname takes the reading of its person that knows a state (session 29, whoacts22): "Deputy Foreign Minister
X Y" is read both as "Foreign Minister X Y" under the title "Deputy" (no state) and as "X Y" (the page's state),
and a later "Y told the agency that ..." took the stateless reading, so the speaker's charge had no source
(wire44 w44_08). coref.person_by_name now prefers the reading with a state whose name the other ends with.
Our own sentences."""
from __future__ import annotations

from helpers import events_of
from detente.actors.coref import with_state
from detente.actors.mentions import PersonRef

PAGE = ("Ghana's decision to expel the ambassador of Nigeria is final, Deputy Foreign Minister Kwame Mensah said on "
        "Thursday. Mensah told the agency that Nigeria had violated diplomatic norms.")


def test_the_surname_of_a_deputy_minister_speaks_for_his_state():
    assert ("ACCUSE", "GHA", "NGA") in events_of(PAGE)


def _ref(name: str, country: str | None) -> PersonRef:
    return PersonRef(0, 0, name, country, "GOV", "title", False, "")


def test_only_a_reading_of_the_same_name_lends_its_state():
    titled, plain = _ref("Foreign Minister Kwame Mensah", None), _ref("Kwame Mensah", "GHA")
    assert with_state(titled, [titled, plain]).country == "GHA"
    other = _ref("Ama Mensah", "NGA")  # another Mensah: not the same person
    assert with_state(titled, [titled, other]) is titled
    assert with_state(plain, [plain, other]) is plain
