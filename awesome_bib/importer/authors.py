"""Author names as lists write them -> `Author` records, with `et al.` kept apart.

Shapes: `A. Vaswani et al.`; `Olaf Ronneberger, Philipp Fischer, Thomas Brox`; citation order
`LeCun, Yann, Léon Bottou, and Yoshua Bengio` (only the first author inverted); BibTeX's
`Hovy, Dirk and Spruit, Shannon L.` (every author inverted, joined by "and"); `Hochreiter
and Schmidhuber`. Anything that does not read as names gives no authors, never guessed ones.
"""

from __future__ import annotations

import re
import unicodedata

from ..core.names import CJK_PHRASE, EAST_ASIAN_LETTER, PARTICLES, is_particle, split_words
from ..core.vocab import BODY_WORDS, FUNCTION_WORDS, ORGANISATION_WORDS
from ..core.years import MONTH_WORDS, YEAR, full_year
from ..model import Author
from ..venues import lookup

#: "et al." as a citation writes it after names (`et al.`, `et. al`, `et al`), as a regex
#: fragment: the one spelling the name patterns of authors, citations and item_fields share.
ET_AL_MARK = r"et\.?\s?al\.?"
_ET_AL = re.compile(r"[,;]?\s*(?:et\.?\s*al\.?|and others|etc\.?)\s*[.,;]?\s*$", re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:;|,\s*and\s+|,|\s+and\s+|\s*&\s*)\s*")
#: Names left out between the ones written (`…` is APA's, between the nineteenth and the
#: last; `...` a list's own).
_ELIDED_NAMES = re.compile(r",?\s*(?:…|\.\.\.)")
_INITIAL = re.compile(r"^(?:[A-Z]\.)+(?:-[A-Z]\.)?$|^[A-Z]$")
_NAME_WORD = re.compile(r"^[A-Z\u00C0-\u024F][\w'’\u00C0-\u024F.-]*$|^[^\W\d_]+$")
#: A particle elided before a capitalised name (`d’Artis`, `d'Alché-Buc`): one name word.
_ELIDED = re.compile(r"^[dl]['’][A-Z\u00C0-\u024F][\w'’\u00C0-\u024F-]*$")
#: Initials glued to the family name after them (`B.Shi`, `Y.Xie`, `A.J.Smith`, `J.-M.Frahm`):
#: one name, spaced.
_GLUED_INITIALS = re.compile(r"(?<![\w.])((?:[A-Z]\.-?)+)(?=[A-Z][a-z])")
_AND = re.compile(r"\s+and\s+")
MAX_AUTHORS = 60
#: A given name that is initials written without stops (`TM` of `Adams TM`, Vancouver), a
#: hyphenated given name's joined by its hyphen (`J-P` of `Onnela J-P`, `VW-S`).
VANCOUVER_INITIALS = re.compile(r"(?:[A-Z]{2,3}|[A-Z]{1,2}-[A-Z]{1,2})")


def vancouver_names(families: list[str], initials_read: int = 0) -> bool:
    """Whether most names read end in capitals that are initials (`Thompson CP, Hughes MA`:
    Vancouver's `Surname INITIALS`), not a family name written in capitals as many lists
    write each (`Kaiming HE, Xiangyu ZHANG, Jian SUN`): one group has no vowel (`CP`; a
    syllable, `HE`, `SUN`, is as likely a surname), and no name ends in a longer word of
    capitals that has one (`ZHANG`; four initials, `Godoy PDDM`, have none). `initials_read`
    names of them were read with their initials after them already (`Rohani P`)."""
    initials = [f for f in families if VANCOUVER_INITIALS.fullmatch(f)]
    return 2 * (len(initials) + initials_read) > len(families) \
        and any(not set(f) & _VOWELS for f in initials) \
        and not any(len(f) > 3 and f.isupper() and set(f) & _VOWELS for f in families)


_VOWELS = frozenset("AEIOUY")
_AFFILIATION = re.compile(r"\s*\([^()\d]{2,80}\)")
#: A mark glued after a name that a footnote explains (`Ilias Chalkidis*`, `Kien Mai Ngoc∗`,
#: `Ann Author†`: equal contribution, corresponding author): no part of the name.
_NAME_MARKS = "*∗†‡"
_NAME_MARK = re.compile(rf"(?<=[^\W\d_])[{_NAME_MARKS}]+(?=\s*(?:[,;&]|\sand\s|$))")
#: Names read in one list beside which a name joined by a lower-case word the particle table
#: does not hold (`Indra Spiecker genannt Döhmann`, `José Ortega y Gasset`) is read as one
#: name too: so many persons' names around it say what it is.
NAMES_AROUND = 4
#: Letters of such a joining word.
_JOINING_WORD = re.compile(r"[a-z]{1,7}")


