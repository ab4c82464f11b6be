"""Whole references written in a citation style, read into an item's fields.

An item (or a link's or a table cell's text) that is a complete reference gives its names,
title, venue and year in an order its style fixes. The styles read here: APA (`Names (2017).
Title. In Venue (pp. 1-9).`), GB/T 7714 (`Names. Title[J]. Venue, 2019, 30.`; also with the
title as the item's link), IEEE and MLA (the quoted title: `Names. "Title." Venue (2017).`), ACM
(`Names. 2021. Title. In Venue.`), `Names. Title. Venue, Year` (its title also set in bold), and
the comma-joined `A. Name, B. Name, Title, J. Abbrev. 58 (1968) 367-398.`; `cited_venue` reads
the venue and year of a citation's tail. items.py calls these readers; they share `ParsedItem`
and the field rules of item_fields.py, never items.py itself (the imports run one way).
"""

from __future__ import annotations

import re

from ..core.identifiers import DOI_IN_TEXT
from ..core.names import CJK_PHRASE, CJK_RANGES, is_particle
from ..core.titles import LETTER_WORD, PHRASE_WORDS
from ..core.vocab import PRESENTATION_WORDS, VENUE_NAME_WORDS
from ..core.years import MONTH, MONTH_DATE, YEAR, YEAR_GROUP, full_year, year_of
from ..model import Author
from ..venues import lookup
from .authors import (
    ET_AL_MARK,
    ONE_FAMILY,
    PARTICLE,
    VANCOUVER_INITIALS,
    body_name,
    initialled,
    parse_authors,
    read_names,
    runs_together,
    unseparated_names,
)
from .clean import clean_text, clean_title
from .item_fields import (
    ARXIV_NUMBER,
    BARE_URL,
    BY,
    CITED_IN,
    DATE_PAREN,
    DATE_TAG,
    ET_AL_COMMA,
    MONTH_AFTER,
    MONTH_END,
    NAME_BEFORE,
    NAME_STOP,
    PAREN_YEAR,
    TAG,
    TAG_WORDS,
    TRAILING_VENUE,
    VENUE_NAME,
    VENUE_WORDS,
    VOLUME_WORD,
    ParsedItem,
    arxiv_or,
    is_resource_label,
    link_words,
    meaningful,
    normalise_venue,
    starts_with_names,
    venue_tag_of,
)
from .markdown import Piece

_QUOTED = re.compile(r"[\"“”]\s*(?P<t>[^\"“”]{8,}?)\s*(?:[.,]\s*[\"“”]|[\"“”]\s*[.,])")
#: A quoted title that ends in its own question or exclamation mark, so no stop closes it
#: (`“What Is Digital Humanities and What’s It Doing in English Departments?” In _Debates_`)
_QUOTED_ASKED = re.compile(r"[\"“]\s*(?P<t>[^\"“”]{8,}?[?!])[\"”](?=\s)")
_QUOTED_BARE = re.compile(r"[\"“]\s*(?P<t>[^\"“”]{4,}?)\s*[\"”](?=\s|$)")

_VENUE_COMMA_YEAR = re.compile(
    rf"^[\s,.:]*(?P<v>[A-Za-z][\w&.+\- ]{{0,60}}?)\s*,\s*(?P<y>{YEAR})")

_CAPITALS = re.compile(r"(?<![\w.])[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?![\w.])")


def venue_words(text: str) -> bool:
    """Whether a field reads as a venue's name, never a person's: a word of two capitals or
    more (`IEEE Micro`, `ACM Computing Surveys (CSUR)`) or a venue's joining word (`Proceedings
    of the IEEE`), in three words or more, a word of a venue's name (`Physical Review Letters`,
    `Applied Energy`: core.vocab.VENUE_NAME_WORDS) in two or more, or a name the venue table
    knows."""
    words = text.split()
    if not words or lookup(text.strip()):
        return bool(words)
    return len(words) >= 2 and (bool(_CAPITALS.search(text)) or len(words) >= 3
                                and any(w in _VENUE_JOINERS for w in words[1:-1])
                                or any(w.lower() in VENUE_NAME_WORDS for w in words))


#: `13 pages`, `pp. 1-10`: a citation's extent, not its venue.
_EXTENT = re.compile(r"^(?:\d+\s+pages?|pp?\.?\s*\d.*)$", re.IGNORECASE)


def year_then_venue(sentences: list[str]) -> re.Match[str] | None:
    """`2015. New Journal of Physics. 13 pages`: after a citation's names, the year as a
    sentence of its own and the venue as the next one (its extent dropped), as the one
    `TRAILING_VENUE` match of `New Journal of Physics 2015`; None for any other tail."""
    texts = [t.strip(" .*_") for t in re.split(r"\.\s+", ". ".join(sentences))
             if t.strip(" .*_")]
    if not texts or not YEAR_GROUP.fullmatch(texts[0]):
        return None
    rest = [t for t in texts[1:] if not _EXTENT.match(t)]
    name = rest[0] if len(rest) == 1 else ""
    if name and not (VENUE_NAME.fullmatch(name) and len(name.split()) <= VENUE_WORDS):
        name = ""
    return TRAILING_VENUE.match(f"{name} {texts[0]}".strip())


_LEAD_SEPARATOR = re.compile(r"^[\s,.:;\-–—]+")

#: A sentence's end in a citation: after two lower-case letters, a CJK character (`二宮 崇.
#: 係り受け...`) or an acronym of three capitals (`... for Transformer NMT. Recent Advances
#: ...`; an initial is one), or spaced off (`Takashi Ninomiya . Title`), before a capital, a
#: digit, a quote, a CJK character or a name written in camel case (`bioRxiv. 2026`). Or
#: after a family name of two letters ending the names (`…, and Yuxiong He. ZeRO: …`, `Shuai
#: Ma. 2020. Codebleu`: one lower-case letter, no initial).
_SENTENCE = re.compile(rf"(?:(?<=[a-z\u00e0-\u024f)]{{2}})|(?<=[{CJK_RANGES}])|(?<=\s[A-Z]{{3}})"
                       r"|(?<=[a-z] )|(?<=\s[A-Z][a-z]))\.\s+"
                       rf"(?=[A-Z0-9\"“{CJK_RANGES}]|[a-z]+[A-Z])")

#: A doubled full stop before a capital (`Title.. Proc. SIGMOD Conference, 1979`, as DBLP's
#: text export writes a title that ends in a stop): the title's end whatever its last word
#: (`(RAID).. Proc.`), never an ellipsis's (`...`).
_DOUBLED_STOP = re.compile(r"(?<=[^.\s])\.\.\s+(?=[A-Z])")

#: A GB/T 7714 document type after a title (`Title[J].`, `[C]`, `[M]`, `[EB/OL]`): the
#: title's end, never part of it.
#: A GB/T 7714 document type (`[J]`, `[C]`, `[EB/OL]`, ...).
_GBT_KIND = r"\[(?:[JCMDRPSNAZ]|EB|[JCM]/OL|EB/OL)\]"
_DOC_TYPE = re.compile(rf"\s*{_GBT_KIND}(?=\.)")
#: APA: `Vaswani, A., Shazeer, N., et al. (2017). Title. In Venue (pp. 5998-6008).` (the stop
#: after the year may be a comma or missing: `Qiao, H., … (2019), Title.`, `Gregg, W. & Casey,
#: N. (2007) Title.`)
_APA = re.compile(rf"^(?P<a>[^()]+?)\s*\((?P<y>{YEAR})[a-z]?(?:,[^()]*)?\)(?P<s>[.,]?)\s+"
                  r"(?P<rest>.+)$")
#: APA's order with the year set off by commas, no brackets (Elsevier's Harvard style:
#: `Kestemont, M., Stover, J., 2016. Title. Expert Systems with Applications 63, 86–96.`),
#: read only after names written with their initials, as APA writes them.
_YEAR_AFTER_NAMES = re.compile(rf"^(?P<a>[^()]+?),\s+(?P<y>{YEAR})[a-z]?(?P<s>\.)\s+"
                               r"(?P<rest>[A-Z\d\"“].+)$")
#: A volume in brackets after a journal's name (`(Vol. 9, Issue 1, ...)`, `(Volume 46)`).
_VOLUME_IN_BRACKETS = re.compile(rf"\s*\((?={VOLUME_WORD}\d)", re.IGNORECASE)
#: A page or a range of pages after its word (`pp. 5998-6008`, `p. 12`), as a regex fragment.
_PAGE_RANGE = r"pp?\.\s*\d+(?:\s*[-–—]+\s*\d+)?"
#: A citation's pages (`(pp. 5998-6008)`, `, pp. 427–436`, `p. 12`): no venue's words.
_PAGES = re.compile(rf",?\s*\(?\b{_PAGE_RANGE}\s*\)?")

#: The pages in brackets that close an APA venue (`(pp. 5998-6008).`): a publisher may follow.
_PAGES_IN_BRACKETS = re.compile(rf"\s*\({_PAGE_RANGE}\s*\)\.\s")

_ASIDE = re.compile(r"\s*\([A-Za-z][A-Za-z ,.'&\-]{0,40}\)$")


def names_before_venue(text: str) -> bool:
    """Whether the text before the field that ends it (its last bracket, else the sentence
    after its first full stop) reads as names: the item's authors (`Ann Author, Bob Writer.
    OpenAI Blog, 2019.`, `Ann Author and Bob Writer. (Applied Sciences, 2019)`), so that field
    is no second author list."""
    if "(" in text:
        head = text[:text.rfind("(")]
    else:
        stop = NAME_STOP.search(text)
        head = text[:stop.start()] if stop else ""
    head = BY.sub("", head).strip(" .,;")
    return bool(head) and bool(read_names(head)[0])


#: Springer's basic style: the year in parentheses after the names with no stop after it
#: (`Atwood J, Towsley D (2016) Title. In: Venue`), read only after names written `Surname I`.
_SPRINGER = re.compile(rf"^(?P<a>[^()]+?)\s*\((?P<y>{YEAR})[a-z]?\)\s+(?P<rest>[A-Z\d].+)$")
#: A group named as the first author, then `et al.` (`International Brain Laboratory et al.
#: (2025) Title. Nature`): capitalised words, an organisation's or a group's (`authors.body_name`).
_GROUP_ET_AL = re.compile(rf"(?P<g>(?:The\s)?[A-Z][\w\-]+(?:\s[A-Z][\w\-]+){{1,5}})\s+{ET_AL_MARK}")


#: `In:` opening a Springer citation's venue.
_IN_COLON = re.compile(r"^In:\s*")
#: A Springer citation's pages after its venue (`. pp 4602–4609`).
_SPRINGER_PAGES = re.compile(r"\.?\s+pp\s+\d.*$")
#: A venue `In:` marks: a name's words, as long as a proceedings' whole name.
_MARKED_VENUE = re.compile(r"[A-Za-z][\w&.:'’\- ]{0,119}")


