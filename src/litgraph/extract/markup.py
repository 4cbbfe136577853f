"""LaTeX emphasis left in arXiv abstracts: "we propose \\textbf{Temporal Self-Rewarding Language
Models}", "(1) \\textit{Anchored Rejection}", "a sampling scheme, \\bf mix-cd"; ties
("e.g.~RoBERTa"), which are spaces; and citations ("GPT4o~\\cite{gpt4o}"), which are no text.

:func:`strip_markup` blanks the markup (same length, so character offsets into the original
abstract stay valid) and returns the character spans that were emphasised: authors emphasise
the names of what they introduce, so the name rules treat such a span as a name.
"""

from __future__ import annotations

import re
import unicodedata

_EMPH = re.compile(r"\\(?:textbf|textit|emph|texttt|textsc|textsf|mathbf|mathrm|underline)\s*"
                   r"\{([^{}\\]{1,100})\}")
# Math dollars around one emphasis command and its plain text ("$\\textbf{OphIn-500K}$").
_MATH_EMPH = re.compile(r"\$(\\(?:textbf|textit|emph|texttt|textsc|textsf)\s*"
                        r"\{[^{}\\$]{1,100}\})\$")
_BRACE_EMPH = re.compile(r"\{\\(?:bf|it|em|sc|tt|sf)\s+([^{}\\]{1,100})\}")
_LINK = re.compile(r"\\(?:href|url)\{([^{}]*)\}(?:\{([^{}]*)\})?")
_BARE = re.compile(r"\\(?:bf|it|em|sc|tt|sf)\b\s?")
# LaTeX's unbreakable space between two words ("e.g.~RoBERTa", "Table~2"); not the "~" of a
# URL path ("/~user"), nor "~10%" (about 10%).
_TIE = re.compile(r"(?<=[A-Za-z0-9.,)])~(?=[A-Za-z0-9(])")


# A citation or cross-reference ("SD3.5 Large~\\cite{sd3}", "\\ref{tab:main}"): no text of
# the abstract's own, and it glued "Large~\\cite{sd3" into the name before it.
_CITE = re.compile(r"~?\\(?:cite[a-z]*|ref|eqref|autoref|cref|Cref)\*?(?:\[[^\]]*\])*"
                   r"\{[^{}]*\}")


_FONT = re.compile(r"\\(?:mathbf|mathrm|mathtt|mathcal|mathsf|mathit|text|textbf|textit|"
                   r"texttt|textsc|textsf|textsuperscript|textsubscript|emph|bm|boldsymbol)"
                   r"(?![A-Za-z])\s*")
_SYMBOL = re.compile(r"\\([A-Za-z]+)")
_ESCAPED = re.compile(r"\\([_&%#])")
_BRACES = str.maketrans("", "", "${}")


def _symbol(m: re.Match) -> str:
    """"\\times" -> "×", "\\alpha" -> "α", "\\Sigma" -> "Σ"; other commands stay."""
    word = m.group(1)
    if word == "times":
        return "×"
    case = "CAPITAL" if word[0].isupper() else "SMALL"
    try:
        return unicodedata.lookup(f"GREEK {case} LETTER {word.upper()}")
    except KeyError:
        return m.group(0)


_LATEX_QUOTED = re.compile(r"``?([^`']+)''?")


def plain_name(name: str) -> str:
    """A name written with LaTeX math or fonts, as a reader sees it: "X$^{2}$-Gaussian" ->
    "X^2-Gaussian", "PixArt-$\\Sigma$" -> "PixArt-Σ", "k$NN-LM" -> "kNN-LM" (math delimiters,
    braces and font commands go, also a brace left without them; Greek letters and "\\times"
    become characters; a tie is a space: "Cellpose~3" -> "Cellpose 3"; LaTeX quotes around it
    go)."""
    if "~" in name:
        name = _TIE.sub(" ", name)  # "Cellpose~3": a tie is a space
    if name.startswith("`") and (m := _LATEX_QUOTED.fullmatch(name)):
        name = m.group(1)  # "``Digital Transformation of Research''": LaTeX quotes
    if "$" not in name and "\\" not in name:
        # (a group's brace left over from "{\\em random differential privacy} (RDP)")
        return name.translate(_BRACES).strip() if "{" in name or "}" in name else name
    out = _ESCAPED.sub(r"\1", name)  # "VRU\\_Data"
    out = _SYMBOL.sub(_symbol, _FONT.sub("", out)).translate(_BRACES).strip()
    return out or name