def _is_name_word(word: str) -> bool:
    """`Yann`, `A.`, `van`, `王`: capitalised, an initial, a particle or an uncased script."""
    if _INITIAL.match(word) or is_particle(word) or _ELIDED.match(word):
        return True
    first = word[:1]
    return bool(_NAME_WORD.match(word)) and (first.isupper() or not first.islower())


def _person(name: str) -> Author | None:
    # (`Y.Xie`: initials glued to the family name are the given name, `Y. Xie`)
    tokens = _GLUED_INITIALS.sub(r"\1 ", name).split()
    if not 1 <= len(tokens) <= 5 or not all(_is_name_word(t) for t in tokens):
        return None
    if not tokens[-1][:1].isupper() and not tokens[-1][:1].isalpha():
        return None
    initials = 0
    while initials < len(tokens) and _INITIAL.match(tokens[len(tokens) - 1 - initials]):
        initials += 1
    if 0 < initials < len(tokens) and not _INITIAL.match(tokens[0]):
        # `Zanker M`, `Friedrich G.`: family name first, initials after (Vancouver style); a
        # name never ends in its given initials otherwise.
        return Author(family=" ".join(tokens[:-initials]), given=" ".join(tokens[-initials:]))
    family, given = split_words(tokens)
    return Author(family=family, given=given)


def _trim(part: str) -> str:
    """A name without the sentence's full stop; an initial keeps its dot (`Geoffrey E.`)."""
    part = part.strip()
    return part if _INITIAL.match(part.split()[-1]) else part.rstrip(".").strip()


def _given_only(part: str) -> bool:
    """`Yann`, `Geoffrey E.`, `A. J.`: what follows an inverted first author's family name."""
    tokens = part.split()
    return 1 <= len(tokens) <= 3 and all(_is_name_word(t) for t in tokens)


def _bibtex_names(text: str) -> list[Author]:
    """`Blodgett, Su Lin  and Barocas, Solon`: BibTeX's author field, two names or more joined
    by "and", each `Family, Given` with exactly one comma, or joined by semicolons as a
    reference manager exports them (`Hsieh, Tsung-Jung; Hsiao, Hsiao-Fen; Yeh, Wei-Chang`);
    [] for anything else (a citation's `LeCun, Yann, Léon Bottou, and Yoshua Bengio` has more
    commas than "and"s allow)."""
    parts = [re.sub(r"^and\s+", "", p.strip()) for p in text.split(";")] if ";" in text \
        else _AND.split(text)
    if len(parts) < 2:
        return []
    authors = []
    for part in parts:
        family, comma, given = part.partition(",")
        words = family.split()
        given = _trim(given) if given.strip() else ""
        if not comma or not given or "," in given or not _given_only(given) \
                or not 1 <= len(words) <= 4 or not all(_is_name_word(t) for t in words):
            return []
        family = " ".join(words)
        authors.append(Author(family=family, given=given))
    return _given_first(authors) if ";" in text else authors


def _given_first(authors: list[Author]) -> list[Author]:
    """A semicolon run's names read `Family, Given`, as reference managers export them, unless
    its own names say otherwise: an initial is part of the given names, so `Andreas S., Klein;
    Stephan A, Sieber` (a preprint feed) writes `Given, Family`, and every name of the run is
    turned round (the run is written by one convention); without an initial nothing says so."""
    if any(_has_initial(a.family) and not _has_initial(a.given) for a in authors) \
            and not any(_has_initial(a.given) for a in authors):
        return [Author(family=a.given, given=a.family) for a in authors]
    return authors


def _has_initial(text: str) -> bool:
    """Whether a word of a text is an initial (`_INITIAL`: `S.`, `J.-P.`, `A`)."""
    return any(_INITIAL.match(word) for word in text.split())


def _initials_only(part: str) -> bool:
    return all(_INITIAL.match(word) for word in part.split())


