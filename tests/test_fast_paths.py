"""Shortcuts the rules take for speed give what the plain code they replace gives."""

from __future__ import annotations

import random
import re

from litgraph.extract.names import _found_ignoring_case


def test_found_ignoring_case_is_what_re_finds():
    rng = random.Random(1)
    alphabet = "aAbB-/. kKsS"
    cases = [("K", "\u212a x k"), ("s", "\u017f s"), ("i", "\u0130 i"), ("ab", "abab aB")]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        name = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 3)))
        cases.append((name, text))
    for name, text in cases:
        want = [m.start() for m in re.finditer(re.escape(name), text, re.I)]
        assert list(_found_ignoring_case(name, text)) == want, (name, text)