# A variable with a sub- or superscript ("$L_2$", "A_0", "f_D'^c", "L^2"), a big-O bound
# ("O(1.4142", "O(ε^-2"), an equation ("Median=4") or math left unread ("X_1,X_2,\\ldots"):
# not a name (old ML and theory abstracts). "X^2-Gaussian", "D^2LoRA", "MS^2" are names.
_VARIABLE = re.compile(r"[A-Za-z]'?(_[A-Za-z0-9]{1,2}|\^[A-Za-z0-9])('?\^[A-Za-z0-9])?×?|O\(.*")


# A percentage written in LaTeX ("86.50\%", "$96.1\%$"): the score and a plain "%".
_PERCENT = re.compile(r"(\$?)(\d+(?:\.\d+)?)\\%(\$?)")


# A plain number in math dollars ("from $0.49$ to $0.74$"): the number.
_DOLLAR_NUMBER = re.compile(r"\$(\d+(?:\.\d+)?)\$")


def _unwrapped(m: re.Match) -> str:
    """The match's group without the one character on each side ("$0.49$"), kept in place."""
    return " " + m.group(1) + " "


def _plain_percent(m: re.Match) -> str:
    return " " * len(m.group(1)) + m.group(2) + " %" + " " * len(m.group(3))


# A formula's operators: "Y|W" of "H(Y|W)", "Δ^{k}>0", "n+O(1)", "T+1", "A+B" (one-letter
# operands: "BERT+CRF" is a pair of names, "C++" a language).
_OPERATOR = re.compile(r"[|<>]|(?<![A-Za-z0-9+])[A-Za-z0-9]\+[A-Za-z0-9(]|"
                       r"[A-Za-z0-9)]\+[A-Za-z0-9](?![A-Za-z0-9+])")


def math_like(name: str) -> bool:
    """Is `name` (as written, math markup and all) a formula rather than a name? Also a piece
    of one cut off inside its brackets ("F_{16", "N^{-1", "Θ(1" of "$Θ(1/n)$")."""
    text = plain_name(name)
    return bool(_VARIABLE.fullmatch(text)) or "=" in text or "\\" in text or \
        bool(_OPERATOR.search(text)) or name.count("{") != name.count("}") or \
        name.count("(") != name.count(")")


# Inline math ("$\tilde{O}(d\sqrt{T} + V^2T)$"): a formula when it holds math markup; not
# glued to a word ("PixArt-$\Sigma$", "X$^{2}$-Gaussian" are names) nor dollar amounts.
_INLINE_MATH = re.compile(r"(?<![\w$\\-])\$([^$]{1,400})\$(?![\w$-])")


# What makes "$...$" a formula: a math command other than a font's or a Greek letter's
# ("$\textbf{OphIn-Engine}$" is an emphasised name, "$Param\Delta$" and "$S^2ER$" names too),
# or a relation or sum.
_GREEK = ("alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|pi|rho|"
          "sigma|tau|upsilon|phi|chi|psi|omega|Gamma|Delta|Theta|Lambda|Xi|Pi|Sigma|Upsilon|"
          "Phi|Psi|Omega")
_FORMULA_MARK = re.compile(r"\\(?!(?:text[a-z]*|math(?:rm|bf|tt|sf|it)|emph|bm|boldsymbol|bf|it|"
                           rf"tt|rm|sf|sc|em|star|ast|{_GREEK})(?![A-Za-z]))[A-Za-z]+|[=<>]|"
                           r"(?<!\^)\+")
# Prose between two formulas' dollars (a stray "$" pairs them wrongly): four words in a row.
_PROSE = re.compile(r"(?:[A-Za-z]{2,}[,;.]?\s+){3}[A-Za-z]{2,}")