def _family_initials(parts: list[str]) -> list[Author]:
    """`Gu, S., Zhang, X., Xiao, M.` (APA): every name is its family name, a comma and its
    initials, so the parts pair up (two names at least); [] for anything else."""
    if len(parts) < 4 or len(parts) % 2:
        return []
    authors = []
    for family, given in zip(parts[::2], parts[1::2], strict=True):
        words = family.split()
        if not _initials_only(given) or _initials_only(family) or not 1 <= len(words) <= 4 \
                or not all(_is_name_word(w) for w in words):
            return []
        authors.append(Author(family=family, given=given))
    return authors


#: A word that ends a sentence before the first name (`Preprint. Ning Ding`, `JMLR. Colin`):
#: three letters or more, not an initial (`J.`, `Ch.`).
_LEAD_SENTENCE = re.compile(r"^(?:[A-Z]?[a-z]{3,}|[A-Z]{3,})\.\s+(?=[A-Z])")


#: A spacing accent written before its letter inside a name, as text copied from a PDF has it
#: (`Jovanovi´c`, `Veliˇckovi´c`, `Li` o`): the accent of that letter (`Jovanović`).
_SPACING_ACCENT = re.compile(r"(?<=[^\W\d_])([´ˇ`¨˜˚])\s?([a-z])")
_COMBINING = {"´": "\u0301", "ˇ": "\u030c", "`": "\u0300", "¨": "\u0308", "˜": "\u0303",
              "˚": "\u030a"}


def _accents_placed(text: str) -> str:
    """The text with each spacing accent put on the letter after it (`_SPACING_ACCENT`)."""
    if not _SPACING_ACCENT.search(text):
        return text  # (cheap first: almost no name is written so)
    placed = _SPACING_ACCENT.sub(lambda m: m.group(2) + _COMBINING[m.group(1)], text)
    return unicodedata.normalize("NFC", placed)


def parse_authors(text: str) -> tuple[list[Author], bool]:
    """(authors, et_al) from an author string; ([], False) when it does not read as names."""
    text = _accents_placed(" ".join(text.replace("\u00a0", " ").split()).strip(" ,;:*_"))
    if "\u2010" in text or "\u2011" in text:
        # `López‐Quílez, A.`: Unicode's hyphen (and its non-breaking form), as a publisher's
        # page writes it, is the hyphen of a double-barrelled name
        text = text.replace("\u2010", "-").replace("\u2011", "-")
    text = _GLUED_INITIALS.sub(r"\1 ", text)  # `B.Shi`: `B. Shi`
    if any(mark in text for mark in _NAME_MARKS):  # (cheap first)
        text = _NAME_MARK.sub("", text)
    if not text or any(ch.isdigit() for ch in text) or len(text) > 2000:
        return [], False
    et_al = False
    match = _ET_AL.search(text)
    if match:
        et_al = True
        text = text[:match.start()].strip(" ,;")
    if not text:
        return [], False
    elided = _ELIDED_NAMES.search(text)
    if elided is not None:
        # `Xuchuan Luo, Pengfei Zuo, ... Yangfan Zhou` (APA's `…` too): names were left out
        # before the last; the names before the gap, in their order, and "et al." (the last
        # name listed is not the next author, nor the list complete)
        text, et_al = text[:elided.start()].strip(" ,;"), True
    lead = _LEAD_SENTENCE.match(text)
    if lead is not None:
        # `Preprint. Ning Ding, ...`, `JMLR. Colin Raffel, ...`: a sentence before the names
        # (a venue or a label) is no given name
        text = text[lead.end():]
    parts = [_trim(p) for p in _SPLIT.split(text) if p.strip(" .")]
    special = _bibtex_names(text) or _family_initials(parts)
    if special:
        return (special, et_al) if len(special) <= MAX_AUTHORS else ([], False)
    authors: list[Author] = []
    i = 0
    two_families = len(parts) == 2 and not et_al and not _INITIAL.match(parts[1]) \
        and len(parts[1].split()) == 1  # "Hochreiter, Schmidhuber"
    if (len(parts) >= 2 and len(parts[0].split()) == 1 and text.startswith(parts[0] + ",")
            and _given_only(parts[1]) and not two_families
            and (len(parts) == 2 or len(parts[2].split()) >= 2)):
        # Citation order: "LeCun, Yann, Léon Bottou": the first author is family, given.
        authors.append(Author(family=parts[0], given=parts[1]))
        i = 2
    joined: int | None = None  # where a name joined by an unknown lower-case word stands
    for part in parts[i:]:
        person = _person(part)
        if person is None and joined is None and len(parts) > NAMES_AROUND:
            person, joined = _joined_name(part), len(authors)
        if person is None:
            return [], False
        authors.append(person)
    if joined is not None and sum(_full_name(a) for k, a in enumerate(authors)
                                  if k != joined) < NAMES_AROUND:
        return [], False
    if not authors or len(authors) > MAX_AUTHORS:
        return [], False
    return authors, et_al


