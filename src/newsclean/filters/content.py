"""Prose or boilerplate: jusText's two passes over the lines no other filter took.

First each line is classified on its own (length, stop-word density, sentence ending); then each
uncertain line (short, or nearly good) is revised by its nearest certain neighbours, so a short
line between two body paragraphs stays and a short line among menus goes. Then prose far from
the article's main run of prose (teasers, comments, sidebars) goes too, and a few lines that are not
prose between two paragraphs of that run (a subheading, a line of figures) stay.

The run is found twice. The first time gives the article's core; the second reads each line
against the core's topic (:func:`topic_affinity`): prose past a table, a list or a player goes on
with the article when it shares the core's words, a gap of lines that are not prose costs no more
than ``gap_cap`` however long it is, and lines that share the core's words cost less. So a table
in the middle no longer cuts the article short, while prose on other topics (teasers of other
stories) adds nothing to the run.
"""

from __future__ import annotations

import heapq
import re
from array import array
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterator, Sequence

from newsclean.contract import Drop, Filter, Page
from newsclean.document import Line
from newsclean.filters.neighbours import Kind, revise
from newsclean.lang import phrases
from newsclean.lang.common import CAPTION_PATTERNS
from newsclean.prose import sentence
from newsclean.readers.html_evidence import Evidence
from newsclean.reasons import Role

#: Positive evidence of furniture in a line that is not prose: a link's address (an embedded post), an image's credit.
_FURNITURE = re.compile("|".join((r"\bhttps?://|\bwww\.", *CAPTION_PATTERNS)))

#: A word that carries a topic: four letters or more, or with a digit (the lookahead stays inside the word).
_TOPIC_WORD = re.compile(r"(?<!\w)(?=\w*\d|\w{4})\w+")