#: A note in brackets and its stop opening what follows a quoted title (` (1st Edition). `).
_NOTE_FIRST = re.compile(r"^\s*\([^()]{1,40}\)\s*[.,]?")


def _apa_citation(text: str) -> ParsedItem | None:
    """`Vaswani, A., Shazeer, N., et al. (2017). Attention is all you need. In Advances in
    Neural Information Processing Systems (pp. 5998-6008).`: names, the year in parentheses,
    the title as the next sentence, then the venue ("In" and pages dropped). Springer's
    `Vaswani A, Shazeer N, et al (2017) Title. In: Venue` alike (`_SPRINGER`)."""
    # (Springer's first: with no stop after its year, APA's pattern matches it too, but its
    # `Surname I` names and `In:` venue are read apart)
    cited = _SPRINGER.match(text)
    group = _GROUP_ET_AL.fullmatch(cited.group("a").strip()) if cited is not None else None
    if group is not None and not body_name(group.group("g")):
        group = None  # (`Lenton TM et al.`: a person's name and initials)
    springer = cited is not None and (group is not None or all(
        _CITED_NAME.fullmatch(name.strip()) for name in cited.group("a").split(",")))
    harvard = False
    if not springer:
        cited = _APA.match(text)
    if cited is None and text[:1].isupper() and ", " in text[:40]:  # (cheap first)
        cited = _YEAR_AFTER_NAMES.match(text)
        harvard = cited is not None
    if cited is None:
        return None
    authors, et_al = ([Author(literal=group.group("g"))], True) if group is not None \
        else parse_authors(cited.group("a"))
    if harvard and not all(initialled(a) for a in authors):
        return None  # (`Title, 2019. Note`: no names written as APA writes them)
    if springer and group is None:
        authors = [initials_last(a) for a in authors]
    # (`Title? In: Venue`: a question ends the title as a stop would, before `In:`)
    rest = cited.group("rest")
    # (`Zeng, Z., et al. (2016). "A cascading … China." Natural Hazards 84(3): 2071-2093.`:
    # a quoted title ends at its closing quote, its stop inside it, the venue after it, past
    # a note in brackets on the work, `"Title" (1st Edition). MIT Press.`)
    quoted = (_QUOTED.match(rest) or _QUOTED_BARE.match(rest)) if rest[:1] in "\"“" else None
    parts = [quoted.group("t"), _NOTE_FIRST.sub("", rest[quoted.end():])] \
        if quoted is not None else re.split(r"(?<=[\w)\]?!])\.\s+|(?<=[?!])\s+(?=In:\s)",
                                            rest, maxsplit=1)
    if not authors or len(parts[0].split()) < 2:
        return None
    if not springer and cited.group("s") != "." and not all(initialled(a) for a in authors):
        # (`Title (2015), Names, et al.`: a title is dated so too; without the stop, only
        # names written as APA writes them, each with its initials, open a citation)
        return None
    item = ParsedItem(shape="citation: authors (year). title. venue")
    item.title, item.authors, item.et_al = clean_title(parts[0]), authors, et_al
    item.year = int(cited.group("y"))
    # (`In Venue (pp. 834-849). Springer International Publishing.`: APA names the publisher
    # after the pages in brackets, no word of the venue)
    venue = _PAGES_IN_BRACKETS.split(BARE_URL.sub(" ", parts[1] if len(parts) > 1 else ""),
                                     maxsplit=1)[0]
    venue = CITED_IN.sub("", _PAGES.sub("", venue).strip(" .,;*_"))
    marked = springer and _IN_COLON.match(venue) is not None
    if marked:
        # `In: 2019 International Joint Conference on Neural Networks (IJCNN). pp 406–415`:
        # the proceedings' year before its name and the pages (`pp`, no stop) are no venue
        venue = _SPRINGER_PAGES.sub("", _IN_COLON.sub("", venue))
        venue = re.sub(rf"^{cited.group('y')}\s+", "", venue)
    # `In Ecology and Evolution (Vol. 9, Issue 1, pp. 653–663). Wiley.`: APA 7 sets the volume
    # in brackets after the journal, its publisher after them
    venue = _VOLUME_IN_BRACKETS.split(venue, maxsplit=1)[0]
    venue = re.split(r"\.\s+(?=\d)", venue, maxsplit=1)[0]  # `Journal. 60. 1-21. 10.18637/…`
    # `, 30(1), 1-10`, `, 23(1), bbab408`, `, 35(14), i501–i509`: volume, issue, pages
    venue = _VOLUME_MARK.split(venue, maxsplit=1)[0]
    venue = re.sub(r"[\s,]+\d[\d()\s,:–\-]*$", "", venue).strip(" .,;")
    venue = arxiv_or(venue)  # `arXiv preprint arXiv:2411.01803`
    # (`Bioinformatics (Oxford, England)`: a place in brackets is part of the journal's name)
    # (a venue `In:` marks may be a proceedings' whole name: `Proceedings of the ACM SIGKDD
    # International Conference on Knowledge Discovery and Data Mining`)
    if venue and (VENUE_NAME if not marked else _MARKED_VENUE).fullmatch(
            _ASIDE.sub("", venue)) and len(venue) <= 120:
        item.venue_raw = f"{venue} {item.year}"
        item.venue_tag = normalise_venue(item.venue_raw)
    return item


#: GB/T 7714's document type after a title, before the venue: `[J].`, `[C]//Proceedings ...`.
_GBT_TYPE = re.compile(rf"{_GBT_KIND}(?:\.|//)\s*")
#: A venue, maybe its year, then GB/T 7714's document type after the names (`JURIX 2023 [C].`,
#: `IEEE Access [J].`, `arXiv [EB/OL]`): the type marks the words before it as the venue.
_VENUE_THEN_TYPE = re.compile(rf"^[\s.,;]*(?P<v>[A-Za-z][^\[\]]{{0,100}}?)\s*{_GBT_KIND}"
                              r"(?=[.,;\s]|$)")


def gbt_venue(text: str) -> str:
    """The venue (and year, where written) that opens `text` before a GB/T 7714 document
    type (`. JURIX 2023 [C]. [[pdf](url)]` after the names: `JURIX 2023`; `IEEE Access [J].`:
    a journal without its year), else ""."""
    if "[" not in text:
        return ""  # (cheap first: no document type)
    found = _VENUE_THEN_TYPE.match(clean_text(text))
    return found.group("v").strip(" .,;") if found else ""


#: A cited name's initials, a hyphenated given name's joined by its hyphen (`J-P`, `VW-S`).
_CITED_INITIALS = r"[A-Z]{1,3}(?:-[A-Z]{1,2})?"
#: GB/T 7714's names: `Surname I, Surname I D, et al.` (family name, then initials), a stop.
GBT_NAMES = re.compile(rf"^(?P<a>[^.\[\]]+?(?:\s{_CITED_INITIALS}(?:\s[A-Z]{{1,2}})?"
                       r"|\bet\.?\s?al))\.\s+")

#: One name as GB/T 7714 writes it (`Bollen J`, `Moat H S`, `et al`).
#: (a family name of two words, `Le Roux E`, or after its particles, `de Vos M`, `van der
#: Sluis S`; the last name may carry the `et al.` that ends the names: `Lenton TM et al.`)
_CITED_NAME = re.compile(rf"(?:(?:{PARTICLE})\s){{0,2}}[A-Z][\w'’\-]+(?:\s[A-Z][a-z][\w'’\-]*)?"
                         rf"(?:\s{_CITED_INITIALS}){{1,3}}(?:\s{ET_AL_MARK})?|et\.?\s?al")

#: Names up to the first stop (`Y Zhao, X Luo, W Ju. `, `Zikang Zhou, Jianping Wang. `).
_FIRST_SENTENCE = re.compile(r"^(?P<a>[^.\[\]]+?)\.\s+")


#: A thesis named after its title (`, Doctoral Dissertation,`, `, PhD thesis,`, `, Master's
#: Thesis`): what kind of work it is, never the title's words or a venue.
_THESIS = re.compile(r",\s*(?:(?:doctoral|ph\.?\s?d\.?|master['’]?s?|bachelor['’]?s?)\s+)?"
                     r"(?:thesis|dissertation)\b", re.IGNORECASE)
#: One name as Vancouver writes it, two initials or three glued after the family name, then
#: the stop that ends the names (`Adams TM. `).
_ONE_CITED_NAME = re.compile(rf"^(?P<a>[A-Z][a-z][\w'’\-]+\s{VANCOUVER_INITIALS.pattern})\.\s+")


#: Two or more names written `Family, I.` (`Backes, M., Rieck, K., and Yamaguchi, F. `,
#: capitals too: `BACKES, M., … AND YAMAGUCHI, F. `): the stop after the last name's initials
#: ends the names (no sentence stop: an initial, not two lower-case letters, before it).
_FAMILY_INITIALS = r"[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?,\s(?:[A-Z]\.\s?-?)*[A-Z]\."
_INVERTED_NAMES = re.compile(
    rf"^(?P<a>(?:{_FAMILY_INITIALS},?\s+(?:(?:and|AND|&)\s+)?)+{_FAMILY_INITIALS})\s+(?=[A-Z\d])")


def _gbt_names(text: str) -> re.Match[str] | None:
    """`Bollen J, Mao H, Zeng X. `: two or more names as GB/T 7714 writes them (family name,
    then initials) up to the stop after the last initial, or one name with its initials glued
    (`Adams TM. `), or two or more written `Family, I.` (`_INVERTED_NAMES`), else None."""
    if ", " not in text[:60]:  # (cheap first)
        return _ONE_CITED_NAME.match(text)
    if (inverted := _INVERTED_NAMES.match(text)) is not None:
        return inverted
    cited = GBT_NAMES.match(text)
    return cited if cited and "," in cited.group("a") and all(
        _CITED_NAME.fullmatch(name.strip()) for name in cited.group("a").split(",")) else None


def initials_last(author: Author) -> Author:
    """`Parsons MA` among names written `Surname I` (GB/T, Vancouver): the capitals after the
    family name are its initials (read as "Given Family" they would be the family name)."""
    # (`de Lange FP`: the family name may open with its particle)
    if VANCOUVER_INITIALS.fullmatch(author.family) and not author.given.isupper() \
            and (author.given[:1].isupper() or is_particle(author.given.split()[0])):
        return Author(family=author.given, given=author.family)
    return author


def _gbt_other_names(text: str) -> re.Match[str] | None:
    """A GB/T citation's names written otherwise than `Surname I` (initials first, `Y Zhao,
    XS Hua`, or full names, `Zikang Zhou, Yu-Kai Huang`): the first sentence, when every one
    of its two or more comma parts reads as a name."""
    names = _FIRST_SENTENCE.match(text)
    if names is None or "," not in names.group("a"):
        return None
    authors, _ = parse_authors(names.group("a"))
    return names if len(authors) == names.group("a").count(",") + 1 else None