def _joined_name(part: str) -> Author | None:
    """`Indra Spiecker genannt Döhmann`: a given name, then a family name of capitalised words
    joined by one short lower-case word the particle table does not hold; asked only among
    NAMES_AROUND persons' names or more (`parse_authors`), never of a lone phrase (`Tools for
    Science` stays no name)."""
    tokens = part.split()
    if not 4 <= len(tokens) <= 5 or not tokens[-1][:1].isupper():
        return None
    lower = [k for k, t in enumerate(tokens) if not t[:1].isupper()]
    if len(lower) != 1 or not 1 < lower[0] < len(tokens) - 1 \
            or not _JOINING_WORD.fullmatch(tokens[lower[0]]) \
            or not all(_is_name_word(t) for k, t in enumerate(tokens) if k != lower[0]):
        return None
    return Author(family=" ".join(tokens[1:]), given=tokens[0])


def _full_name(author: Author) -> bool:
    """A person's name with its given name (`Ivan Habernal`, `Zanker M`), not one word."""
    return bool(author.given) and bool(author.family)


def initialled(author: Author) -> bool:
    """Whether a name holds an initial (`K. Ashley`, `Zanker M`): a person's name, where two
    capitalised words alone may be an organisation or a phrase (`Google Research`). Initials
    glued as Vancouver writes them (`Adams TM`: given `TM`) are initials too."""
    return _has_initial(f"{author.given} {author.family}") \
        or bool(VANCOUVER_INITIALS.fullmatch(author.given)) \
        and author.family.lower() not in ORGANISATION_WORDS  # (`IBM Research`: no person)


def body_name(name: str) -> bool:
    """Whether a name is an organisation's or a group's (`International Brain Laboratory`), by
    its words (core.vocab), not a person's."""
    return any(word.lower() in BODY_WORDS for word in name.split())


def people_only(authors: list[Author]) -> bool:
    """Whether names read as people are people's only: a body's word inside one of them
    (`Stanford University Heather` + `Culbertson` from `…, Stanford University<br>Heather
    Culbertson, …`; `LASA Laboratory`) says an affiliation ran into the names, and a title's
    words (`title_words`) or a venue's acronym (`venue_acronym`) that a title, a topic or a
    venue ran into them, so no name of that list is trusted (a body read as one, a `literal`,
    is a group author: kept), and neither does a publisher's name (`MIT Press`)."""
    return not any(not a.literal and (body_name(name := f"{a.given} {a.family}".strip())
                                      or title_words(name) or venue_acronym(name)
                                      or _PUBLISHER.fullmatch(name) is not None)
                   for a in authors)


#: A publisher named by an acronym and its house's word (`MIT Press`, `CRC Press`, `ACM
#: Press`): no person (`William H. Press` is one).
_PUBLISHER = re.compile(r"(?:[A-Z]{2,6}\s)+(?:Press|Publishing|Publishers)")


def venue_acronym(name: str) -> bool:
    """Whether a name read as a person's is one word in capitals that the venue table knows
    (`ICCV` of `F. Steinbucker, J. Strum, D. Cremers, ICCV, 2011`, `CVPR`): a venue's. (Written
    otherwise it may be a family name the table also spells, `Chi`.)"""
    return name.isupper() and " " not in name and lookup(name) is not None


#: A Latin word (two letters in a row). A "name" holding one and a letter of a script written
#: without Latin letters (core.names.EAST_ASIAN_LETTER: CJK or Hangul) mixes scripts as a
#: note does (`이미지에 Transformer 적용`, `Tool Calling 思想来源`); a person's name is
#: written in one (an initial in a name transliterated, `理查德·J.拉森`, is one letter: no word).
_LATIN_WORD = re.compile(r"[A-Za-z]{2}")
#: Words of a person's name at most before a topic's word (`TOPIC_WORD`) makes it a phrase:
#: `Language Models Pieter Delobelle`, `A Graph Processing System` (a name's first word, a
#: given name, may end so: `Hongming Zhang`, `Jianing Li`).
_PHRASE_WORDS = 3