class Content(Filter):
    """Keep running prose and what sits between it; drop the rest.

    >>> from newsclean.document import Document
    >>> body = ("The minister said on Tuesday that the talks would go on, and that he was "
    ...         "confident they would come to an agreement before the end of the month.")
    >>> doc = Document.from_text(f"Top stories of the day\\n{body}\\nWho he is\\n{body[:-1]} again.\\nMore")
    >>> [(d.line.number, d.reason) for d in Content()(Page(doc, doc.lines))]
    [(1, 'short_line'), (5, 'short_line')]
    """

    name = "content"

    def __init__(
        self,
        length_low: int = 40,
        length_high: int = 120,
        stop_low: float = 0.18,
        stop_high: float = 0.22,
        boilerplate_weight: float = 2.0,
        boilerplate_cap: int = 20,
        headline_bonus: float = 60.0,
        article_words: int = 50,
        meta_lines: int = 2,
        meta_window: int = 30,
        max_gap: int = 5,
        topic_share: float = 0.25,
        gap_cap: float = 60.0,
        prose_links: float = 0.3,
        main_links: float = 0.6,
        belong_words: int = 8,
        belong_share: float = 0.7,
    ) -> None:
        self.length_low = length_low
        self.length_high = length_high
        self.stop_low = stop_low
        self.stop_high = stop_high
        self.boilerplate_weight = boilerplate_weight
        self.boilerplate_cap = boilerplate_cap
        self.headline_bonus = headline_bonus
        self.article_words = article_words
        self.meta_lines = meta_lines
        self.meta_window = meta_window
        self.max_gap = max_gap
        self.topic_share = topic_share
        self.gap_cap = gap_cap
        self.prose_links = prose_links
        self.main_links = main_links
        self.belong_words = belong_words
        self.belong_share = belong_share

    def __call__(self, page: Page) -> Iterator[Drop]:
        # What the passes read: the open lines, and the lines earlier steps removed as boilerplate
        # (settled as bad). Inline furniture and field lines are left out, as if absent.
        if len(page.doc.lines) <= 1:
            return  # a text of one line: nothing to judge it against, so it is the body
        is_open = {line.index for line in page.lines}.__contains__
        # A preformatted block (code) is no prose, and no boilerplate either: judged by where it sits, below.
        lines = [
            line for line in page.doc.lines if (is_open(line.index) and line.kind != "pre") or _boundary(page, line)
        ]
        known_language = page.doc.language is not None
        first = [self.classify(line, known_language) if is_open(line.index) else Kind.BAD for line in lines]
        final = revise(self.promote(lines, first))
        prompts = self.comment_prompts(page)
        headlines = page.headlines
        core = self.article_region(lines, final, headlines, prompts)
        stopwords = page.doc.language.stopwords if page.doc.language else frozenset()
        affinity = topic_affinity(lines, final, core, stopwords)
        inside = self.article_region(lines, final, headlines, prompts, affinity)
        self.bridge(lines, final, lambda i: is_open(lines[i].index) and lines[i].index in inside)
        prose = [
            line.index for line, kind in zip(lines, final, strict=True) if kind is Kind.GOOD and line.index in inside
        ]
        between = range(prose[0] + 1, prose[-1]) if prose else range(0)  # between the run's first and last prose
        main = _main_evidence(page)
        for line, before, after, share in zip(lines, first, final, affinity, strict=True):
            if not is_open(line.index):
                continue
            found = main[line.index] if main else None
            if after is Kind.GOOD and line.index not in inside:
                yield Drop(line, "outside_article", "prose apart from the article's main run")
            elif after is Kind.GOOD and found is not None and not found.main and found.link_density > self.main_links:
                yield Drop(line, "outside_article", "link text apart from the page's main text")
            elif after is Kind.BAD and found is not None and line.index in inside and self.in_main(line, before, found):
                continue  # a short line or a list item the page sets in the article's text
            elif before is Kind.BAD and self.belongs(line, share, between):
                continue  # figures or names on the article's topic inside its run: no evidence of furniture
            elif after is Kind.BAD:
                if before is Kind.SHORT:
                    yield Drop(line, "short_line", "short, among boilerplate")
                else:
                    yield Drop(line, "not_prose", f"{line.chars} chars, stop-word density {line.stop_density:.2f}")
        yield from _preformatted_apart(page, lines, final, inside)

    def belongs(self, line: Line, share: float, inside: range) -> bool:
        """Whether ``line``, not prose, is kept as part of the article all the same: it sits ``inside`` the
        article's prose (between its first and last paragraph, not under the headline alone), has
        ``belong_words`` words or more, at least ``belong_share`` of its content words are the core's (see
        :func:`topic_affinity`), and it has no mark of furniture (a link's address, an image's credit)."""
        if line.index not in inside or line.words < self.belong_words or share < self.belong_share:
            return False
        return _FURNITURE.search(line.norm) is None

    def in_main(self, line: Line, kind: Kind, evidence: Evidence) -> bool:
        """Whether HTML ``evidence`` keeps ``line`` (of first-pass ``kind``) inside the run of the article: it is
        in the page's main text, short or a list item, and mostly not link text."""
        short = kind is Kind.SHORT or line.kind == "list_item"
        return evidence.main and short and evidence.link_density <= self.prose_links

    def bridge(self, lines: Sequence[Line], kinds: list[Kind], keeps: Callable[[int], bool]) -> None:
        """Make good (in place) each run of at most ``max_gap`` bad lines between two good ones that
        ``keeps`` (a subheading, a list, a line of figures inside the article).

        Only as many as the good lines around them outweigh: from either end of the article, its
        weight so far stays above zero. So cleaning the body again keeps it whole.

        >>> from newsclean.document import Document
        >>> G, B = Kind.GOOD, Kind.BAD
        >>> lines = Document.from_text("\\n".join(["word " * n for n in (30, 5, 5, 30, 20, 9)])).lines
        >>> kinds = [G, B, B, G, B, G]
        >>> Content(max_gap=2).bridge(lines, kinds, lambda i: True)
        >>> [k.value for k in kinds]
        ['good', 'good', 'good', 'good', 'bad', 'good']
        """
        gaps: list[tuple[range, float]] = []  # each run of bad lines to bridge, with what it weighs
        last_good = None  # index of the latest good line
        for i, kind in enumerate(kinds):
            if kind is not Kind.GOOD:
                continue
            gap = range(last_good + 1, i) if last_good is not None else range(0)
            if 0 < len(gap) <= self.max_gap and all(map(keeps, gap)):
                cost = sum(self.boilerplate_weight * min(lines[j].words, self.boilerplate_cap) for j in gap)
                gaps.append((gap, cost))
            last_good = i

        def good_words(span: range) -> int:
            return sum(lines[j].words for j in span if kinds[j] is Kind.GOOD and keeps(j))

        total, at, from_top = 0.0, 0, []
        for gap, cost in gaps:
            total += good_words(range(at, gap.start))
            if total > cost:
                total -= cost
                from_top.append((gap, cost))
            at = gap.stop
        total, at = 0.0, len(kinds)
        for gap, cost in reversed(from_top):
            total += good_words(range(gap.stop, at))
            if total > cost:
                total -= cost
                kinds[gap.start : gap.stop] = [Kind.GOOD] * len(gap)
            at = gap.start

    def promote(self, lines: Sequence[Line], kinds: Sequence[Kind]) -> list[Kind]:
        """Make nearly-good sentences good when together they are long: news is written in short
        paragraphs. On a page without any good line, every nearly-good line is the article; on a
        page without even those, every short sentence is.
        """
        out = list(kinds)
        if Kind.GOOD not in kinds:
            best = Kind.NEAR_GOOD if Kind.NEAR_GOOD in kinds else Kind.SHORT
            return [
                Kind.GOOD if kind is best and (best is Kind.NEAR_GOOD or sentence(line)) else kind
                for line, kind in zip(lines, kinds, strict=True)
            ]
        run: list[int] = []
        for i, kind in enumerate((*kinds, Kind.BAD)):
            if kind is Kind.NEAR_GOOD and lines[i].ends_sentence:
                run.append(i)
            elif kind is not Kind.SHORT:
                if len(run) >= 2 and sum(lines[j].chars for j in run) > self.length_high:
                    for j in run:
                        out[j] = Kind.GOOD
                run = []
        return out

    def comment_prompts(self, page: Page) -> set[int]:
        """The lines that open a section of readers' comments: at least ``meta_lines`` lines of comment
        metadata ("Posted by ...", "Reply", "3 hours ago") follow within ``meta_window`` lines, after
        a comment prompt ("12 comments", "Leave a reply") or after a line of metadata itself, when that
        many sentences of ten words or more sit among them too (the thread's signatures and comments).

        >>> from newsclean.document import Document
        >>> comment = "I read this story twice and I still think the council got the numbers wrong."
        >>> doc = Document.from_text("\\n".join(["Story.", *[f"Ann at 4:0{i} pm\\n{comment}" for i in range(3)]]))
        >>> sorted(Content().comment_prompts(Page(doc, doc.lines)))
        [1]
        """
        lines = page.doc.lines
        meta = phrases(page.doc.language, "comment_meta")
        ahead = array("l", [0])  # ahead[i]: how many of the first i lines are comment metadata
        said = array("l", [0])  # said[i]: how many of the first i lines are sentences of ten words or more
        for line in lines:
            is_meta = bool(meta.search(line.norm))
            ahead.append(ahead[-1] + is_meta)
            said.append(said[-1] + (not is_meta and line.words >= 10))

        def followed(index: int) -> bool:
            return ahead[min(index + 1 + self.meta_window, len(lines))] - ahead[index + 1] >= self.meta_lines

        prompts = {
            index
            for index, removal in page.removals.items()
            if page.role(removal.reason) is Role.COMMENTS and followed(index)
        }
        prompts.update(
            i
            for i in range(len(lines))
            if ahead[i + 1] > ahead[i]
            and followed(i)
            and said[min(i + 1 + self.meta_window, len(lines))] - said[i + 1] >= self.meta_lines
        )
        return prompts

    def article_region(
        self,
        lines: Sequence[Line],
        kinds: Sequence[Kind],
        headlines: Sequence[Line] = (),
        comment_prompts: Collection[int] = (),
        affinity: Sequence[float] | None = None,
    ) -> range:
        """The indexes of the run of lines with the most prose words net of boilerplate words.

        Good lines add their words, other lines take away ``boilerplate_weight`` times their
        words (at most ``boilerplate_cap`` of them), and the headline repeated on the page adds
        ``headline_bonus``: the article starts below it. A comment prompt that closes a run of at
        least ``article_words`` words of prose closes the article too: readers' comments are prose,
        and often longer than the article, so good lines past it add nothing. The best run is found
        in one pass (Kadane's maximum-sum segment).

        With ``affinity`` (each line's share of the core's words, see :func:`topic_affinity`), a good
        line adds its words in proportion to its affinity (in full from ``topic_share``); another line
        costs ``1 - affinity`` of its weight, and a gap of such lines costs at most ``gap_cap``.
        """
        bonus = {line.index for line in headlines}
        headline_kinds: Iterator[tuple[Line, Kind | None]] = ((line, None) for line in headlines)
        sequence = heapq.merge(zip(lines, kinds, strict=True), headline_kinds, key=lambda pair: pair[0].index)
        best, best_range = 0.0, range(0)
        total, start, run_words, in_comments = 0.0, 0, 0, False
        shares = iter(affinity) if affinity is not None else None
        gap = 0.0  # what the lines since the last good one cost
        held = at_best = False
        for line, kind in sequence:
            share = next(shares) if shares is not None and kind is not None else 1.0
            if line.index in comment_prompts and run_words >= self.article_words:
                in_comments = True
            if line.index in bonus:
                weight = self.headline_bonus
            elif kind is Kind.GOOD:
                weight = 0.0 if in_comments else line.words * min(1.0, share / self.topic_share)
                gap = 0.0
            else:
                cost = self.boilerplate_weight * min(line.words, self.boilerplate_cap)
                if shares is not None:
                    cost = min(cost * (1.0 - share), max(0.0, self.gap_cap - gap))
                gap += cost
                weight = -cost
            # A good line without words ("." or "-") neither opens nor closes a run: it stays with its run.
            wordless = kind is Kind.GOOD and line.words == 0
            if total <= 0 and not held:
                total, start, run_words = 0.0, line.index, 0
            held = wordless and total <= 0
            total += weight
            run_words += line.words if kind is Kind.GOOD else 0
            if total > best or (wordless and at_best):
                best, best_range = total, range(start, line.index + 1)
            at_best = best_range.stop == line.index + 1
        return best_range

    def classify(self, line: Line, known_language: bool = True) -> Kind:
        """The first pass: judge ``line`` on its own."""
        stop_low, stop_high = (self.stop_low, self.stop_high) if known_language and not line.dense else (0.0, 0.0)
        if line.chars < self.length_low:
            return Kind.SHORT
        if line.stop_density >= stop_high:
            return Kind.GOOD if line.chars > self.length_high else Kind.NEAR_GOOD
        if line.stop_density >= stop_low:
            return Kind.NEAR_GOOD
        return Kind.BAD