def _gbt_citation(text: str, after: str) -> ParsedItem | None:
    """`Fernando B, Gould S. Learning end-to-end video classification with rank-pooling[C]//
    International Conference on Machine Learning. 2016: 1187-1196.` (GB/T 7714): names up to
    their stop, the title up to its document type, then the venue and year (`cited_venue`);
    None for any other text."""
    kind = _GBT_TYPE.search(text)
    names = (GBT_NAMES.match(text) or _gbt_other_names(text)) if kind else None
    if kind is None or names is None or names.end() >= kind.start():
        return None
    authors, et_al = parse_authors(names.group("a"))
    title = clean_title(text[names.end():kind.start()])
    if not authors or len(title.split()) < 2:
        return None
    item = ParsedItem(title=title, shape="citation: authors. title[type]. venue, year")
    item.authors, item.et_al = authors, et_al
    _cited_fields(item, cited_venue(clean_text(BARE_URL.sub(" ", text[kind.end():] + " "
                                                            + after))))
    _book_fields(item, kind.group())
    return item


#: GB/T 7714's mark of a book (`Title[M].`).
_BOOK_KIND = "[M]"


def _book_fields(item: ParsedItem, kind: str) -> None:
    """A book's fields (`Title[M]. 电子工业出版社, 2016.`, `Title[M]. ACM, 2013.`): what follows
    its mark names the publisher (and its place), no venue; the year stays."""
    if kind.startswith(_BOOK_KIND) and item.venue_raw:
        publisher = YEAR_GROUP.sub("", item.venue_raw).strip(" ,.:")
        _cited_fields(item, str(item.year) if item.year else "")  # (the year alone)
        item.publisher = publisher


#: A stop in a GB/T 7714 citation written in Chinese: glued, no space after it, to the CJK
#: name or title before it (`张健,张超.程序分析研究进展[J].软件学报,2019`).
_CJK_STOP = re.compile(rf"(?<=[{CJK_RANGES}A-Za-z\]）)])[.．](?=[^\s.\d])")
_CJK_GLUED = re.compile(rf"[{CJK_RANGES}][.．][^\s.\d]")
#: A nationality tag before a translated author's name (`[美]`, `[以色列]`): no name's part.
_NATION_TAG = re.compile(rf"\[[{CJK_RANGES}]{{1,4}}\]")
#: One author as a Chinese citation writes them (`张健`, `理查德·J.拉森`, `等`): CJK letters,
#: the middle dot of a transliterated name and its initials; no space, no digit.
_CJK_NAME = re.compile(rf"[{CJK_RANGES}](?:[{CJK_RANGES}·A-Z.]{{0,20}}[{CJK_RANGES}])?")
#: A title: four CJK characters (`矩阵分析`) or two words.
_CJK_TITLE = re.compile(rf"[{CJK_RANGES}]{{4}}|\w+\s+\w+")


#: `等` ("and others") after a Chinese citation's names: its et al.
_CJK_ET_AL = "等"


def _cjk_names(text: str) -> tuple[list[Author], bool]:
    """A Chinese citation's author list (`张健,张超`, `[美]汤姆·詹金斯,等`): comma-joined CJK
    names, each maybe after a nationality tag, each one name as written (its family name
    first; a translated name keeps its middle dot), and whether `等` ends them; ([], False)
    when any part is no such name."""
    parts = [_NATION_TAG.sub("", part).strip() for part in re.split(r"[,，、]", text)]
    et_al = parts[-1] == _CJK_ET_AL
    names = parts[:-1] if et_al else parts
    if not names or not all(_CJK_NAME.fullmatch(part) for part in names):
        return [], False
    return [Author(family=name) for name in names], et_al


def _cjk_gbt_citation(text: str, after: str) -> ParsedItem | None:
    """`张健,张超,蔡彦.程序分析研究进展[J].软件学报,2019,30(01):80-109.` (GB/T 7714 in Chinese:
    its stops glued, no space after them): CJK names up to the stop before the title, the
    title up to its document type (or, without one, to its own stop:
    `张芸,颜晖.基于信息检索的软件缺陷定位技术研究进展.软件学报.2020 (08),2432-2452.`), then the
    venue and year (`cited_venue`); None for any other text."""
    kind = _GBT_TYPE.search(text)
    if kind is not None:
        stops = list(_CJK_STOP.finditer(text, 0, kind.start()))
        if not stops:
            return None
        # (the last stop before the type: a translated name's initials, `理查德·J.拉森`, hold
        # stops too, a Chinese title none)
        names, title, rest = text[:stops[-1].start()], text[stops[-1].end():kind.start()], \
            text[kind.end():]
    else:
        parts = _CJK_STOP.split(text, maxsplit=2)
        if len(parts) < 3 or not YEAR_GROUP.search(parts[2]):
            return None
        names, title, rest = parts
    title = clean_title(title)
    authors, et_al = _cjk_names(names.strip())
    if not authors or not _CJK_TITLE.search(title):
        return None
    item = ParsedItem(title=title, shape="citation: authors. title[type]. venue, year")
    item.authors, item.et_al = authors, et_al
    # (a translation's translators, `阮吉寿,等译.`, before the publisher: no venue's words)
    rest = re.sub(rf"^[^.．]*?[{CJK_RANGES}]译[.．]", "", rest.strip())
    _cited_fields(item, cited_venue(clean_text(BARE_URL.sub(" ", rest + " " + after))))
    _book_fields(item, kind.group() if kind else "")
    return item


#: A Chinese citation joined by commas opens with a CJK name (`李燕梅，顾焕申，…`; a
#: corresponding author's star after it).
_CJK_NAME_FIRST = re.compile(rf"^[{CJK_RANGES}]{{2,4}}\*?\s*[，,]")
#: A field of a comma-joined citation that is a year and nothing else.


def _cjk_comma_citation(text: str, after: str) -> ParsedItem | None:
    """`李燕梅，顾焕申，王文龙*，2022，基于最优输运与循环神经网络的全波形反演，
    地球物理学进展, 37(6)，2408-2416.` and `陈尧，于四伟*，林荣智，Title，煤田地质与勘探, 2024,
    52(8), 177-186.`: a Chinese
    citation whose fields are joined by commas: CJK names (a star marks the corresponding
    author), maybe the year, the title (a CJK phrase, `CJK_PHRASE`), then the journal (no
    digit in it) and its volume, year and pages; None for any other text (a year, and a
    volume or pages, are needed)."""
    fields = [f.strip() for f in re.split(r"\s*[，,]\s*", text.strip(" .。"))]
    names: list[Author] = []
    at = 0
    while at < len(fields) and len(fields[at].rstrip("*")) <= 4 \
            and _CJK_NAME.fullmatch(fields[at].rstrip("*")):
        names.append(Author(family=fields[at].rstrip("*")))
        at += 1
    year = int(fields[at]) if at < len(fields) and YEAR_GROUP.fullmatch(fields[at]) else None
    at += year is not None
    if not names or at + 1 >= len(fields) or not CJK_PHRASE.search(fields[at]):
        return None
    title, venue = clean_title(fields[at]), fields[at + 1]
    if not venue or any(ch.isdigit() for ch in venue) or len(venue) > 40:
        return None
    if not any(ch.isdigit() for f in fields[at + 2:] if not YEAR_GROUP.fullmatch(f)
               for ch in f):
        # (a journal's volume or pages after it, `37(6)`, `2408-2416`: what a citation writes
        # and a sentence of comma-joined clauses, `例如，谷歌，2017，提出了…，影响很大`, does not)
        return None
    year = year or next((int(f) for f in fields[at + 2:] if YEAR_GROUP.fullmatch(f)), None)
    if year is None:
        return None
    item = ParsedItem(title=title, shape="citation: authors, title, venue, year")
    item.authors = names
    _cited_fields(item, f"{venue} {year}")
    return item


def linked_gbt_citation(text: str, tail: list[Piece], after: str) -> ParsedItem | None:
    """`Demmel N, Sommer C, et al. [**Title**](url)[C]//Proceedings of ... **2021**: 1-9.`:
    a GB/T 7714 citation whose title is its link (names alone before it, the document type
    right after it), read as the linkless one is."""
    if not tail or not _GBT_TYPE.match(after.lstrip()):  # (cheap first: the type's mark)
        return None
    names = GBT_NAMES.match(text)
    if names is None or text[names.end():].strip():
        return None
    cited = _gbt_citation(f"{text}{link_words(tail[0])}{after.lstrip()}", "")
    if cited is not None and cited.venue_raw[:1].isdigit():
        # `[J]. 2021. （**ICRA2021**）`: no journal named, a note after the year: the year only
        cited.venue_raw = cited.venue_tag = ""
    return cited


def _sentences(text: str) -> list[str]:
    """A citation's sentences (`_SENTENCE`), GB/T 7714's document type dropped: the type ends
    its title's sentence whatever the title's last word (`… using GSTANN[J].  CSEE Journal
    …`: an acronym of more than three capitals is no sentence's end by itself)."""
    if ".." in text and _DOUBLED_STOP.search(text):  # (cheap first)
        return [part for doubled in _DOUBLED_STOP.split(text) for part in _sentences(doubled)]
    typed = _DOC_TYPE.search(text) if "[" in text else None  # (cheap first)
    if typed is None:
        return _SENTENCE.split(text)
    return _SENTENCE.split(text[:typed.start()]) \
        + _SENTENCE.split(_DOC_TYPE.sub("", text[typed.end():]).lstrip(". "))


def _after_doubled_stop(text: str, title: str) -> str:
    """The words after a title a doubled stop ends (`Title.. ACM Trans. Database Syst., 11(3),
    1986`), as written: the venue's abbreviating stops kept; "" for any other title."""
    doubled = _DOUBLED_STOP.search(text) if ".." in text else None
    if doubled is None or not text[:doubled.start()].endswith(title):
        return ""
    return text[doubled.end():]


def _names_and_title(parts: list[str]) -> ParsedItem | None:
    """`Michael Stonebraker Joseph M. Hellerstein. What Goes Around Comes Around.`: a citation
    of names and a title and nothing else, two sentences: the first names two persons or more,
    one of them with an initial (a capitalised phrase is no person's name), the second is no
    list of names, one sentence of three words or more and no year that closes with its stop.
    Alone it proves nothing (collect: among the citations of its heading it is one of them)."""
    names, title = parts
    if not title.endswith(".") or len(title.split()) < 3 or ". " in title \
            or YEAR_GROUP.search(title) or read_names(title)[0]:
        return None  # (`2016. _Book_. Minneapolis; London: Press.`, `Arxiv 2020.`: no title)
    authors = read_names(names)[0] or unseparated_names(names)
    if len(authors) < 2 or not any(initialled(a) for a in authors):
        return None
    item = ParsedItem(shape="citation: authors. title.")
    item.title, item.authors = clean_title(title), authors
    return item