def title_words(name: str) -> bool:
    """Whether a name read as a person's is a title's or a topic's words: it holds a function
    word (core.vocab.FUNCTION_WORDS: `Adaptive Object Detection Using`, `The Lancet Digital`),
    a phrase in a CJK script (core.names.CJK_PHRASE: a sentence, no name), words in a Latin
    and an East Asian script (`EAST_ASIAN_LETTER`: `이미지에 Transformer 적용`), or it is three
    words or more without an initial after its first word, a word after its first a topic's
    (`TOPIC_WORD`: `Language Models Pieter`, `A Graph Processing System`; `Christopher D.
    Manning` has an initial)."""
    words = name.split()
    if any(w.lower() in FUNCTION_WORDS for w in words) or CJK_PHRASE.search(name):
        return True
    if EAST_ASIAN_LETTER.search(name) and _LATIN_WORD.search(name):
        return True
    return len(words) >= _PHRASE_WORDS and not _has_initial(" ".join(words[1:])) \
        and any(TOPIC_WORD.fullmatch(w) for w in words[1:])


def read_names(text: str, one_person: bool = False) -> tuple[list[Author], bool]:
    """The one "these are names" test: (authors, et_al) when `text` reads as a list of people,
    two names or more or names with "et al." (with `one_person`, also a single name with a
    given name: `Ann Author`), ([], False) otherwise. A lone word (`LaMDA`, `Catalysis`) reads
    as a family name to `parse_authors`, never as authors here."""
    # `Tu Vu (Google) et al.`: an affiliation after a name is not part of it
    authors, et_al = parse_authors(_AFFILIATION.sub("", text))
    if len(authors) > 1 or et_al or (one_person and authors and authors[0].given):
        return authors, et_al
    return [], False


#: Word endings of a topic's last word, not of a family name (`Deep Learning`, `Neural
#: Networks`, `Computer Vision`): full names without an initial need this evidence too (a
#: family name so ending, `Manning`, is left in the title: silence, not a wrong author).
TOPIC_WORD = re.compile(r"\w{3,}(?:ing|tion|sion|ics|ems|orks|els|ure|ity|ment|ness|ogy)\b")
#: Initials alone after a comma (`Zeiler, M. D.`, `Gentil, J.M.`): an inverted name's given
#: part, where a stop after an initial ends the list.
INITIALS_PART = re.compile(r"(?:^|,\s)(?:[A-Z]\.\s?)+$")


def named_person(author: Author, alone: bool) -> bool:
    """A person as a citation names one: a family name that is no initial, a given name
    (`alone`: the first author before "et al.", written by the family name only), and,
    without an initial, a family name that is no topic's word (`Learning` of `Deep
    Learning`; `Christopher D. Manning` is a person)."""
    return (bool(author.given) or alone) and not INITIALS_PART.fullmatch(author.family) \
        and (initialled(author) or not TOPIC_WORD.fullmatch(author.family))


#: A word in capitals of three letters or more (`IEEE`, `ACM`) names no person.
_ACRONYM_WORD = re.compile(r"\b[A-Z]{3,}\b")
#: One person as a list of authors writes them: two or three capitalised words (`Seunghoon
#: Hong`, `Jia-Bin Huang`, `DY Yeung`, `Philip H.S. Torr`), the family name after its
#: lower-case particles (`Hado van Hasselt`, `Stefan van der Walt`: core.names.PARTICLES).
#: (the particles as a pattern's alternatives, the longest first: `van der`, `de`)
PARTICLE = "|".join(sorted((p for p in PARTICLES if p.islower()), key=len, reverse=True))
_PERSON = re.compile(rf"[A-Z][\w.'’\-]*(?:\s(?:(?:{PARTICLE})\s){{0,2}}[A-Z][\w.'’\-]*){{1,2}}")


