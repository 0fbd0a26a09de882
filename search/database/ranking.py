"""The order of the database engine's matches: coverage of the need, then place, then how much of the
need the title names, then text score; a structure's contacts right after it, never ahead of it. The
Elasticsearch engine gives the same order with its scores (elastic/engine.py)."""

import heapq
from collections import Counter

from ..documents import all_commune_keys
from .keys import NATIONAL

__all__ = ["PlaceRanks", "RankValues", "ranked", "tally"]


def tally(rows, units):
    """(coverage, title coverage, score) per document id, from the (unit, id, score) rows of
    dialect.unit_matches: unit indexes from `units` on are title matches. A title that names the need
    ranks its fiche first among those that cover it as well and fit the place as well (« apl »: the aides
    au logement fiche before the CAF's reception points, whose summary lists the APL)."""
    coverage, in_title, scores = Counter(), Counter(), Counter()
    for unit, pk, score in rows:
        if unit >= units:
            in_title[pk] += 1
        else:
            coverage[pk] += 1
            scores[pk] += score
    return coverage, in_title, scores


class RankValues:
    """What the ranking reads of the documents kept by a search, for them only: the pages of their
    structures and contacts (grouped together), and when the text names communes, their national flag and
    coverage keys. `get(key)` and `any_of(keys)` give the set of those documents with the key(s)."""

    def __init__(self, cursor, dialect, ids, places):
        self.page_ids, self.keys = {}, {}
        columns = "id, kind, page_id, national, coverage_keys" if places else "id, kind, page_id"
        sql, params = dialect.in_list("id", ids)
        if not places:  # only the structures and contacts are grouped by page
            sql += " AND kind IN ('structure', 'contact')"
        cursor.execute(f"SELECT {columns} FROM search_document WHERE {sql}", params)
        for pk, kind, page_id, *rest in cursor.fetchall():
            self.page_ids[pk] = page_id
            keys = [f"kind:{kind}"]
            if rest:
                national, coverage = rest
                keys += [NATIONAL] if national else []
                keys += coverage.split("\n") if coverage else []
            for key in keys:
                self.keys.setdefault(key, set()).add(pk)

    def get(self, key):
        return self.keys.get(key, set())

    def any_of(self, keys):
        return set().union(*(self.get(key) for key in keys))


class PlaceRanks:
    """How well a document fits the communes named in the text (« … à Montceau », « 71250 »).

    One point each: with a need, for serving one of them (national documents do) and for being in one;
    with places only (« cluny »), for covering that very commune, for being in it and for being its town
    hall (its door). What only names the commune gets none."""

    def __init__(self, analysis, values):
        self.analysis, self.values = analysis, values
        self.codes = analysis.communes

    def ranks(self, kept):
        if not self.codes:
            return {}
        values, ranks = self.values, {}
        if self.analysis.only_places:
            layers = [[f"c:{code}" for code in self.codes], [f"door:{code}" for code in self.codes]]
        else:
            keys = {NATIONAL}
            commune_keys = all_commune_keys.get()
            for code in self.codes:
                keys |= commune_keys.get(code, {f"c:{code}"})
            layers = [sorted(keys)]
        layers.append([f"at:{code}" for code in self.codes])
        for layer in layers:
            for pk in values.any_of(layer).intersection(kept):
                ranks[pk] = ranks.get(pk, 0) + 1
        return ranks


def ranked(kept, key, values, limit):
    """The first `limit` ids of `kept`, by `key` (ascending), a structure and its matched contacts
    together at the place of the best of them, the structure first."""
    structures, contacts = values.get("kind:structure"), values.get("kind:contact")
    keys = {pk: key(pk) for pk in kept}
    grouped = (structures | contacts).intersection(kept)
    best_of_page = {}
    for pk in grouped:
        page = values.page_ids[pk]
        if page not in best_of_page or keys[pk] < best_of_page[page]:
            best_of_page[page] = keys[pk]

    def final(pk):
        if pk in grouped:
            return (best_of_page[values.page_ids[pk]], pk in contacts, keys[pk])
        return (keys[pk], False, keys[pk])

    return heapq.nsmallest(limit, kept, key=final)