def _unquoted_citation(text: str, after: str) -> ParsedItem | None:
    """`Vaswani, Ashish, et al. Attention is all you need. NeurIPS, 2017.`: authors first
    (`Vaswani A, Shazeer N, et al. Attention is all you need[J]. Advances in ..., 2017, 30.`,
    GB/T 7714, its document type dropped; APA's `Names (2017). Title. Venue.`)."""
    text = clean_text(text).strip()
    apa = _apa_citation(text)
    if apa is not None:
        return apa
    if "." not in text and "hesis" not in text and "issertation" not in text:
        return None  # (cheap first: no sentence stop and no thesis, no citation to split)
    parts = _sentences(text)
    linked_venue = False  # the venue is a link's text, outside `text`
    # (one sentence ending in a comma: the title's, before the venue's link)
    cited = _gbt_names(parts[0]) if len(parts) >= 2 or "issertation" in text \
        or "hesis" in text or text[-1:] == "," else None
    if cited is not None:
        # `Bollen J, Mao H, Zeng X. Title. Journal, 2011`: the stop after the last initial
        # ends the names (no sentence stop: an initial, not two lower-case letters, before it)
        names = cited.group("a")
        if cited.re is _INVERTED_NAMES:  # (small capitals: `STOCK, B., AND YAMAGUCHI, F.`)
            names = names.replace(" AND ", " and ")
        parts[:1] = [names, parts[0][cited.end():]]
    thesis = _THESIS.search(parts[1]) if len(parts) == 2 and cited is not None else None
    if thesis is not None:
        # `Adams TM. Title, Doctoral Dissertation, University of Michigan, 2026.`: the title
        # ends where the work says it is a thesis; the kind and the university are no venue
        parts[1:] = [parts[1][:thesis.start()], ""]
    if len(parts) == 2 and cited is None:
        return _names_and_title(parts)
    if len(parts) == 2 and thesis is None and parts[1].rstrip()[-1:] == "," \
            and len(parts[1].split()) >= 3 and YEAR_GROUP.search(after):
        # `Wu X, Shang X. Title, [Journal](doi) 541, 114316 (2025)`: names ended by their
        # stop, then the title up to the comma before the venue, which the link names (what
        # follows the link is its volume, pages and year: the year only is read there; no
        # year after the link, `Smith J. Notes from my talk, [Slides](url)`, no citation)
        parts.append("")
        linked_venue = True
    if len(parts) < 3:
        return None
    authors, et_al = parse_authors(parts[0])
    if cited is not None:
        authors = [initials_last(a) for a in authors]
    elif not et_al and (not authors or len(authors) == 1 and runs_together(authors[0])) \
            and len(parts) >= 3 and not read_names(parts[1])[0]:
        # `Jim Gray Pat Helland Patrick E. O'Neil. Title.. Venue`: names without commas, one
        # person each by its given name, initials and family name
        authors = unseparated_names(parts[0]) or authors
    if not authors or len(parts[1]) < 8:
        return None
    if len(authors) == 1 and not et_al and "," not in parts[0] and read_names(parts[1])[0]:
        return None  # `Quantum Random Access Memory. Vittorio Giovannetti, Seth Lloyd, ...`:
        # a title of capitalised words, then the names (`_sentence_of_names`)
    item = ParsedItem(shape="citation: authors. title. venue, year")
    dated = _ACM_YEAR.match(parts[1])
    if dated:  # `M. Carvalho and D. F. Macedo. 2021. Title. In Venue.`: the year after the names
        parts[1] = parts[1][dated.end():]
        if len(parts[1]) < 8:
            return None
    item.title = clean_title(parts[1])
    item.authors, item.et_al = authors, et_al
    one = ONE_INVERTED.fullmatch(parts[0].strip(" .,")) if dated else None
    if one is not None:
        # `Baker, Paul. 2006. Title.`: an author-date reference's one author, inverted (a
        # second would be joined by "and")
        item.authors, item.et_al = [Author(family=one.group("f"), given=one.group("g"))], False
        item.shape = INVERTED_AUTHOR_DATE
    rest = _after_doubled_stop(text, parts[1]) or " ".join(parts[2:])
    rest += " " + after
    # (an ACM reference, its year after the names: its venue is `In Venue.` or a journal)
    venue = _VENUE_COMMA_YEAR.match(clean_text(rest)) if dated else None
    if venue:
        item.venue_raw = f"{venue.group('v').strip()} {venue.group('y')}"
        item.venue_tag = normalise_venue(item.venue_raw)
        item.year = year_of(item.venue_tag)
    elif dated:
        item.year = int(dated.group(1))
        whole = text  # (cleaned above)
        stops = [m.end() for m in _SENTENCE.finditer(whole)]  # the venue's stops kept
        # (the parts were cut at other stops than these: a text whose title ends it has no
        # second stop, and no venue after it)
        cited = _ACM_VENUE.match(clean_text(whole[stops[1]:] + " " + after).strip()) \
            if len(stops) > 1 else None
        if cited:
            named = (cited.group("in") or cited.group("journal") or "").strip(" ,.") \
                or cited.group("abbreviated").strip(" ,")  # (its abbreviations' stops kept)
            item.venue_raw = named if YEAR_GROUP.search(named) else f"{named} {item.year}"
            item.venue_tag = venue_tag_of(item.venue_raw)
    elif thesis is not None:
        dated = YEAR_GROUP.search(text[text.find(thesis.group(0)):])
        item.year = int(dated.group(1)) if dated else None
    else:
        _cited_fields(item, cited_venue(clean_text(BARE_URL.sub(" ", rest))))
        if _BOOK_KIND in text:  # (`钱文祥. 白帽子讲浏览器安全[M]. 电子工业出版社, 2016.`)
            _book_fields(item, _BOOK_KIND)
    if linked_venue:
        item.venue_raw = item.venue_tag = ""
    return item


def _emphasised_citation(text: str, mask: list[bool], after: str) -> ParsedItem | None:
    """`Topol, Eric J. **High-performance medicine: ...** Nature medicine 25.1 (2019): 44-56.`:
    a citation whose title the list sets in bold, after a sentence of names (ended by a full
    stop or a comma). The bold run is the title, the names before it the authors, and the
    tail the venue and year (`cited_venue`); None for any other text."""
    if True not in mask:
        return None
    start = mask.index(True)
    before = text[:start].strip(" *_")
    if before[-1:] not in (".", ","):
        return None  # (checked first: most items are no such citation)
    bold = [i for i in range(start, len(text)) if mask[i] and text[i].isalnum()]
    if not bold:
        return None
    start, end = bold[0], bold[-1] + 1
    if not all(mask[start:end]):
        return None  # two bold runs: no one title
    if "! " in before:  # (`Lenses! Nate Foster, …. **Title**`: an exclamation is a remark
        before = before[before.rindex("! ") + 2:]  # before the names, never a name)
    authors, et_al = read_names(before.rstrip(" ,"), one_person=True)
    # `Weiser, M. (1991). Scientific American. **Title**. (Sept. 1991), 94-104.`: APA's year
    # after the names (and the journal, when the list writes it before the title)
    dated = _NAMES_YEAR_BEFORE.match(before) if not authors else None
    if dated is not None:
        authors, et_al = read_names(dated.group("n").rstrip(" ,"), one_person=True)
    title = clean_title(text[start:end])
    if not authors or len(title.split()) < 3:
        return None
    item = ParsedItem(title=title, bold=True, shape="citation: authors. **title.** venue, year")
    item.authors, item.et_al = authors, et_al
    _cited_fields(item, cited_venue(clean_text(BARE_URL.sub(" ", text[end:] + " " + after))))
    if dated is not None:
        item.year = item.year or int(dated.group("y"))
        journal = dated.group("v").strip(" .,;")
        named = re.sub(rf"(?i:\b{MONTH})|\d", "", item.venue_tag)  # (`(Sept. 1991)`: a date)
        if not any(ch.isalpha() for ch in named) and venue_part(journal):
            item.venue_raw = f"{journal} {item.year}"
            item.venue_tag = venue_tag_of(item.venue_raw)
    return item


#: Names, then APA's year in parentheses, then what stands before the title (`Weiser, M.
#: (1991). Scientific American.`), as `_emphasised_citation` reads what precedes a bold title.
_NAMES_YEAR_BEFORE = re.compile(rf"^(?P<n>[^\d()\[\]\"“]{{4,200}}?)\s*\((?P<y>{YEAR})[a-z]?\)"
                                r"[.,:]?\s*(?P<v>[^\d()\[\]]*)$")


#: `2021. Title`: the year of an ACM reference, between its names and its title.
_ACM_YEAR = re.compile(rf"^({YEAR})[a-z]?\.\s+")
#: The venue of an ACM reference: `In Venue.` (up to the sentence that holds the pages or the
#: publisher: `1ś6.`, `IEEE, Madrid`) or a journal before its volume (`IEEE Access 8 (2020)`);
#: a publisher alone (`Springer Int. Publishing, Cham`) is no venue.
_ACM_VENUE = re.compile(rf"^In\s+(?P<in>.+?)(?:\.\s+(?=\d|[A-Z]\w*,)|\.?$)"
                        rf"|^(?P<journal>[A-Z][^.()]+?)\s+\d+\s*\({YEAR}\)"
                        # `ACM Trans. Math. Softw. 20, 3 (Sept. 1994)`: volume, issue, date
                        rf"|^(?P<abbreviated>[A-Z][^()]+?)\s+\d+,\s*\d+\s*"
                        rf"\((?:(?i:{MONTH})\s*)?{YEAR}\)")

#: A part of a comma citation that holds its year: `58 (1968) 367–398`, `Report-48 1986`,
#: `1988` (a year in parentheses first: pages such as `1982–1991` are no year).
_CITED_YEAR = re.compile(rf"\(({YEAR})\)|(?:^|\s)({YEAR})\s*\.?$")
#: Where a journal's name ends in its citation: its volume, a parenthesis, or its pages.
_VOLUME_START = re.compile(r"\s+(?:\d|\()|,\s*(?:\d|pp\.)")
#: The short words a venue's name may hold uncapitalised (`Journal of Economic Surveys`).
_VENUE_JOINERS = frozenset({"of", "on", "for", "and", "in", "the", "&", "de", "für"})


def venue_part(part: str) -> bool:
    """Whether a comma part reads as (part of) a venue's citation, not as a title's words:
    every word capitalised, abbreviated (`Bull.`, `J.`), a number or a joiner
    (`Bull. Seismol. Soc. Am. 58 (1968) 367–398`, `Stanford Exploration Project`)."""
    words = part.split()
    return bool(words) and words[0][:1].isupper() and all(
        w[:1].isupper() or not w[:1].isalpha() or w.lower() in _VENUE_JOINERS for w in words)


#: An initialled name, then the stop that ends a citation's names (`K. Zadeck. Code ...`).
_LAST_NAME_STOP = re.compile(r"^((?:[A-Z]\.\s?)+[A-Z][a-z][\w'’\-]*)\.\s+(?=[A-Z])")


