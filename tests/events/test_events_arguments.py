"""Argument selection and type choice for the patterns added on top of the basic lexicon (own sentences)."""
import pytest

from events_kit import code, summary

CASES = [
    # type families from the CAMEO-to-PLOVER correspondence
    ("Bolivian farmers blocked the main highway to Chile.", ("PROTEST", "BOL", "CHL")),
    ("Togo freed four Ghanaian fishermen.", ("RETREAT", "TGO", "GHA")),
    ("Chile lifted its embargo on Peru.", ("RETREAT", "CHL", "PER")),
    ("Kenya apologized to Uganda for the border incident.", ("SUPPORT", "KEN", "UGA")),  # CAMEO 055 -> SUPPORT (PLOVER crosswalk)
    ("Finland established diplomatic relations with Kenya.", ("SUPPORT", "FIN", "KEN")),
    ("Denmark cancelled a planned visit to Norway.", ("SANCTION", "DNK", "NOR")),
    ("Peru will withdraw its observers from Bolivia.", ("THREATEN", "PER", "BOL")),
    ("Norway will provide 500 tons of food aid to Kenya.", ("AGREE", "NOR", "KEN")),
    # who is acted upon
    ("Ghana demanded that Togo pay the debt.", ("REQUEST", "GHA", "TGO")),
    ("The Chilean foreign minister said Bolivia must stop the smuggling.", ("REQUEST", "CHL", "BOL")),
    ("Norway threatened to leave the forum unless Denmark changed its position.", ("THREATEN", "NOR", "DNK")),
    ("Peru threatened to raise tariffs on Chilean wine.", ("THREATEN", "PER", "CHL")),
    ("Norway strengthened its forces in Finland.", ("MOBILIZE", "NOR", "FIN")),
    ("Kenya complained to Norway about Ugandan air raids.", ("ACCUSE", "KEN", "UGA")),
    ("Chile is opposed to Peruvian mediation in the dispute.", ("REJECT", "CHL", "PER")),
    ("Denmark rejected calls by Norway for new talks.", ("REJECT", "DNK", "NOR")),
    ("Finnish charities donated and shipped blankets to Togo.", ("AID", "FIN", "TGO")),
    ("Uganda will not accept the Kenyan proposal.", ("REJECT", "UGA", "KEN")),
    ("Togo threatened to break off relations with Ghana and Kenya.", ("THREATEN", "TGO", "KEN")),
    # "condemned what it called X by Y": the doer of the named act (sent-dev)
    ("Norway condemned what it called unprovoked firing by Danish border guards.", ("ACCUSE", "NOR", "DNK")),
    ("Kenya denounced what it described as Ugandan incursions into its territory.", ("ACCUSE", "KEN", "UGA")),
    # forces massed near a state's border are aimed at it, as drills staged there are (sent-dev)
    ("Kenya has massed troops near the Ugandan border.", ("MOBILIZE", "KEN", "UGA")),
    ("Norway has amassed troops near Finland's northern border.", ("MOBILIZE", "NOR", "FIN")),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_argument_pattern(text, expected):
    assert expected in summary(code(text))


def test_refusal_of_an_offer_is_asserted():
    events = [e for e in code("Uganda will not accept the Kenyan proposal.") if e.event_type == "REJECT"]
    assert events and all(e.status == "asserted" for e in events)


def test_complaint_addressee_is_not_the_target():
    assert ("ACCUSE", "KEN", "NOR") not in summary(code("Kenya complained to Norway about Ugandan air raids."))


def test_place_near_a_border_is_not_a_target():
    got = summary(code("Kenyan troops patrolled and deployed near the Ugandan border."))
    assert not any(t == "UGA" for _, _, t in got)


def test_condition_clause_is_not_the_main_event():
    got = {t for t, _, _ in summary(code("Bolivia will boycott the summit unless Chile agrees to new talks."))}
    assert "THREATEN" in got and "AGREE" not in got


def test_labour_strike_is_not_an_attack():
    got = {t for t, _, _ in summary(code("Danish teachers began a four-day strike over pay."))}
    assert "ASSAULT" not in got


def test_object_of_first_verb_blocks_argument_sharing():
    got = summary(code("Ghana opened its ports to Togolese traders but refused entry to Kenyan ships."))
    assert ("CONCEDE", "GHA", "KEN") not in got


def test_said_without_must_is_not_a_request():
    assert not any(e.event_type == "REQUEST" for e in code("The Chilean minister said Bolivia will host the games."))


def test_verb_coordinated_with_a_passive_shares_its_subject_not_its_agent():
    events = code("The Kenyan envoy was summoned by Uganda and will leave the country.")
    assert not any(e.source.country == "UGA" and e.evidence.trigger == "leave" for e in events)
    got = summary(code("The Togolese minister was indicted by Ghana and will resign."))
    assert not any(t in ("AGREE", "CONCEDE") and s == "GHA" for t, s, _ in got)
