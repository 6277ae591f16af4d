"""The union-find forest the story stage adds its links to, a slice at a time (stories/forest.py)."""
import random

import numpy as np
import pytest

from detente.stories.forest import forest, roots, unite


def _components(n: int, links: list[tuple[int, int]]) -> list[int]:
    """Reference: each row's component named by its smallest row, by a search from every row."""
    near: dict[int, set[int]] = {i: set() for i in range(n)}
    for a, b in links:
        near[a].add(b)
        near[b].add(a)
    out = [-1] * n
    for start in range(n):
        if out[start] < 0:
            seen, todo = {start}, [start]
            while todo:
                for j in near[todo.pop()] - seen:
                    seen.add(j)
                    todo.append(j)
            for j in seen:
                out[j] = min(seen)
    return out


@pytest.mark.parametrize("seed", range(6))
def test_links_added_in_slices_give_the_components_named_by_their_smallest_row(seed):
    rng = random.Random(seed)
    n = rng.choice([1, 7, 60, 400])
    links = [(rng.randrange(n), rng.randrange(n)) for _ in range(rng.randint(0, 2 * n))]
    labels = forest(n)
    start = 0
    while start < len(links):  # slices of any size, with repeats and self-links
        step = rng.randint(1, 50)
        unite(labels, np.array(links[start : start + step], dtype=np.int64).reshape(-1, 2))
        start += step
    assert roots(labels).tolist() == _components(n, links)


def test_a_long_chain_given_backwards_is_one_component():
    labels = forest(1000)
    unite(labels, np.array([(i + 1, i) for i in reversed(range(999))]))
    assert set(roots(labels).tolist()) == {0}
    assert roots(forest(0)).tolist() == []