def comma_citation(text: str) -> ParsedItem | None:
    """`Z. Alterman, F. Karal, Title, Bull. Seismol. Soc. Am. 58 (1968) 367–398.`: a citation
    whose parts are all joined by commas: one initialled name per part (`D.D. Kosloff`,
    `J.-P. Vilotte`), then the title (commas allowed inside: `Flux-corrected transport. I.
    SHASTA, a fluid transport algorithm that works`), then the venue, from the first part
    whose words are all capitalised or abbreviated up to the part that holds its year, then
    volume and pages. None when the text is not so written."""
    if text.count(",") < 2:
        return None  # (a name, the title and the venue are three parts at least; most items
        # are no such citation, and reading each part as names is the costly step)
    if _gbt_names(clean_text(text).lstrip()) is not None:
        return None  # (`Bollen J, Mao H, Zeng X. Title. Journal, 2011`: names ended by a stop)
    parts = [part.strip() for part in clean_text(text).strip(" .").split(",")]
    names: list[Author] = []
    start = 0  # the parts the names take
    for part in parts:
        authors, _ = parse_authors(re.sub(r"^and\s+", "", part))
        if len(authors) == 2 and " and " in part and all(map(initialled, authors)) \
                and len(part.split()) <= 7:
            names += authors  # (`Y.Xie and A.Aiken`: the last two names, joined by "and")
            start += 1
            break
        if len(authors) != 1 or not initialled(authors[0]) or len(part.split()) > 4:
            break
        names.append(authors[0])
        start += 1
    if not names or start + 2 > len(parts) or re.match(r"et\.?\s*al\b|and\s", parts[start]):
        return None  # (`Vaswani A, Shazeer N, et al. Title[J]. ...`: names ended by a stop;
        # `Uri Alon, and Vincent J. Hellendoorn. Title. In …`: the last name, then a stop)
    if len(parts[start].split()) <= 3 and len(parse_authors(parts[start])[0]) == 1:
        return None  # (`Frank F Xu, Uri Alon, Graham Neubig, and …`: full names go on after
        # the one initialled: names written in full, ended by a stop, not this citation)
    last = _LAST_NAME_STOP.match(parts[start])
    if last is not None and len(parse_authors(last.group(1))[0]) == 1:
        return None  # (`R. Cytron, A. Lowry, K. Zadeck. Title. Proceedings …, 1986`: the
        # last initialled name ends at a stop: names, then the title's sentence)
    dated = next(((i, m) for i in range(start + 1, len(parts))
                  if (m := _CITED_YEAR.search(parts[i]))), None)
    if dated is None:
        return None
    at, year = dated
    # (`Y.Minamid, Title, in WWW'05:Proceedings of the 14th International Conference on World
    # Wide Web. New York,NY,USA: ACM Press, 2005`: "in" opens the venue, its sentence)
    cited_in = next((k for k in range(start + 1, at + 1) if parts[k].startswith("in ")), None)
    # (`Y.Xie and A.Aiken, Title, http://…/sec.ps, 2006.`: a URL ends the title; no venue)
    url_at = next((k for k in range(start + 1, at) if parts[k].startswith("http")), None)
    venue_at = cited_in or url_at or next((k for k in range(start + 1, at + 1) if all(
        venue_part(parts[j] if j < at else parts[j][:year.start()] or "X")
        for j in range(k, at + 1))), None)
    if venue_at is None:
        return None
    title = ", ".join(parts[start:venue_at])
    named = ""  # the venue the title's last sentence names
    if venue_at == at and not parts[at][:year.start()].strip(" ("):
        # `H. Yue, S. Yu*, Title. IEEE Geoscience and Remote Sensing Letters, 2024, 21:…`: the
        # title's sentence ends at a stop, the venue's capitalised words after it
        head, stop, tail = title.rpartition(". ")
        if stop and len(head.split()) >= 3 and venue_part(tail) \
                and len(tail.split()) >= 2 and not _INITIAL_WORD.search(tail):
            title, named = head, _VOLUME_START.split(tail, maxsplit=1)[0].strip(" ,:")
    if len(title.split()) < 3 or any(part[:1] in "\"“" for part in parts[start:venue_at]):
        return None  # (`L. Grippo, F. Lampariello and S. Lucidi, “Title,” SIAM J.`: quoted)
    venue = _VOLUME_START.split(", ".join(parts[venue_at:]), maxsplit=1)[0].strip(" ,")
    if cited_in is not None:  # (up to its sentence's end: the publisher's place after it)
        venue = ", ".join(parts[venue_at:])[3:].split(". ", 1)[0].strip(" ,")
    elif venue_at == url_at:
        venue = ""
    venue = named or venue
    item = ParsedItem(title=clean_title(title), authors=names,
                      shape="citation: authors, title, venue volume (year)")
    item.year = int(year.group(1) or year.group(2))
    if venue and not _CITED_YEAR.search(venue):
        item.venue_raw = f"{venue} {item.year}"
        item.venue_tag = normalise_venue(item.venue_raw)
    return item


def _inside_bold(mask: list[bool], start: int, end: int) -> bool:
    """Whether the span [start, end) lies inside one bold run that goes on, past a word's
    worth, on both sides of it (the quotes are words of a bold title, not its marks)."""
    return 2 < start and end + 2 < len(mask) and all(mask[start - 3:end + 3])


def citation(text: str, mask: list[bool], after: str) -> ParsedItem | None:
    """`Authors. "Title." Venue (Year).` or `**Name**: "Title", ICLR, 2022 (*Lab*).`, or a
    citation of comma-joined parts (`comma_citation`), or an author-date reference whose year
    stands bare between its names and its title (`_author_date_citation`), where no other
    reading reads it or the year was read into the title."""
    cited = _written_citation(text, mask, after)
    if cited is not None and not cited.title[:1].isdigit() or "  " not in text and "\t" not in text:
        return cited  # (cheap first: the year's column is set off by spaces or a TAB)
    return _author_date_citation(text, after) or cited


#: Names, then the year bare (no stop, no brackets), then the title unquoted, the year set
#: off in a column of its own by a run of spaces or a TAB (`Heath-Stout, Laura E.⏎\t2020
#: Who Writes about Archaeology? …`): SAA's and the humanities' author-date references.
_NAMES_YEAR_COLUMN = re.compile(rf"(?P<n>[A-Z][^\d()\[\]\"“]{{3,200}}?)[.,]?\s+(?P<y>{YEAR})"
                                r"(?:\t|\s{2,})\s*(?=[A-Z*_‘'])")
#: An editor's mark after an edited volume's names (`Bordalejo, Barbara, and Roopika Risam,
#: eds.`), no name.
_EDITORS_MARK = re.compile(r",?\s*\beds?\.?$")
#: One person written `Family, Given` (`Anderson, Benedict`, `Hedrick Jr., Charles W.`): the
#: first author of an author-date reference, alone (a second would be joined by "and").
ONE_INVERTED = re.compile(r"(?P<f>[A-Z][\w'’\-]+(?: Jr\.?)?), (?P<g>[A-Z][\w'’\-]+(?: [A-Z]\.?)*)")
#: A journal's name before its volume (`European Journal of Archaeology 22(3): 354–71.`).
_JOURNAL_VOLUME = re.compile(r"(?P<j>[A-Z][^\d.()]+?),?\s+\d{1,4}\s*(?:\([\d\s–-]+\))?\s*[:,]")


#: The shape of an author-date reference read by `_author_date_citation`: its names are
#: evidence though one person's (`Holtorf, Cornelius`), as the year's column stands after them.
AUTHOR_DATE_CITATION = "citation: authors, year column, title. venue"
#: The shape of a reference whose one author, inverted, is followed by its year (`Baker,
#: Paul. 2006. Title.`): its name is evidence though one person's, as the year after it says.
INVERTED_AUTHOR_DATE = "citation: author inverted. year. title. venue"


def _author_date_citation(text: str, after: str) -> ParsedItem | None:
    """`Heath-Stout, Laura E.⏎\t2020   Who Writes about Archaeology? An Intersectional Study
    …. _American Antiquity_ 85(3): 407–26.`: names, then the year alone in a column of its
    own (`_NAMES_YEAR_COLUMN`), then the title's sentence and the venue: a journal before its
    volume, or the book a chapter is `In` (`In _The Byzantine World_, editor …`); a
    publisher and its place are no venue. Two pieces of evidence: the lead reads as names,
    its first person inverted, and the year is the reference's only one. None for any other
    text."""
    lead = _NAMES_YEAR_COLUMN.match(text)
    if lead is None:
        return None
    rest = clean_text(text[lead.end():] + " " + after).strip()
    names = _EDITORS_MARK.sub("", clean_text(lead.group("n")).strip(" .,"))
    if "," not in names:
        return None  # (its first author is inverted, `Holtorf, Cornelius`; `Historic England`,
        # `Parks Canada`, a body's name, reads as a person's without the comma)
    one = ONE_INVERTED.fullmatch(names)
    authors = [Author(family=one.group("f"), given=one.group("g"))] if one is not None \
        else read_names(names, one_person=True)[0]
    sentences = _SENTENCE.split(rest, maxsplit=1)
    title = clean_title(sentences[0])
    tail = sentences[1].strip() if len(sentences) > 1 else ""
    if not authors or not title[:1].isupper() or YEAR_GROUP.search(rest):
        return None  # (a second year: the one after the names may open the title)
    item = ParsedItem(title=title, shape=AUTHOR_DATE_CITATION)
    item.authors, item.year = authors, int(lead.group("y"))
    book = _IN_BOOK.match(tail)
    journal = _JOURNAL_VOLUME.match(tail) if book is None else None
    venue = tail[book.end():].split(",")[0].strip(" .") if book is not None \
        else journal.group("j").strip() if journal is not None and venue_part(journal.group("j")) \
        else ""
    if venue:
        item.venue_raw = f"{venue} {item.year}"
        item.venue_tag = venue_tag_of(item.venue_raw)
    return item


#: After a quoted title, a dash, the names alone and the year in brackets (`- Einstein,
#: Podolsky, Rosen (1935)`).
_DASH_NAMES_YEAR = re.compile(rf"\s*[-–—]\s*(?P<n>[^()\d]+?)\s*\((?P<y>{YEAR})\)[\s.*_]*")


