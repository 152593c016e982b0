"""Page metadata from HTML (readers.html_meta, readers.jsonld), and the choices the visible text confirms
(fields.confirm)."""

from __future__ import annotations

import lxml.etree
import lxml.html
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.fields.confirm import choose_authors, choose_date, choose_title
from newsclean.readers.html_meta import Candidate, PageMetadata, language_code, read_metadata, url_date


def meta_of(head: str, body: str = "", lang: str = "") -> PageMetadata:
    attribute = f' lang="{lang}"' if lang else ""
    return read_metadata(
        lxml.html.document_fromstring(f"<html{attribute}><head>{head}</head><body>{body}</body></html>")
    )


def values(candidates: tuple[Candidate, ...]) -> list[str]:
    return [candidate.value for candidate in candidates]


def test_each_title_source_is_a_candidate_stated_titles_before_headings() -> None:
    meta = meta_of(
        '<title>Harbour shut | Port Daily</title><meta property="og:title" content="Harbour shut">'
        '<meta name="twitter:title" content="Harbour is shut">',
        "<h1>Menu</h1><h1>Harbour shut today</h1>",
    )
    assert [(c.source, c.value) for c in meta.titles] == [
        ("og:title", "Harbour shut"),
        ("twitter:title", "Harbour is shut"),
        ("title", "Harbour shut | Port Daily"),
        ("h1", "Menu"),
        ("h1", "Harbour shut today"),
    ]


def test_meta_sources_of_authors_dates_keywords_url_image() -> None:
    meta = meta_of(
        '<meta name="author" content="Ann Poe"><meta property="article:author" content="https://social.example/ann">'
        '<meta property="article:published_time" content="2021-05-06T07:08:09+02:00">'
        '<meta property="article:modified_time" content="2021-05-07">'
        '<meta name="keywords" content="ports, storms"><meta property="article:tag" content="weather">'
        '<meta property="og:url" content="https://p.example/og"><link rel="canonical" href="https://p.example/c">'
        '<meta property="og:image" content="https://p.example/i.jpg">'
        '<meta property="og:site_name" content="Port Daily">'
    )
    assert values(meta.authors) == ["Ann Poe"]  # the profile URL is no name
    assert values(meta.published) == ["2021-05-06T07:08"] and values(meta.modified) == ["2021-05-07"]
    assert meta.keywords == ("ports", "storms", "weather")
    assert (meta.url, meta.image, values(meta.site_names)) == (
        "https://p.example/c",
        "https://p.example/i.jpg",
        ["Port Daily"],
    )


def test_element_sources_time_rel_author_itemprop_and_byline_class() -> None:
    meta = meta_of(
        "",
        '<div class="article-byline">By Cy Vale</div><a rel="author" href="/a">Di Lund</a>'
        '<span itemprop="author"><span itemprop="name">Ed Marr</span></span><time datetime="2020-01-02">2 Jan</time>',
    )
    assert {(c.source, c.value) for c in meta.authors} >= {
        ("byline", "By Cy Vale"),
        ("rel=author", "Di Lund"),
        ("itemprop", "Ed Marr"),
    }
    assert [(c.source, c.value) for c in meta.published] == [("time", "2020-01-02")]


def test_json_ld_graph_lists_references_and_type_lists() -> None:
    script = """<script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "name": "Port Daily"},
      {"@type": ["NewsArticle", "Thing"], "headline": "Harbour shut",
       "author": [{"@type": "Person", "name": "Ann Poe"}, "Bo Reyes", {"@id": "#cy"}],
       "publisher": {"@type": "Organization", "name": "Port Daily Ltd"},
       "datePublished": "2022-03-04T10:00:00Z", "keywords": ["ports", "storms"], "image": {"url": "https://p.example/i"}},
      {"@id": "#cy", "@type": "Person", "name": "Cy Vale"}]}</script>"""
    meta = meta_of(script)
    assert values(meta.titles) == ["Harbour shut"]
    assert values(meta.authors) == ["Ann Poe", "Bo Reyes", "Cy Vale"]
    assert values(meta.site_names) == ["Port Daily Ltd"] and meta.keywords == ("ports", "storms")
    assert values(meta.published) == ["2022-03-04T10:00"] and meta.image == "https://p.example/i"


def test_json_ld_in_comments_with_trailing_commas_and_a_top_level_list() -> None:
    script = (
        '<script type="application/ld+json">//<![CDATA[\n[{"@type": "BlogPosting", "author": "Ann Poe",},]\n//]]>'
        "</script>"
    )
    assert values(meta_of(script).authors) == ["Ann Poe"]


def test_invalid_json_ld_is_skipped_and_the_next_script_read() -> None:
    scripts = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
        '<script type="application/ld+json">{"@type": "Article", "headline": "Harbour shut"}</script>'
        '<script type="application/ld+json">' + "[" * 5000 + "</script>"
    )
    assert values(meta_of(scripts).titles) == ["Harbour shut"]


def test_language_is_normalised_to_iso_639_1() -> None:
    assert meta_of("", lang="de-AT").language == "de"
    assert meta_of('<meta property="og:locale" content="fr_FR">').language == "fr"
    assert meta_of('<meta http-equiv="content-language" content="ES">').language == "es"
    assert [language_code(code) for code in ("ger", "nl-BE", "Italian", "x-klingon", "")] == [
        "de",
        "nl",
        "it",
        None,
        None,
    ]


TITLED = PageMetadata(
    titles=(Candidate("Harbour shut after storm | Port Daily", "title"), Candidate("Port Daily", "h1")),
)


