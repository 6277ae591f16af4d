"""The head of a plain-text page: site menus, sentence-case headlines, leads whose verb is irregular."""
from detente.clean import clean_document
from detente.ids import doc_id
from detente.records import Document

PAGE = "\n\n".join([
    "Harbour & Hills Gazette",
    "Home | Africa | Markets | Opinion | Video",
    "Senegal recalls envoy after border clash; Dakar demands inquiry",
    "May 2, 2024 | Staff writer | 4 min read",
    "DAKAR — Soldiers fought near a river crossing in the south overnight, leaving three border guards hurt and a "
    "customs post burnt, regional officials told reporters.",
    "Senegal's foreign ministry recalled its ambassador on Thursday and called for a joint investigation.",
    "The two governments signed a border accord in 2019 that set up regular patrols along the river.",
])


def _roles():
    article = clean_document(Document(doc_id(PAGE), "page.txt", None, "text", PAGE))
    return {article.text[s.start:s.end].strip()[:20]: s.role for s in article.segments}, article


def test_a_pipe_separated_menu_is_boilerplate():
    roles, _ = _roles()
    assert roles["Home | Africa | Mark"] == "boilerplate"


def test_the_sentence_case_headline_is_the_title_not_the_site_name_or_menu():
    roles, article = _roles()
    assert roles["Senegal recalls envo"] == "title" and roles["Harbour & Hills Gaze"] != "title"
    assert article.title.startswith("Senegal recalls envoy")


def test_a_lead_with_an_irregular_past_verb_is_body_and_its_wire_dateline_is_a_dateline():
    roles, _ = _roles()
    assert roles["Soldiers fought near"] == "body" and roles["DAKAR —"] == "dateline"


WIRE = "\n\n".join([
    "Lagoon Wire",
    "Benin and Niger reopen border crossing",
    "COTONOU, June 4, 2023 (Lagoon Wire) - Benin and Niger reopened their main border crossing on Saturday, "
    "customs officials said, after talks between the two trade ministers.",
    "Traders had waited for weeks on both sides of the river as lorries queued at the closed post.",
])


def test_a_wire_dateline_gives_the_publication_date_and_stays_out_of_the_lead_sentence():
    article = clean_document(Document(doc_id(WIRE), "wire.txt", None, "text", WIRE))
    assert (article.published.value, article.published.source) == ("2023-06-04", "dateline")
    lead = next(s for s in article.segments if s.role == "body")
    assert article.text[lead.start:lead.end].startswith("Benin and Niger reopened")


def test_capitals_before_a_plain_hyphen_are_not_a_dateline():
    from detente.clean.text_segmenter import split_units

    assert len(split_units("ASEAN - China talks resume in the capital on Monday")) == 1
