"""The one person-name splitter: "Given Family" words -> (family, given), for names a list
writes and names arXiv gives alike.

Particles begin the family name ("Ludwig van Beethoven" -> "van Beethoven", "Hamid el Alaoui"
-> "el Alaoui"); a generational suffix stays with the given name so that it is never taken for
the family name ("Martin Luther King Jr." -> family "King").
"""

from __future__ import annotations

#: Lower-case words that begin a family name.
PARTICLES = frozenset("""
van von der den de del della di da das dos du la le ten ter vander bin ibn al el st
""".split())

#: Generational suffixes, compared without their full stop.
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def is_particle(word: str) -> bool:
    """True for a word that begins a family name (`van`, `el`)."""
    return word.lower() in PARTICLES


def is_suffix(word: str) -> bool:
    """True for a generational suffix (`Jr.`, `III`)."""
    return word.lower().rstrip(".") in SUFFIXES


def split_words(words: list[str]) -> tuple[str, str]:
    """A person's name as words in "Given Family" order -> (family, given), particles in the
    family name, a suffix with the given name."""
    tokens = list(words)
    suffix = ""
    if len(tokens) > 2 and is_suffix(tokens[-1]):
        suffix = tokens.pop()
    if len(tokens) <= 1:
        return (tokens[0] if tokens else ""), suffix
    start = len(tokens) - 1
    while start > 1 and is_particle(tokens[start - 1]):
        start -= 1
    given = " ".join(tokens[:start] + ([suffix] if suffix else []))
    return " ".join(tokens[start:]), given