def test_title_the_visible_part_of_the_page_title_not_the_site_logo() -> None:
    lines = ["Port Daily", "Home | News", "Harbour shut after storm", "The port closed on Monday."]
    assert choose_title(TITLED, lines) == "Harbour shut after storm"


def test_title_without_visible_evidence_drops_a_declared_site_name() -> None:
    meta = PageMetadata(
        titles=(Candidate("Port Daily: Harbour shut", "og:title"),),
        site_names=(Candidate("Port Daily", "og:site_name"),),
    )
    assert choose_title(meta, ["Nothing matches here"]) == "Harbour shut"
    assert choose_title(PageMetadata(), ["Harbour shut"]) is None


def test_author_the_text_never_names_loses_to_the_visible_byline() -> None:
    meta = PageMetadata(authors=(Candidate("Web Desk", "author"),))
    lines = ["Harbour shut", "By Ann Poe", "The port closed."]
    assert choose_authors(meta, lines, byline=("Ann Poe",)) == ("Ann Poe",)
    assert choose_authors(meta, lines) == ("Web Desk",)  # no byline to prefer: the metadata stands


def test_visible_metadata_author_wins_over_the_text_byline() -> None:
    meta = PageMetadata(authors=(Candidate("Ann Poe", "json-ld"), Candidate("Bo Reyes", "json-ld")))
    lines = ["Harbour shut", "Ann Poe and Bo Reyes, Port Daily", "The port closed."]
    assert choose_authors(meta, lines, byline=("Port Daily",)) == ("Ann Poe", "Bo Reyes")


def test_a_date_after_every_visible_date_loses_and_published_beats_modified() -> None:
    meta = PageMetadata(
        published=(Candidate("2030-01-01T00:00", "time"),),
        modified=(Candidate("2024-03-05", "json-ld"),),
    )
    lines = ["Harbour shut", "March 3, 2024", "The port closed on 5 March 2024."]
    assert choose_date(meta, lines, text_date="2024-03-03") == "2024-03-03"
    assert choose_date(meta, lines) == "2024-03-05"
    assert choose_date(meta, ["No date shown"]) == "2030-01-01T00:00"
    both = PageMetadata(published=(Candidate("2024-03-01", "time"),), modified=(Candidate("2024-03-02", "json-ld"),))
    assert choose_date(both, lines, text_date="2024-03-03") == "2024-03-01"


def test_a_stated_publication_date_stands_against_the_older_dates_the_text_cites() -> None:
    lines = ["Harbour shut", "The port first closed on 11 September 2001.", "It reopened."]
    for source in ("json-ld", "article:published_time", "itemprop"):
        meta = PageMetadata(published=(Candidate("2024-03-03T09:00", source),))
        assert choose_date(meta, lines, text_date="2001-09-11") == "2024-03-03T09:00"
    weak = PageMetadata(published=(Candidate("2024-03-03T09:00", "time"),))
    assert choose_date(weak, lines, text_date="2001-09-11") == "2001-09-11"


def test_the_day_the_address_names_wins_unless_the_page_shows_another() -> None:
    meta = PageMetadata(published=(Candidate("2024-03-05T09:00", "json-ld"), Candidate("2024-03-04T22:00", "time")))
    assert choose_date(meta, ["Harbour shut"], url_date="2024-03-04") == "2024-03-04T22:00"
    assert choose_date(meta, ["Harbour shut", "4 March 2024"], url_date="2024-03-04") == "2024-03-04T22:00"
    assert choose_date(PageMetadata(), ["Harbour shut"], url_date="2024-03-04") == "2024-03-04"
    assert choose_date(meta, ["Harbour shut", "5 March 2024"], url_date="2024-03-04") == "2024-03-05T09:00"


def test_url_date_reads_full_dates_of_the_path_only() -> None:
    assert url_date("https://port.example/2024/03/04/harbour-shut/") == "2024-03-04"
    assert url_date("https://port.example/news/2024-3-4-harbour") == "2024-03-04"
    assert url_date("https://port.example/2024/03/harbour") is None
    assert url_date("https://port.example/story?d=/2024/03/04/") is None
    assert url_date("https://port.example/2024/13/04/x") is None
    assert url_date("https://port.example/20240304/x") is None


TAGS = st.sampled_from(["div", "p", "meta", "script", "time", "a", "h1", "title", "span", "html", "body"])
ATTRIBUTES = st.dictionaries(
    st.sampled_from(["class", "id", "rel", "itemprop", "property", "name", "content", "datetime", "type", "lang"]),
    st.text(max_size=30),
    max_size=4,
)


@st.composite
def markup(draw: st.DrawFn, depth: int = 0) -> str:
    tag = draw(TAGS)
    attributes = "".join(f' {key}="{value}"' for key, value in draw(ATTRIBUTES).items())
    inner = draw(st.text(max_size=40)) if depth > 3 else "".join(draw(st.lists(markup(depth + 1), max_size=3)))
    return f"<{tag}{attributes}>{inner}</{tag}>"


@settings(max_examples=150, deadline=None)
@given(markup(), st.text(max_size=200))
def test_never_raises_on_garbage(page: str, script: str) -> None:
    for html in (page, f'<script type="application/ld+json">{script}</script>{page}'):
        try:
            tree = lxml.html.document_fromstring(html.encode("utf-8", "replace"))
        except (lxml.etree.ParserError, ValueError):
            continue  # lxml refuses an empty document; nothing for the metadata to read
        meta = read_metadata(tree)
        assert meta == read_metadata(tree)
        lines = [page[:50], script[:50]]
        choose_title(meta, lines), choose_authors(meta, lines), choose_date(meta, lines)
