"""User control over names, as VOSviewer users know it: a thesaurus file of
`label<TAB>replace by` lines (an empty replacement deletes the label; a first line
"label<TAB>replace by" is a header) and a stop list of labels to drop, one per line.

Matching is on the folded form (case, punctuation and accents ignored).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from litgraph.gazetteer import fold


@dataclass
class Thesaurus:
    replace: dict[str, str] = field(default_factory=dict)  # folded label -> replacement ("" = drop)

    def apply(self, name: str) -> str | None:
        """The name to use instead of `name`, or None when it is to be dropped."""
        new = self.replace.get(fold(name))
        if new is None:
            return name
        return new or None

    @classmethod
    def load(cls, thesaurus: Path | str | None = None, stoplist: Path | str | None = None
             ) -> Thesaurus:
        t = cls()
        if thesaurus:
            for no, line in enumerate(Path(thesaurus).read_text(encoding="utf-8").splitlines()):
                if not line.strip() or line.startswith("#"):
                    continue
                label, _, repl = line.partition("\t")
                if no == 0 and label.strip().lower() == "label":
                    continue  # VOSviewer header
                if fold(label):
                    t.replace[fold(label)] = repl.strip()
        if stoplist:
            for line in Path(stoplist).read_text(encoding="utf-8").splitlines():
                if line.strip() and not line.startswith("#") and fold(line):
                    t.replace[fold(line)] = ""
        return t