def count_persons(segment: str) -> int:
    """How many persons a comma-separated segment of an author list names (`Yi Li and
    Fatih Porikli`: two, `and Huchuan Lu`: one), 0 when it is no list of persons (a topic's
    words, `Deep Learning`, `Neural Networks`, read as names too easily, are not; the topic
    word is the last word's: `Kaiming He` is a person)."""
    people = [p for p in re.split(r"(?:^|\s)and\s", segment) if p]
    if not people or not all(_PERSON.fullmatch(p.strip()) for p in people) \
            or any(TOPIC_WORD.search(p.split()[-1]) or _ACRONYM_WORD.search(p) for p in people):
        return 0
    return len(people)


def person_shaped(segment: str) -> bool:
    """Whether a text is written as one person's name (`Christopher D. Manning`, `Peter
    Sterling`), whatever its last word means: `count_persons` refuses a family name that ends
    as a topic's word does (`Manning` as `Learning`), which asks more than the shape."""
    return _PERSON.fullmatch(segment.strip()) is not None and not _ACRONYM_WORD.search(segment)


#: A first author and a year written as one citation key (`Li+'22`, `Shen+ 2017`, `Devlin et
#: al. '19`): a family name, the mark for its co-authors (`+`, `et al.`), then the year, two
#: digits after an apostrophe or four. A venue's short year (`EMNLP'22`) has no such mark.
_AUTHOR_YEAR_KEY = re.compile(rf"(?P<n>[A-Z\u00c0-\u024f][^\W\d_]*(?:[-'’][A-Z][^\W\d_]+)?)"
                              rf"\s?(?:\+|\s?{ET_AL_MARK},?)\s?(?:['’](?P<s>\d\d)|(?P<y>{YEAR}))")


def author_year_key(text: str) -> tuple[Author, int] | None:
    """(first author, year) when `text` is such a key and nothing else, else None. Cheap
    first: a key holds `+` or `al`."""
    if "+" not in text and "al" not in text:
        return None
    key = _AUTHOR_YEAR_KEY.fullmatch(text.strip())
    if key is None:
        return None
    return Author(family=key.group("n")), full_year(key.group("y") or key.group("s"))


#: Who and when without a co-author mark, as an author-year citation writes them (`Ioannidis
#: 2005`, `Smith and Waterman 1981`): one or two family names (capitalised words), the year.
_FAMILY = r"[A-Z](?:c[A-Z])?[a-z\u00e0-\u024f]+"
_FAMILY_YEAR_LABEL = re.compile(rf"(?P<n>{_FAMILY}(?:\s(?:and|&)\s{_FAMILY})?)\s(?P<y>{YEAR})")


_BRACKETED_YEAR_END = re.compile(rf"\s*\(({YEAR})\)$")


def author_year_label(text: str) -> tuple[list[Author], int] | None:
    """(authors, year) of a text that is who and when and nothing else: a key
    (`author_year_key`: `Esteva et al. 2017`, its first author) or one or two family names and
    the year (`Smith and Waterman 1981`); None for anything else, and for a name the venue
    table knows (`CVPR 2017` labels a venue)."""
    if text.endswith(")"):  # (`Hoare (1962)`, `Driscoll et al (1986)`: the year in brackets)
        text = _BRACKETED_YEAR_END.sub(r" \1", text)
    keyed = author_year_key(text)
    if keyed is not None:
        return [keyed[0]], keyed[1]
    plain = _FAMILY_YEAR_LABEL.fullmatch(text)
    if plain is None or lookup(plain.group("n")) is not None \
            or plain.group("n").lower().rstrip(".") in MONTH_WORDS:
        return None  # (`CVPR 2017` labels a venue; `Aug 2023` a date)
    return parse_authors(plain.group("n"))[0], int(plain.group("y"))