def _written_citation(text: str, mask: list[bool], after: str) -> ParsedItem | None:
    """`citation`'s readings of a reference written with its marks (quotes, stops, brackets)."""
    gbt = _gbt_citation(clean_text(text).strip(), after) if _GBT_TYPE.search(text) else None
    if gbt is None and _CJK_GLUED.search(text):  # (cheap first: a stop glued after CJK)
        gbt = _cjk_gbt_citation(clean_text(text).strip(), after)
    if gbt is None and _CJK_NAME_FIRST.match(text):
        gbt = _cjk_comma_citation(clean_text(text).strip(), after)
    comma = gbt or comma_citation(text)
    if comma is not None and gbt is None and True in mask:
        # (a title the list sets in bold ends where the bold does: `J. Clune, **Title**, CVPR,
        # 2015 IEEE Conf., pp. 427–436, 2015.` is no comma citation titled up to its pages)
        comma = _emphasised_citation(text, mask, after) or comma
    if comma is not None:
        return comma
    match = _QUOTED.search(text)
    if not match and ("?" in text or "!" in text) and (lead := _NAMES_YEAR.match(text)):
        # `Kirschenbaum, Matthew. 2012. “Title?” In _Book_.`: right after an author-date
        # citation's names and year, the quotes mark its title though no stop closes them
        match = _QUOTED_ASKED.match(text, lead.end())
    if not match:
        # `He, Gkioxari, et al. "**Mask R-CNN**" arXiv preprint`: no stop at the closing quote;
        # the quotes alone mark the title when what comes before them reads as names.
        # `GPT-4: "GPT-4 Technical Report" [2023-03]`, `"Title" [2022-12] [ACL 2023]`: so do
        # they when nothing but a name before a colon comes before them, and the quoted
        # phrase is the whole item's text up to its bracketed tags.
        # Or names after them (`"Title" - Vaswani et al. (NeurIPS 2017)`).
        bare = _QUOTED_BARE.search(text)
        before = text[:bare.start()] if bare else ""
        # Or a venue the table knows, alone (`"Title" CVPR (Oral).`).
        if bare and (parse_authors(before)[0] or (
                (not meaningful(before) or NAME_BEFORE.match(before))
                and (_TAGS_ONLY.fullmatch(text[bare.end():])
                     or starts_with_names(_LEAD_SEPARATOR.sub("", text[bare.end():]))
                     or known_venue_alone(text[bare.end():])))):
            match = bare
    if match and _inside_bold(mask, match.start(), match.end()):
        match = None  # `**The "Something Something" Video Database ...**`: quotes in a title
    if not match or not meaningful(match.group("t")):
        return _emphasised_citation(text, mask, after) or _unquoted_citation(text, after)
    item = ParsedItem(shape="citation: quoted title")
    item.title = clean_title(match.group("t"))
    item.bold = all(mask[i] for i in range(match.start("t"), match.end("t"))
                    if text[i].isalnum())
    before = text[:match.start()].strip()
    # `Unruh, T., … & Yamaguchi, F. (2017). “Title”. In Venue.`: the year between the names
    # and the title (APA's place) is the citation's year, no part of the names
    dated = _NAMES_YEAR.match(text) if before[-1:] in (".", ")", ",") else None
    if dated and dated.end() == match.start():
        before = dated.group("n").strip()
    else:
        dated = None
    if before and not before.endswith(":"):
        item.authors, item.et_al = parse_authors(before)
        item.year = int(dated.group("y")) if dated else None
    elif named := NAME_BEFORE.match(before):
        item.name = clean_text(named.group(1))
    # a bare URL after the title (`... Data." https://doi.org/10.1038/... Nature Protocols`)
    # is a link (kept by item_links), not words of the venue
    rest = clean_text(BARE_URL.sub(" ", text[match.end():] + " " + after))
    tags = _TAGS_ONLY.fullmatch(text[match.end():])
    if tags and tags.group(0).strip():
        _read_tags(item, TAG.findall(text[match.end():]))
        return item
    # `"Title". *Colin Raffel et al.* JMLR 2019.`: the names after the title are authors
    cited = ET_AL_COMMA.match(rest.lstrip(" .,:;")) if not item.authors else None
    if cited and read_names(cited.group("n"))[0]:
        # `"Title," A. Dosovitskiy et al., ICLR, 2021.`: names up to "et al.", then the venue
        item.authors, item.et_al = read_names(cited.group("n"))
        rest = cited.group("v")
    dashed = _DASH_NAMES_YEAR.fullmatch(rest) if not item.authors else None
    who = read_names(dashed.group("n"), one_person=True) if dashed else ([], False)
    if dashed is not None and not who[0] and ONE_FAMILY.fullmatch(dashed.group("n")) \
            and lookup(dashed.group("n")) is None:
        who = [Author(family=dashed.group("n"))], False  # (one family name: `- Einstein`)
    if dashed is not None and who[0]:
        # `"On the Quantum Theory of Radiation" - Einstein (1916)`, `"Title" - Einstein,
        # Podolsky, Rosen (1935)`: a dash, who wrote it, when; no venue
        item.authors, item.et_al = who
        item.year = int(dashed.group("y"))
        return item
    names = re.match(r"^[\s.,:;\-–—]*(?P<n>[^.\d]+?(?:\bet\.? al\.?|\.))\s+(?=\S)", rest)
    if names and not item.authors:
        item.authors, item.et_al = read_names(names.group("n"))
        if item.authors:
            rest = rest[names.end():]
            if _TAGS_ONLY.fullmatch(rest) and TAG.search(rest):
                _read_tags(item, TAG.findall(rest))  # `- Vaswani et al. (NeurIPS 2017)`
                return item
    venue = cited_venue(rest)
    if not venue and item.authors:
        # `"Title". *Jordan Hoffmann et al.* arXiv.`: the venue ends the citation, undated
        tail = rest.strip(" .,;*_[]()")
        if VENUE_NAME.fullmatch(tail) and len(tail.split()) <= VENUE_WORDS:
            item.venue_raw = item.venue_tag = tail
            return item
    if not venue and (known := known_venue_alone(text[match.end():])):
        # `RTS: "Title" ECCV. [[Paper]](url)`: the quotes end the title; a venue the table
        # knows, alone before the links but for a presentation label, is its venue (the
        # year is the heading's; a note after the links is no venue)
        item.venue_raw = item.venue_tag = known
        return item
    if not any(ch.isalpha() for ch in venue) and "," in rest:
        # `"Title", 2023-06, AAAI(Oral) 24, \`tag\`, [[paper]](url)`: a field after the date
        # that is a venue and its year (the table's venue, two digits) names both: a venue's
        # year wins over a date
        venue = _venue_field(rest) or venue
    _cited_fields(item, venue)
    date = DATE_PAREN.search(rest) if venue else None
    if date is not None and venue.endswith(" " + date.group(1)):
        # `_2023 IEEE International Conference on Big Data (BigData)_ (January 2024)`: the
        # date in parentheses the venue was cut at is the citation's, not the year inside
        # the venue's name (its edition's)
        item.year = int(date.group(1))
    if dated and not item.year:
        item.year = int(dated.group("y"))  # (a tail with no year of its own)
    if dated and not item.venue_raw:
        item.venue_raw = item.venue_tag = _author_date_venue(rest)
    return item


#: The words that open a chapter's book in a citation's tail (`“Title.” In _Book_, 139–61.`).
_IN_BOOK = re.compile(r"In\s+(?=[A-Z])")


def _author_date_venue(rest: str) -> str:
    """The venue of an author-date citation (its year after the names, none after the title:
    Chicago's `Alves, Daniel. 2014. “Title.” _Journal Name_ 8 (1): 1–12.`, a chapter's `“Title.”
    In _Book Title_, 2nd ed., 139–61.`): the journal's or book's name that opens the tail, up
    to its volume, a comma or a stop, every word capitalised but short joiners (`of`, `to`,
    `in`: `Companion to Digital Literary Studies`); "" when the tail opens otherwise (a date,
    a note, a sentence). Capitals alone are no venue (`“Title.” Blog Post, The Programming
    Historian.`, `Available Online.`): the name is a book's after `In`, or a journal's with
    its volume right after it."""
    tail = rest.lstrip(" .,:;\"”’")
    book = _IN_BOOK.match(tail)
    tail = tail[book.end():] if book else tail
    parts = _VOLUME_START.split(tail, maxsplit=1)
    name = re.split(r"[,;]|\.\s", parts[0], maxsplit=1)[0].strip(" .:")
    words = name.split()
    if book is None and (len(parts) == 1 or name != parts[0].strip(" .:")):
        return ""  # (no `In`, and no volume right after the name)
    if not 2 <= len(words) <= 2 * VENUE_WORDS or not words[0][:1].isupper() \
            or VENUE_NAME.fullmatch(name) is None or not all(
                w[:1].isupper() or not w[:1].isalpha() or w.islower() and len(w) <= 3
                for w in words):
        return ""
    return name


#: A presentation label in brackets glued to a venue (`AAAI(Oral) 24`, `NeurIPS(Poster) 23`).
_LABEL_IN_BRACKETS = re.compile(r"\s*\(([A-Za-z ]{2,20})\)\s*")


def _venue_field(rest: str) -> str:
    """The first comma-separated field of a citation's tail that reads as a venue and its year
    (`template.venue_year_span`, a presentation label in brackets left out), else ""."""
    from .template import venue_year_span  # (template reads citations: imported when used)
    for field in rest.split(","):
        text = _LABEL_IN_BRACKETS.sub(
            lambda m: " " if all(w in PRESENTATION_WORDS for w in m.group(1).lower().split())
            else m.group(0), field).strip(" .;")
        span = venue_year_span(text) if text and any(ch.isalpha() for ch in text) else None
        if span is not None and span[0]:
            return span[0]
    return ""


#: A citation's names, then its year (`Ann Author and Bob Writer. 2003.`, `A. Author, B. Writer
#: (2019),`), as a regex fragment with groups `n` (the names) and `y` (the year): the one rule
#: for names followed by a year, whatever comes next. APA dates a conference paper, a talk or
#: a post to its month or day inside the parentheses (`(2011, December)`, `(2015, May 21)`).
NAMES_YEAR = (rf"(?P<n>[^\d()\[\]\"“]{{4,400}}?)[.,]?\s+\(?(?P<y>{YEAR})"
              rf"(?P<m>(?i:{MONTH_AFTER})(?=\)))?\)?[.,:]?\s*")
#: Names, then a year, then the quoted title (`Neculai Andrei, 2022. "Title,"`, `Nicholas
#: Vieau Alger (2019), "Title"`).
_NAMES_YEAR = re.compile(rf"{NAMES_YEAR}(?=[\"“])")


def link_citation(text: str) -> ParsedItem | None:
    """A whole citation written as a link's text (`[Boyd, S., & Vandenberghe, L. (2004).
    Convex optimization. Cambridge university press.](url)`; IEEE's quoted title, APA, ACM):
    the names first, then the title, venue and year; None unless it reads so. (A citation
    states its year and is longer than a title: other link texts are not read again.)"""
    if len(text) < 40 or not YEAR_GROUP.search(text):
        return None
    text = clean_text(text).strip()
    dated = _NAMES_YEAR.match(text)
    if dated:  # the year between the names and the title: read apart, then the citation
        text = f"{dated.group('n')} {text[dated.end():]}"
    cited = citation(text, [False] * len(text), "")
    if cited is None or not cited.authors or len(cited.title.split()) < 2:
        return None
    if dated and not cited.year:
        cited.year = int(dated.group("y"))
        # `Springer Optimization and Its Applications, Springer, number …`: undated after the
        # title, the venue is the tail's first part when it reads as a venue's name
        quote = _QUOTED.search(text)
        first = text[quote.end():].strip(" .,;").split(",")[0].strip() if quote else ""
        if not cited.venue_tag and venue_part(first) and len(first.split()) > 1:
            cited.venue_raw = f"{first} {cited.year}"
            cited.venue_tag = venue_tag_of(cited.venue_raw)
    return cited