def formula_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of inline formulas: "$...$" with a math command or a relation in it
    ("$\\tilde{O}(d\\sqrt{T} + V^2T)$", "$\\mathrm{BF}_{10} > 10$"), whose variables are
    no new names (a known one in it stays: "$\\mathrm{AUC} = 0.940$")."""
    if "$" not in text:
        return []
    return [m.span() for m in _INLINE_MATH.finditer(text)
            if _FORMULA_MARK.search(m.group(1)) and not _PROSE.search(m.group(1))]


def strip_markup(text: str) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """(text with LaTeX emphasis markup and ties replaced by spaces, emphasised character
    spans, word fragments): the fragments are capitals emphasised inside a word
    ("\\textbf{CO}ntinuous", "Rat\\textbf{E}"), which spell an acronym; blanked apart from the
    rest of their word they would read as a name of their own ("CO"), which they are not (but
    "\\emph{mini}ImageNet" is one name)."""
    if "~" in text:
        text = _TIE.sub(" ", text)
    if "$" in text:
        text = _DOLLAR_NUMBER.sub(_unwrapped, text)
    md_fragments: list[tuple[int, int]] = []
    if "*" in text or "__" in text:
        text, md_fragments = _strip_markdown(text)
    if "\\" not in text:
        return text, [], md_fragments
    if "\\%" in text:
        text = _PERCENT.sub(_plain_percent, text)
    glued: set[int] = set()  # (where a math emphasis was glued to a word: see below)
    if "$\\" in text:
        # "dataset $\\textbf{UserAssist}$": math dollars around emphasis only are no math
        # (but "$\\textbf{Hy}$brid" is inside a word, as "\\textbf{Hy}brid" is)
        glued = {m.start(1) for m in _MATH_EMPH.finditer(text)
                 if m.end() < len(text) and text[m.end()].isalnum() or
                 m.start() > 0 and text[m.start() - 1].isalnum()}
        text = _MATH_EMPH.sub(_unwrapped, text)
    chars = list(text)
    spans: list[tuple[int, int]] = []
    fragments: list[tuple[int, int]] = []

    def blank(a: int, b: int) -> None:
        for i in range(a, b):
            chars[i] = " "

    # (twice: "\\textbf{\\texttt{RealChart2Code}}" is read inside out, the outer markup
    # once the inner is blanked)
    current = text
    for _pass in range(2):
        found = False
        for pattern in (_EMPH, _BRACE_EMPH):
            for m in pattern.finditer(current):
                found = True
                blank(m.start(), m.start(1))
                blank(m.end(1), m.end())
                inner = current[m.start(1):m.end(1)]
                lead = len(inner) - len(inner.lstrip())
                trail = len(inner.rstrip())
                # A letter emphasised inside a word spells an acronym ("\\textbf{S}elf"),
                # and one character is no name: neither is marked as one.
                in_word = m.end() < len(current) and current[m.end()].isalnum() or \
                    m.start() > 0 and current[m.start() - 1].isalnum() or m.start() in glued
                # (nor is a sub- or superscript's or its base's: "$\\mathrm{TGA}_{\\mathrm{Top1}}$",
                # a formula's symbol)
                scripted = m.end() < len(current) and current[m.end()] in "_^" or \
                    current[max(0, m.start() - 1)] in "_^" or \
                    current[max(0, m.start() - 2):m.start()] in ("_{", "^{")
                if trail - lead > 1 and not in_word and not scripted:
                    spans.append((m.start(1) + lead, m.start(1) + trail))
                elif in_word and inner.isupper():
                    fragments.append((m.start(1), m.end(1)))
        if not found or "\\" not in (current := "".join(chars)):
            break
    for m in _CITE.finditer(text):
        blank(m.start(), m.end())
    for m in _LINK.finditer(text):
        # "\href{URL}{text}", "\url{URL}": the link and its text stay, the markup goes (it
        # glued "...-1.4M}{https://huggingface.co" into one name).
        blank(m.start(), m.start(1))
        blank(m.end(1), m.start(2) if m.group(2) is not None else m.end())
        if m.group(2) is not None:
            blank(m.end(2), m.end())
    out = "".join(chars)
    if "\\" in out:
        out = _BARE.sub(lambda m: " " * len(m.group(0)), out)
    spans = sorted(set(spans))
    fragments = sorted(set(fragments + md_fragments))
    return out, spans, fragments


# Markdown emphasis some abstracts are written in ("we propose the **Causal Process Reward
# (CPR)**, ... and **CPR-Curriculum**", "*Match F1*", "__C__lear"): its marks are no text.
_MD_EMPH = re.compile(r"\*\*(?=\S)([^*\n]{1,100}?)(?<=\S)\*\*|__(?=\S)([^_\n]{1,100}?)(?<=\S)__|"
                      r"(?<![\w*\\])\*(?=[^\s*])([^*\n]{1,100}?)(?<=[^\s*\\])\*(?![\w*])")


def _strip_markdown(text: str) -> tuple[str, list[tuple[int, int]]]:
    """(text with markdown emphasis marks blanked, capitals emphasised inside a word). The
    emphasised words are not marked as names: markdown emphasis stresses ordinary words as
    often as names ("*misalignment*", "**prevent unintentional data leakage**")."""
    fragments: list[tuple[int, int]] = []
    for _pass in range(2):  # (nested: "(*__C__lear __R__easoning*)")
        chars = list(text)
        for m in _MD_EMPH.finditer(text):
            g = next(i for i in (1, 2, 3) if m.group(i) is not None)
            for i in (*range(m.start(), m.start(g)), *range(m.end(g), m.end())):
                chars[i] = " "
            in_word = m.end() < len(text) and text[m.end()].isalnum() or \
                m.start() > 0 and text[m.start() - 1].isalnum()
            if in_word and m.group(g).isupper():
                fragments.append((m.start(g), m.end(g)))  # "__C__lear": an acronym's letter
        text = "".join(chars)
    return text, fragments