#: A family name, maybe double-barrelled (`Filiz-Ozbay`, `West-Eberhard`).
_FAMILY_NAME = rf"{_FAMILY}(?:-{_FAMILY})?"
#: A family name alone, the whole of a text (`- Einstein (1916)` after a quoted title).
ONE_FAMILY = re.compile(_FAMILY_NAME)
#: One person as a lead of names writes them: given names or initials, then the family
#: name (`Eric Raimy`, `R. A. Fisher`, `Filiz-Ozbay`, `Mary Jane West-Eberhard`).
_LEAD_PERSON = rf"(?:(?:[A-Z]\.\s?)+|[A-Z][a-z]+\s){{0,3}}{_FAMILY_NAME}"
#: Persons as a lead writes them: joined by commas, "and" or "&".
_LEAD_NAMES = rf"{_LEAD_PERSON}(?:(?:,\s|,?\s(?:and|&)\s|\s?&\s?){_LEAD_PERSON})*"
#: Who and when before a title (`Elster 1998 - A Plea for Mechanisms`, `Axelrod and Hamilton
#: 1981. The Evolution of Cooperation`, `Eric Raimy. 1999. Representing Reduplication`,
#: `Mary Jane West-Eberhard (1983) Sexual Selection`): persons joined by commas, "and" or
#: "&" (maybe "et al."), the year (bracketed or set off by a stop, a comma or a dash, or by
#: a space alone), then the rest.
_NAMES_YEAR_LEAD = re.compile(
    rf"(?P<n>{_LEAD_NAMES}(?:,?\s{ET_AL_MARK})?)\.?,?\s+(?P<y>\({YEAR}[a-z]?\)|{YEAR}[a-z]?)"
    rf"(?P<s>\s*[.,]|\s+[-–—])?\s+(?P<rest>\S.*)", re.DOTALL)


def names_year_lead(text: str) -> tuple[list[Author], bool, int, str, bool] | None:
    """(authors, et al., year, rest, the year set off by a space alone) of a text that opens
    with who wrote a work and when, then goes on (`Elster 1998 - A Plea for Mechanisms`: the
    rest is the title and what follows it); None otherwise, and for a venue's name (`CVPR
    2017 Best Paper`) or a month before the year. What follows must open as a title does (a
    capital or a quote). A year set off by a space alone (`Lewontin 1970 The Units of
    Selection`) follows family names only (`Emlen and Oring 1969 Ecology`): two capitalised
    words in a row before it (`Deep Learning 2016 A review`) are as likely a title's."""
    lead = _NAMES_YEAR_LEAD.match(text)
    if lead is None:
        return None
    names, rest = lead.group("n"), lead.group("rest")
    spaced = not lead.group("s") and not lead.group("y").startswith("(")
    words = names.split()
    if spaced and any(a[:1].isupper() and not a.endswith(".") and b[:1].isupper()
                      for a, b in zip(words, words[1:], strict=False)):
        return None  # (`Deep Learning 2016 A review`: two capitalised words, one year, a space)
    if lookup(names) is not None or words[-1].lower().rstrip(".") in MONTH_WORDS \
            or not (rest[:1].isupper() or rest[:1] in "\"“‘'"):
        return None
    authors, et_al = parse_authors(names)
    if not authors:
        return None
    return authors, et_al, int(lead.group("y").strip("()")[:4]), rest, spaced


#: Who wrote a work, then the stop that ends their names, before its title (`Walter Everett.
#: Making Sense of …`, `S. Alexander Reed. An Idiom of …`, `David Temperley, Iris Ren, and
#: Zhiyao Duan. Mediant Mixture …`): persons as a names-year lead writes them.
_NAMES_STOP_LEAD = re.compile(
    rf"(?P<n>{_LEAD_NAMES})\.\s+"
    rf"(?P<rest>[A-Z\"“‘].*)", re.DOTALL)


def names_stop_lead(text: str) -> tuple[list[Author], bool, str] | None:
    """(authors, et al., rest) of a text that opens with who wrote a work, the stop that ends
    the names, then goes on (`[Walter Everett. Making Sense of Rock's Tonal Systems](url)`);
    None otherwise. Without a year the names are the only evidence: each must be a person
    as a citation names one (`named_person`: a given name, a family name no topic's word;
    `Machine Learning. A Probabilistic Perspective` is none), as `read_names` reads them."""
    lead = _NAMES_STOP_LEAD.match(text)
    if lead is None or lookup(lead.group("n")) is not None:
        return None
    authors, et_al = read_names(lead.group("n"), one_person=True)
    if not authors or not all(named_person(a, False) for a in authors) \
            or len(authors) == 1 and _JOINED.search(lead.group("n")):
        return None  # (`Tomasi, and Jianbo Shi.`: names joined, read as one person)
    return authors, et_al, lead.group("rest")


#: Names joined by "and" or "&": two persons at least.
_JOINED = re.compile(r"\s(?:and|&)\s")