def topic_affinity(
    lines: Sequence[Line], kinds: Sequence[Kind], core: range, stopwords: frozenset[str] = frozenset()
) -> array[float]:
    """For each line, how much it continues the topic of the article's core (the good lines whose index
    is in ``core``): the share of its content words (no stop words; four letters or more, or with a
    digit) that a good line of the core has too. The core's own good lines count 1.0. Two passes, the
    words of one line at a time (pages of a million lines).

    >>> from newsclean.document import Document
    >>> G, B = Kind.GOOD, Kind.BAD
    >>> doc = Document.from_text("Council votes on harbour plan\\nHarbour plan: 2025 budget\\nSports results")
    >>> list(topic_affinity(doc.lines, [G, B, B], range(1)))
    [1.0, 0.5, 0.0]
    """
    in_core = [kind is Kind.GOOD and line.index in core for line, kind in zip(lines, kinds, strict=True)]
    core_words: set[str] = set()
    for line, yes in zip(lines, in_core, strict=True):
        if yes:
            core_words.update(_topic_words(line, stopwords))
    shares = array("d")
    for line, yes in zip(lines, in_core, strict=True):
        own = () if yes else _topic_words(line, stopwords)
        shares.append(1.0 if yes else len(core_words.intersection(own)) / len(own) if own else 0.0)
    return shares