def _cited_fields(item: ParsedItem, venue: str) -> None:
    """A citation's venue as its tail names it (`cited_venue`: `Venue Year`, the year alone,
    or ""): the item's raw venue, and from it the year and the venue tag."""
    item.venue_raw = venue
    if venue:
        item.year = year_of(normalise_venue(venue))
        item.venue_tag = venue_tag_of(venue)


#: Where a volume or number marks the end of a journal's name (`, Vol. 23`, `, No. 4`).
#: Or a bare number as a comma field (IEEE: `Pattern Recognition, 156, 110794, Dec. 2024`).
#: An issue alone in brackets opens them too, no volume before it (`Journal, (123), 19-44`).
#: (pages: _PAGES)
_VOLUME_MARK = re.compile(rf",\s*(?:(?:{VOLUME_WORD})?\d|\(\d+\))", re.IGNORECASE)
#: A volume or number named by its word (`, no. 7`, `, Vol. 23`): the journal's name ends there.
_VOLUME_WORD_MARK = re.compile(rf",\s*{VOLUME_WORD}\d", re.IGNORECASE)


def before_volume(text: str) -> str:
    """The text before a volume or number named by its word (`Autonomous Robots, vol. 32, num
    4, p. 433-454.`: `Autonomous Robots`); the text as it is without one."""
    return _VOLUME_WORD_MARK.split(text, maxsplit=1)[0]


#: A journal's volume with its issue, pages or article number, before the year in brackets
#: (`4.8`, `555, 604–610`, `5(6), 970-981`, `3, No. e1603015`, `108(5),058301`): the numbers
#: a journal citation writes after the journal's name.
_VOLUME_ISSUE = re.compile(r"\s\d{1,4}(?:(?P<i>\.\d{1,5}|\s?\(\d{1,4}\))?(?P<p>\s*,\s*(?:No\.\s*)?"
                           r"[a-z]?\d+(?:\s*[-–−]\s*\d+)?)?)\s*$")
#: A short capitalised word or an initial and its stop (`Rev. `, `M. `): an abbreviation, a
#: name or a sentence's end.
_ABBREVIATION_END = re.compile(r"(?<![\w.])[A-Z][A-Za-z]{0,6}\.\s*$")
#: An initial (`M.`): a person's, never a journal's word.
_INITIAL_WORD = re.compile(r"(?<![\w.])[A-Z]\.")


def journal_volume(before: str) -> str:
    """`Science Advance 4.8`, `Nature 555, 604–610`, `, The Journal of Chemical Physics 148,
    241722`: the journal's name when the text before a year in brackets ends with a journal's
    capitalised words and its volume and issue, pages or article number; "" otherwise (a
    volume alone, `IEEE Access 8`, is `_ACM_VENUE`'s; names with initials are a person's)."""
    numbers = _VOLUME_ISSUE.search(before) if before[-1:].isdigit() else None
    if numbers is None or not (numbers.group("i") or numbers.group("p")):
        return ""
    # (`Cell, 144(5), 646-674`: APA sets a comma between the journal and its volume)
    text = before[:numbers.start()].strip().removesuffix(",")
    # (fields end at a comma, a dash or a sentence's stop; a colon may stand inside a
    # journal's name: `Machine Learning: Science and Technology 2, 025023`)
    field = re.split(r"[,;]\s*|(?:^|\s)[-–—]\s|(?<![A-Z])\.\s+", text)[-1]
    if _ABBREVIATION_END.search(text[:len(text) - len(field)]) or field.endswith("."):
        return ""  # (`Phys. Rev. Lett. 120, …`: an abbreviated name, where it starts unknown)
    words: list[str] = []
    for word in reversed(field.split()):
        if word.endswith(".") and words:
            if _ABBREVIATION_END.search(word):
                return ""  # (`symbolic AI. Nature`: a sentence's end or an abbreviation)
            break
        if not (word[:1].isupper() or word.lower() in _VENUE_JOINERS):
            return ""  # (`Expert Systems with Applications 30.3`: where it starts is unsure)
        words.insert(0, word)
    while words and words[0] in _VENUE_JOINERS:
        words.pop(0)  # (`in Nature`: "in" opens it; `The Journal of ...` keeps its "The")
    name = " ".join(words)
    return name if name and not _INITIAL_WORD.search(name) else ""


#: A journal's name, abbreviated or not, then its volume and maybe its issue and pages or
#: article number, closing a citation (`Trends Biochem. Sci. 40, 49–57`, `Science 181,
#: 223–230`, `PLoS Comput. Biol. 13, e1005324`, `F1000Res. 9,`).
_JOURNAL_CLOSE = re.compile(
    r"(?P<j>[A-Z][\w&:'’\-]*\.?(?:\s(?:[A-Z][\w&:'’\-]*\.?|of|and|in|the|&))*)"
    r"\s(?P<v>\d{1,4}[A-Za-z]?(?:\s?\(\d{1,4}\))?)"
    r"(?:,\s*(?P<p>[A-Za-z]?\d+(?:\s?[-–]\s?[A-Za-z]?\d+)?))?,?\s*")
#: A title's sentence's stop before what follows it (a word's stop: an initial's is none).
_TITLE_STOP = re.compile(r"(?<=[a-z0-9)]{2})[.?!]\s+(?=[A-Z])|(?<=[?!])\s+(?=[A-Z])")


def journal_closing(text: str, dated: bool) -> tuple[str, str] | None:
    """(title, journal) when a title's sentence is followed by a journal's name and its
    volume and nothing else, as Nature's references write them (`How cryo-EM is
    revolutionizing structural biology. Trends Biochem. Sci. 40, 49–57`): the first stop
    after which the rest is so read. A volume alone needs the year read after it (`dated`:
    `… determination. F1000Res. 9, (2020)`) and the name abbreviated, else it may be the
    title's own number or a model's (`Language Models are Few-Shot Learners. GPT 3 (2020)`)."""
    for stop in _TITLE_STOP.finditer(text):
        journal = _JOURNAL_CLOSE.fullmatch(text, stop.end())
        if journal is None or not (journal.group("p") or dated and "." in journal.group("j")):
            continue
        title = text[:stop.start() + 1].strip()
        if len(LETTER_WORD.findall(title)) >= PHRASE_WORDS:
            return title.rstrip("."), journal.group("j").rstrip(",")
    return None


#: An edited book's editors after "In" (`In M. Gold & L. Klein (Eds.),`): the book follows.
_EDITED_BY = re.compile(r"^In\s+[^()]{1,120}?\s*\([Ee]ds?\.?\)\.?,?\s*")
#: Where an author-date journal citation's name ends: its volume (maybe its issue) before its
#: pages or the sentence's end (`, 6(24).`, ` 122(5), 1571`, `, 1 (1), 3-17`, `, 33, 1-10`,
#: `, 1(2):23–47`, an article number alone: `, 0002764213498851. doi:…`).
_APA_VOLUME = re.compile(r"[,\s]\s*\d+\s?(?:\(\d{1,4}(?:[-–]\d{1,4})?\))?"
                         r"\s*(?:[,:]\s*\d|[.,]?(?:\s|$))")
#: What ends an edited book's title: its pages, or its sentence.
_BOOK_END = re.compile(r"\s*\(pp?\.|\.(?:\s|$)")


def apa_source(text: str) -> str:
    """The journal or edited book the sentence after an author-date citation's title names
    (the year written before the title): `International Journal Of Communication, 6(24).`
    (italic or not, the volume and issue after it), `PMLA 122(5), 1571-1579.`, `In M. Gold &
    L. Klein (Eds.), Debates in the Digital Humanities.`; "" when it reads as no venue's
    capitalised words, or no volume marks a journal (`Springer.`, `Technical Report, ...`:
    a publisher, a kind)."""
    text = clean_text(text).lstrip(" .,;:")
    edited = _EDITED_BY.match(text)
    if edited is not None:
        name = _BOOK_END.split(text[edited.end():], maxsplit=1)[0].strip(" .,")
        return name if len(name.split()) >= 2 and venue_part(name) else ""
    volume = _APA_VOLUME.search(text)
    name = text[:volume.start()].strip(" .,") if volume else ""
    return name if name and ". " not in name and not any(ch.isdigit() for ch in name) \
        and venue_part(name) else ""


#: An arXiv number in a citation's text (`1910.02490`).
_NUMBER = re.compile(rf"(?<![\d.]){ARXIV_NUMBER}(?!\d)")


def venue_before_year(before: str) -> str:
    """The venue named right before a year in brackets: a journal and its volume
    (`journal_volume`), or a last comma field the venue table knows (`M. Schwilk, D. N.
    Tahchieva, arXiv:2004.10600 (2020)`: arXiv; `…, NeurIPS (2019)`); "" otherwise."""
    journal = journal_volume(before)
    if journal or "," not in before:
        return journal
    field = arxiv_or(before.rsplit(",", 1)[1].strip(" .;:"))
    return field if field and lookup(field) is not None else ""


#: The editors a citation names before its proceedings (`In R. Jhala and K. Bosschere,
#: editors, Compiler Construction, ...`): no venue's words.
_EDITORS = re.compile(r"^(?:In\s+)?[^,]{1,100}?,\s*editors?\s*,\s*", re.IGNORECASE)
#: A venue's name, then its year in two digits after an apostrophe (`ACM PLDI ’94`).
_SHORT_YEAR_VENUE = re.compile(r"^(?P<v>[A-Z][\w&\-]*(?: [A-Z][\w&\-]*){0,5}) ?['’](?P<y>\d\d)"
                               r"(?![\w'’])")


#: A word abbreviated inside a venue's name (`Trans. Ind.`): its last word's stop is one too.
_ABBREVIATED = re.compile(r"[A-Za-z]\.\s+\S")


#: A date with its month opening a citation's venue (`2020.10 NAACL2021`).
_DATE_BEFORE_VENUE = re.compile(rf"^{MONTH_DATE}[\s,]+(?=[A-Za-z])")


#: An ordinal written in words, as proceedings number their editions (`Eighteenth`,
#: `Twenty-Second`).
_ORDINAL_WORD = (r"(?:(?:Twenty|Thirty|Forty|Fifty|Sixty)-?)?(?:First|Second|Third|Fourth|Fifth|"
                 r"Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|[A-Z][a-z]{3,5}teenth|"
                 r"Twentieth|Thirtieth|Fortieth|Fiftieth|Sixtieth)")
#: `In Proceedings of the 2021 Conference of the North American Chapter of ...: HLT`, `In
#: *Proceedings of the 55th Annual Meeting of the ACL (Volume 1: Long Papers)*`: the edition
#: (a year or an ordinal) inside the proceedings' name, then the event's name up to a colon,
#: comma or stop.
_PROCEEDINGS = re.compile(rf"^\W*(?:[Ii]n\s+)?\W*Proceedings\s+of\s+the\s+(?:(?P<y>{YEAR})|"
                          rf"\d{{1,3}}(?:st|nd|rd|th)|{_ORDINAL_WORD})\s+"
                          r"(?P<v>[A-Z][^:,.*;]{7,150}?)\s*(?=[:,.*;]|$)")