#: Who without when, as a journal club labels a paper's link (`Van Deynze et al.`,
#: `Korthauer and Irizarry.`, `Sotelo-Silveira et al`): one or two family names before "et
#: al.", or two joined by "and" or "&" and closed by the stop that ends a citation's names
#: (without it, `[Docker and Kubernetes](url)`, `[Code and Data](url)` are labels' words).
_NAMES_LABEL = re.compile(rf"(?P<n>{_FAMILY}(?:[\s-]{_FAMILY})?)\s?(?:{ET_AL_MARK}"
                          rf"|\s(?:and|&)\s(?P<m>{_FAMILY})\.)")


def names_label(text: str) -> tuple[list[Author], bool] | None:
    """(authors, et al.) of a text that is who wrote a paper and nothing else, no year
    (`Van Deynze et al.`, `Korthauer and Irizarry.`); None for anything else, and for a name
    the venue table knows."""
    label = _NAMES_LABEL.fullmatch(text.strip())
    if label is None or lookup(label.group("n")) is not None:
        return None
    authors = [Author(family=label.group("n"))]
    if label.group("m"):
        authors.append(Author(family=label.group("m")))
    return authors, not label.group("m")


#: A person's words in a run of names written without commas (`Jim Gray Pat Helland Patrick
#: E. O'Neil`, as DBLP's text export writes authors): a given name, its initials, the family
#: name (`W I* W`); initials, the family name (`I+ W`: `C. Mohan`); an initial, a given name,
#: the family name (`I W W`: `S. Bing Yao`, the least likely reading, so counted).
_RUN_PERSONS = (re.compile(r"WI*W"), re.compile(r"I+W"), re.compile(r"IWW"))


def runs_together(author: Author) -> bool:
    """Whether one person read from names without commas is several run together: five name
    words or more, an initial after two full words (`Michael Stonebraker Joseph M.`: a middle
    initial follows one given name), or three full words after an initial (`C. Mohan Inderpal
    Narang`: after initials come one given name at most and the family name)."""
    words = f"{author.given} {author.family}".split()
    initials = [k for k, w in enumerate(words) if _INITIAL.match(w)]
    return len(words) >= 5 or bool(initials) and (
        initials[0] >= 2 or len(words) - initials[-1] > 3)


def unseparated_names(text: str) -> list[Author]:
    """The persons of a run of name words written without commas or "and" (`Michael
    Stonebraker Joseph M. Hellerstein`: two), read by the one segmentation into persons
    (`_RUN_PERSONS`) that uses the `I W W` shape least; [] when the run holds a word that is no
    capitalised name word or initial with its stop, when a family name is a topic's word
    (`TOPIC_WORD`), or when two segmentations tie (nothing is guessed)."""
    words = text.split()
    if not 2 <= len(words) <= 4 * MAX_AUTHORS or any(ch in text for ch in ",;&"):
        return []
    kinds = ""
    for word in words:
        if _INITIAL.match(word) and word.endswith("."):
            kinds += "I"  # (an initial with its stop: a bare capital is a word, `A Child`)
        elif word[:1].isupper() and len(word) > 1 and _NAME_WORD.match(word) \
                and not word.endswith("."):
            kinds += "W"
        else:
            return []
    # best[k]: (cost, ways, cut) of reading words[:k] as persons, cost the `I W W` persons
    best: list[tuple[int, int, int] | None] = [(0, 1, 0)] + [None] * len(words)
    for end in range(1, len(words) + 1):
        for start in range(max(0, end - 6), end):
            known = best[start]
            shape = kinds[start:end]
            if known is None or not any(p.fullmatch(shape) for p in _RUN_PERSONS):
                continue
            cost = known[0] + (shape == "IWW")
            current = best[end]
            if current is None or cost < current[0]:
                best[end] = (cost, known[1], start)
            elif cost == current[0]:
                best[end] = (cost, current[1] + known[1], current[2])
    final = best[len(words)]
    if final is None or final[1] != 1:
        return []
    authors: list[Author] = []
    end = len(words)
    while end:
        cut = best[end]
        assert cut is not None
        authors.insert(0, Author(family=words[end - 1], given=" ".join(words[cut[2]:end - 1])))
        end = cut[2]
    if any(TOPIC_WORD.fullmatch(a.family) for a in authors):
        return []  # (`Interpretable Rationale Augmented Charge Prediction System`: a title)
    return authors