def _topic_words(line: Line, stopwords: frozenset[str]) -> set[str]:
    return set(_TOPIC_WORD.findall(line.norm)).difference(stopwords)


def _preformatted_apart(page: Page, lines: Sequence[Line], kinds: Sequence[Kind], inside: range) -> Iterator[Drop]:
    """Drop the open lines of preformatted blocks (see :mod:`newsclean.readers.preformatted`) that do not sit
    between two good lines of the article (``inside``), lines other steps removed aside: a code block belongs
    to the text around it."""
    blocks = [line for line in page.lines if line.kind == "pre"]
    if not blocks:
        return
    is_open = page.is_open
    judged = [
        (line.index, kind is Kind.GOOD and line.index in inside)
        for line, kind in zip(lines, kinds, strict=True)
        if is_open(line)
    ]
    indexes = [index for index, _ in judged]
    for line in blocks:
        at = bisect_left(indexes, line.index)
        if not (0 < at < len(judged) and judged[at - 1][1] and judged[at][1]):
            yield Drop(line, "outside_article", "a preformatted block apart from the article's text")


def _main_evidence(page: Page) -> Sequence[Evidence | None]:
    """The HTML evidence of the page's lines when the page has a main text (see
    :mod:`newsclean.readers.html_main`), else nothing: text input, or no element holds the article."""
    evidence = page.doc.evidence
    return evidence if any(found is not None and found.main for found in evidence) else ()


def _boundary(page: Page, line: Line) -> bool:
    """Whether an earlier step removed ``line`` as boilerplate that breaks the article's run (any role
    but :attr:`Role.INLINE <newsclean.reasons.Role.INLINE>`)."""
    role = page.removed_as(line.index)
    return role is not None and role is not Role.INLINE