def proceedings_venue(text: str, year: int | None) -> str:
    """`Venue Year` of a citation's tail that opens with a proceedings' name holding its
    edition (`In Proceedings of the Eighteenth Conference on Computational Natural Language
    Learning: Shared Task` -> `Conference on Computational Natural Language Learning`): the
    event's name, its year the edition's or else `year` (the citation's); "" for any other
    tail or without a year."""
    named = _PROCEEDINGS.match(text)
    if named is None:
        return ""
    dated = int(named.group("y")) if named.group("y") else year
    # (`Annual Meeting of the ACL (Volume 1: Long Papers)`: a bracket the colon leaves open
    # is no part of the name; `(COLING 2020)`, closed, is)
    name = re.sub(r"\s*\([^)]*$", "", named.group("v")).strip()
    return f"{name} {dated}" if dated is not None and len(name) >= 8 else ""


#: Vancouver's medium designator after a journal read online (`J Med Internet Res [Internet].
#: 2020`).
_ONLINE_MEDIUM = " [Internet]"


def _blank(match: re.Match[str]) -> str:
    """Spaces for what a match covers (the text's offsets kept)."""
    return " " * len(match.group())


def cited_venue(rest: str) -> str:
    """The venue and year of a citation's tail (what follows its title), `Venue Year`, the
    year alone when no name stands before it, "" without a year: `NeurIPS, 2017`, `Nature
    medicine 25.1 (2019): 44-56` (volume, issue and pages dropped; a year in parentheses is
    the citation's, not one inside an id after it: `Gut (2019): gutjnl-2018`), `arXiv
    preprint arXiv:1907.07374 (2019)` (`arXiv 2019`), `Proceedings of ... . ACM, 2019.`."""
    # (`CVPR, pp. 2574–2582, 2016`: pages are no venue's words; `”, Neurocomputing, ...`:
    # the quote that closes the title and the comma after it neither)
    rest = _PAGES.sub("", rest).lstrip(" ,.:;\"”’")
    if "roceedings of the" in rest[:32]:  # (cheap first)
        # `In Proceedings of the 2021 Conference of ...: HLT, ACL, 5441–52.`: the only year
        # is the edition's, inside the name: the venue is not cut there (`Proceedings of the`)
        named = _PROCEEDINGS.match(rest)
        last = next(reversed(list(YEAR_GROUP.finditer(rest))), None)
        if named is not None and named.group("y") and last is not None \
                and last.start() == named.start("y"):
            return proceedings_venue(rest, None)
    if "ditor" in rest[:120]:  # (cheap first)
        rest = _EDITORS.sub("", rest)
    medium = rest.find(_ONLINE_MEDIUM) if "[" in rest else -1  # (cheap first)
    dated = YEAR_GROUP.search(rest, medium) if medium > 0 else None
    if dated is not None:
        # `Int J Bipolar Disord [Internet] 2018 Jan 23 [cited 2020 Dec 19];6` (Vancouver): the
        # medium ends the journal's name, the first date after it is the paper's; the date
        # it was cited on is the reader's
        return f"{arxiv_or(rest[:medium].strip(' ,.;'))} {dated.group(1)}"
    venue = _VENUE_COMMA_YEAR.match(rest)
    if venue:
        return f"{venue.group('v').strip()} {venue.group('y')}"
    # (an arXiv number's first digits are no year: `arXiv preprint arXiv:1910.02490.`)
    scan = _NUMBER.sub(_blank, rest) if "." in rest else rest
    if "10." in scan:  # (`2016 Oct 25;PP:1–1. [doi: 10.1109/TBME.2016.2611862]`: a DOI's
        scan = DOI_IN_TEXT.sub(_blank, scan)  # digits are no year)
    # (`_Scientific Reports_ (January 2024), Springer Nature.`: a date in parentheses is the
    # citation's, as a year alone there is; not a year inside the venue's name or a DOI after)
    dated = PAREN_YEAR.search(scan) or DATE_PAREN.search(scan) \
        or next(reversed(list(YEAR_GROUP.finditer(scan))), None)
    if dated is None:
        # `ACM PLDI ’94, pp. 171–185.`: the venue with its year written short after it
        short = _SHORT_YEAR_VENUE.match(rest) if "'" in rest or "’" in rest else None
        return f"{short.group('v')} {full_year(short.group('y'))}" if short else ""
    year = dated.group(1)
    journal = journal_volume(rest[:dated.start()].rstrip()) if dated.group(0)[:1] == "(" else ""
    if journal:
        return f"{journal} {year}"  # `Nature **596**, 583–589 (2021)`: volume, pages dropped
    name = re.sub(r"\barXiv:\S+", "", rest[:dated.start()])
    # `SIAM J. Numer. Anal., Vol. 23, No. 4`, `(COLING 2020), pp.4483-4492`, `PloS one 12,
    # no. 7`: not the venue's (the volume mark before the numbers at the end are taken off)
    name = _VOLUME_WORD_MARK.split(name, maxsplit=1)[0]
    bare = re.sub(r"[\d.:()\-–\s]+$", "", name)
    if name[len(bare):len(bare) + 1] == ")" and bare.count("(") > bare.count(")"):
        bare += ")"  # (`Conference on Big Data (BigData) (January 2024)`: its acronym's close)
    name = _VOLUME_MARK.split(bare, maxsplit=1)[0].strip(" ,;([")  # "(NeurIPS 2017)"
    if name.endswith(".") and not _ABBREVIATED.search(name):
        name = name.rstrip(" .")  # (`IEEE Trans. Ind. Electron.`: an abbreviation's stop
        # where its other words are abbreviated too, else the sentence's)
    # "Nature Protocols, December 7, 2020": the month and day are the date
    name = MONTH_END.sub("", re.sub(r"[\s,]+\d{1,2}$", "", name))
    if name[:1].isdigit():
        # `2020.10 NAACL2021`: the preprint's month, then the venue and its year: the
        # venue's year is the paper's, the date no venue word
        name = _DATE_BEFORE_VENUE.sub("", name)
    name = arxiv_or(name)
    return f"{name} {year}".strip() if len(name) <= 120 else year


def quoted_citation(text: str) -> ParsedItem | None:
    """A whole citation written as one text (a link's or a cell's): names, the quoted title,
    venue and year (`Wager, Stefan, and Susan Athey. "Estimation and inference of ..." JASA
    (2017).`); None unless it reads so, names first."""
    cited = citation(clean_text(text), [False] * len(clean_text(text)), "")
    if cited is None or cited.shape != "citation: quoted title" or not cited.authors \
            or not cited.title:
        return None
    return cited


def known_venue_alone(rest: str) -> str:
    """The venue after a quoted title when it is all that follows but for a presentation
    label and punctuation (` ECCV (Oral). `, ` CVPR.`) and the venue table knows it; ""
    otherwise (a word the table does not know is no evidence)."""
    kept = [w for w in re.split(r"[\s()\[\].,;]+", rest) if w]
    kept = [w for w in kept if w.lower() not in PRESENTATION_WORDS]
    name = " ".join(kept)
    return name if 0 < len(kept) <= 2 and lookup(name) else ""


#: Bracketed tags after a title, `[2022-12] [ACL 2023]`, `(ACL 2023)` (nothing else before
#: the links).
_TAGS_ONLY = re.compile(r"[\s,.;]*(?:[\[(][^\[\]()]{1,80}[\])][\s,.;]*)*[\[(]?\s*")


def _read_tags(item: ParsedItem, tags: list[str]) -> None:
    """`[2022-12] [ACL 2023]` after a title: a date is the year, a phrase the venue (its year,
    when it has one, is the year of publication and wins over the date)."""
    date_year, date = None, ""
    for tag in tags:
        text = clean_text(tag)
        if DATE_TAG.fullmatch(text):
            date_year, date = date_year or year_of(text), date or text
        elif not item.venue_raw and any(ch.isalpha() for ch in text) \
                and len(text.split()) <= TAG_WORDS and not is_resource_label(text):
            item.venue_raw, item.venue_tag = text, venue_tag_of(text)
    item.year = year_of(item.venue_tag) or date_year
    item.venue_raw = item.venue_raw or date  # a date alone is the item's raw tag, as elsewhere
    item.shape = "quoted title, bracketed tags"


#: The shape of a citation read after its key (`keyed_citation`).
KEYED_CITATION = "citation after its key: title, venue, year"
#: A citation key in brackets opening an item: a name glued to its year (`[Degrave2022]`,
#: `[Kerboua-Benlarbi2024]`), as reference managers write them.
_GLUED_KEY = re.compile(r"^\s*\[(?P<n>[A-Z][A-Za-z'’\-]{1,40}?)(?P<y>(?:19|20)\d\d)[a-z]?\]\s*")


def keyed_citation(text: str, after: str) -> ParsedItem | None:
    """`[Degrave2022]Title[J]. Nature, 2022, 602(7897): 414-419.`, `[Seo2021] Title, *Nucl.
    Fusion*, 2021, 61, p.106010.`, `[Subbotin2025] Title. arXiv, 2025.`: a citation key (a name
    glued to a year) before a citation without names. The key is no field of the item (a label
    the list files it under), but its year says where the citation's venue ends: the title up
    to GB/T's document type, else up to the field the year follows (`, Venue, 2022` or `.
    Venue, 2022`). None for any other text (no key, or no such year after a title phrase)."""
    key = _GLUED_KEY.match(text) if text[:1] == "[" or text.lstrip()[:1] == "[" else None
    if key is None or key.group("n").isupper() or lookup(key.group("n")) is not None:
        return None  # (`[CVPR2022]`, `[TIV2021]`: a venue and its year, no reference key)
    rest = clean_text(text[key.end():]).strip()
    kind = _GBT_TYPE.search(rest)
    if kind is not None:
        title = rest[:kind.start()]
        venue = cited_venue(clean_text(rest[kind.end():] + " " + after))
    else:
        dated = re.search(rf"[,\s]\s*{key.group('y')}\b", rest)
        if dated is None:
            return None
        before = rest[:dated.start()].rstrip(" ,.")
        title, comma, field = before.rpartition(", ")
        stop = field.rfind(". ")
        if stop > 0 and len(field[:stop].split()) >= 2:  # `Title. HAL, 2024`: the sentence's
            title, field = (f"{title}, " if comma else "") + field[:stop], field[stop + 2:]
        elif not comma:
            return None
        field = field.strip()
        if not field[:1].isupper() and lookup(field) is None or read_names(field)[1]:
            return None  # (`, He et al., 2022`, `, a useful overview, 2020`: no venue's name)
        venue = f"{field} {key.group('y')}"
    title = clean_title(title)
    if len(title.split()) < 3 or not venue:
        return None
    item = ParsedItem(title=title, shape=KEYED_CITATION)
    _cited_fields(item, venue)
    return item
