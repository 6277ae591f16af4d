"""Attribution phrase and kind, hedges, captions, roles, location, mode, evidence and ids."""
from events_kit import code, parsed
from detente.events import explain
from detente.events.coder import code_events
from events_kit import mentions_for


def first(text, role="body"):
    events = code(text, role)
    assert events, "no event"
    return events[0]


def test_named_attribution():
    e = first("Kenya attacked Uganda, President John Mwangi said.")
    assert e.attribution_kind == "named" and "said" in e.attribution


def test_anonymous_sources():
    e = first("Norway expelled Danish diplomats, officials said.")
    assert e.attribution_kind == "anonymous"


def test_according_to_government_sources():
    e = first("According to informed government sources, Chile lifted the sanctions on Peru.")
    assert e.attribution.startswith("according to") and e.attribution_kind == "anonymous"


def test_media_report():
    e = first("Ghana arrested two Togolese traders, a local newspaper reported.")
    assert e.attribution_kind == "media"


def test_statement():
    e = first("Finland will provide aid to Kenya, the statement said.")
    assert e.attribution_kind == "statement"


def test_hedge_lowers_confidence():
    plain = first("Norway attacked Denmark.")
    hedged = first("Norway reportedly attacked Denmark.")
    assert hedged.confidence < plain.confidence


def test_caption_is_coded_with_its_role_and_lower_confidence():
    caption = first("Peru deployed troops to the Bolivian border.", role="caption")
    body = first("Peru deployed troops to the Bolivian border.")
    assert caption.evidence.segment_role == "caption" and caption.confidence < body.confidence


def test_related_and_comment_segments_are_not_coded():
    for role in ("related", "comment", "boilerplate"):
        art, sentences = parsed("Peru deployed troops to the Bolivian border.", "body")
        moved = tuple(s.__class__(s.doc_id, s.index, s.segment, role, s.start, s.end, s.text, s.tokens) for s in sentences)
        assert code_events(art, moved, mentions_for(moved)) == ()


def test_location_from_in_place():
    e = first("Kenya held talks with Uganda in Nairobi.")
    assert e.location is not None and e.location.text == "Nairobi"


def test_mode_and_context_come_from_data():
    e = first("Kenyan jets bombed Ugandan military positions.")
    assert e.mode == "aerial" and e.context == "military"


def test_evidence_offsets_point_into_the_article():
    text = "Later, Chile attacked Peru."
    e = first(text)
    assert text[e.evidence.trigger_start:e.evidence.trigger_end] == "attacked"
    assert text[e.evidence.start:e.evidence.end] == e.evidence.sentence


def test_event_ids_are_stable_and_distinct():
    a = code("Chile attacked Peru. Later, Bolivia attacked Chile.")
    b = code("Chile attacked Peru. Later, Bolivia attacked Chile.")
    assert [e.event_id for e in a] == [e.event_id for e in b]
    assert len({e.event_id for e in a}) == len(a) == 2


def test_explain_names_rule_cue_and_resolution():
    info = explain(first("Kenya will sign a trade agreement with Uganda."))
    assert info["rule"].startswith("verb:sign") and info["status_cue"] == "modal:will"
    assert "KEN" in info["source"]["resolution"]
