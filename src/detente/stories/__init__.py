"""Stories stage: recognise the same story across documents and outlets.

Each article gets a MinHash fingerprint of its content vocabulary (title and body only, so a
site's shared 'related stories' furniture cannot glue unrelated pages together). LSH banding over
the signatures proposes candidate pairs, at most a fixed number per document however crowded a
band bucket gets, so clustering stays linear in the corpus (see cluster.py). A pair joins one story
when its estimated Jaccard similarity clears STORY_JACCARD and the publication dates (when both are
known) are close; pages that share a country pair their events are about need less similarity, or a
share of their proper names (topics.py, names.py); a pair linked by the country pair and little
vocabulary alone holds only for one page's closest partner, or when such pairs join most pages of two
groups (cluster.best_partner, cluster.weak_joins: two stories of one pair in one week stay apart). A page
more than a week after another joins its story within a year when it follows it up: it names the people and places the other named, beyond the states,
and shares some vocabulary (cluster.followed_up), or, standing alone in its week, shares what a same-week
page of its pair would within six weeks (cluster.lone_aftermath). Stories are the connected components; a story's id
is derived from its smallest doc_id, so the same corpus always yields the same ids whatever the
ingest order.
"""
from detente.stories.cluster import assign_stories
from detente.stories.fingerprint import fingerprint

__all__ = ["assign_stories", "fingerprint"]
