"""Text in scripts without spaces (Chinese, Japanese, Thai) and written right to left (Arabic): news pages
written for these tests, cleaned as well as European ones."""

from __future__ import annotations

import pytest

import newsclean
from conftest import assert_accounted, read_fixture
from newsclean.document import Document
from newsclean.lang import phrases
from newsclean.lang.world import PATTERNS
from newsclean.readers import read
from newsclean.readers.wrapped import wrap_width
from newsclean.scripts import _CLOSED, _SCRIPTS, BLOCKS, NO_SPACE, equivalents, has_no_space_script

#: Each fixture: its headline, site name, the article's paragraphs (as the fixture holds them, in order) and
#: its furniture lines with the reason each must be removed for.
PAGES = {
    "xiamen_zh.txt": (
        "台风逼近 厦门港全面停航",
        "鹭岛日报",
        (
            "受台风“海鸥”影响，",
            "气象部门预计，",
            "港口共有四十多艘",
            "厦门市政府已启动",
            "一名码头工人说，",
            "港口管理部门提醒",
        ),
        {
            "首页": "navigation",
            "分享到：微信 微博 QQ空间": "social_share",
            "相关阅读：台风季来临，沿海城市如何做好防汛准备？": "cross_link",
            "订阅我们的新闻简报，每天早上收到最重要的新闻。": "subscription_prompt",
            "请输入您的电子邮箱": "subscription_prompt",
            "版权所有 © 2025 鹭岛日报 保留所有权利": "footer",
        },
    ),
    "kobe_ja.txt": (
        "台風接近で神戸港が閉鎖　フェリーは全便欠航",
        "港町新聞",
        ("台風の接近に伴い、", "気象庁は、", "港では、", "神戸市は", "港で働く男性は", "港湾局は、"),
        {
            "ホーム": "navigation",
            "シェアする": "social_share",
            "関連記事：台風シーズン、備えは万全ですか": "cross_link",
            "ニュースレターを購読すると、毎朝主要なニュースをお届けします。": "subscription_prompt",
            "メールアドレスを入力してください": "subscription_prompt",
            "Copyright © 2025 港町新聞 All rights reserved.": "footer",
        },
    ),
    "laemchabang_th.txt": (
        "พายุเข้า ท่าเรือแหลมฉบังปิดชั่วคราว",
        "ข่าวชายฝั่ง",
        ("การท่าเรือแห่งประเทศไทย", "กรมอุตุนิยมวิทยา", "เรือสินค้ากว่า", "จังหวัดชลบุรี", "คนงานท่าเรือ", "การท่าเรือขอให้"),
        {
            "หน้าแรก": "navigation",
            "แชร์บทความนี้": "social_share",
            "อ่านเพิ่มเติม: ฤดูมรสุมมาแล้ว เตรียมตัวอย่างไรให้ปลอดภัย": "cross_link",
            "สมัครรับจดหมายข่าวของเรา รับข่าวสำคัญทุกเช้า": "subscription_prompt",
            "กรอกอีเมลของคุณ": "subscription_prompt",
            "สงวนลิขสิทธิ์ © 2025 ข่าวชายฝั่ง": "footer",
        },
    ),
    "alexandria_ar.txt": (
        "العاصفة تغلق ميناء الإسكندرية",
        "جريدة الساحل",
        ("أغلقت هيئة", "وتوقعت هيئة", "وغادرت أكثر", "وقررت المحافظة", "وقال أحد", "هل سيعود"),
        {
            "الرئيسية": "navigation",
            "شارك المقال": "social_share",
            "اقرأ أيضا: موسم الشتاء يبدأ مبكرا، فكيف تستعد المدن الساحلية؟": "cross_link",
            "اشترك في نشرتنا الإخبارية لتصلك أهم الأخبار كل صباح": "subscription_prompt",
            "أدخل بريدك الإلكتروني": "subscription_prompt",
            "جميع الحقوق محفوظة © 2025 جريدة الساحل": "footer",
        },
    ),
}


@pytest.fixture(scope="module", params=sorted(PAGES))
def page(request: pytest.FixtureRequest) -> tuple[str, newsclean.Article]:
    return request.param, newsclean.clean(read_fixture(request.param))


def test_every_paragraph_is_kept_in_order(page: tuple[str, newsclean.Article]) -> None:
    name, article = page
    openings = PAGES[name][2]
    assert len(article.paragraphs) == len(openings)
    for paragraph, opening in zip(article.paragraphs, openings, strict=True):
        assert paragraph.startswith(opening)
        assert paragraph in read_fixture(name).splitlines()  # whole, as written


def test_title_and_site_name(page: tuple[str, newsclean.Article]) -> None:
    name, article = page
    assert (article.title, article.site_name) == PAGES[name][:2]


def test_no_paragraph_becomes_a_caption(page: tuple[str, newsclean.Article]) -> None:
    assert page[1].captions == ()


def test_furniture_is_removed_for_its_reason(page: tuple[str, newsclean.Article]) -> None:
    name, article = page
    why = {removal.text: removal.reason for removal in article.removed}
    for text, reason in PAGES[name][3].items():
        assert why.get(text) == reason, text
    for text in PAGES[name][3]:
        assert text not in article.body


def test_every_line_is_accounted_for(page: tuple[str, newsclean.Article]) -> None:
    assert_accounted(read_fixture(page[0]), page[1])


def _article_only(name: str) -> list[str]:
    """The headline and the paragraphs of a fixture, without its page title and furniture."""
    lines = [line for line in read_fixture(name).splitlines() if line]
    openings = PAGES[name][2]
    return [PAGES[name][0], *(line for line in lines if line.startswith(openings))]


@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_lead_paragraph_without_a_headline_is_no_title(name: str) -> None:
    # Nothing above the lead: it is the first paragraph, not a headline (nor is any other paragraph).
    for separator in ("\n\n", "\n"):
        article = newsclean.clean(separator.join(_article_only(name)[1:]))
        assert article.title is None
        assert len(article.paragraphs) == len(PAGES[name][2])


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_headline_over_the_article_is_its_title(name: str) -> None:
    article = newsclean.clean("\n\n".join(_article_only(name)))
    assert article.title == PAGES[name][0]
    assert len(article.paragraphs) == len(PAGES[name][2])


def test_a_short_chinese_paragraph_counts_as_the_words_it_holds() -> None:
    short = "港口管理部门提醒市民不要前往海边观浪。"  # "The port authority warned people to keep away from the sea."
    line = Document.from_text(short).lines[0]
    assert 9 <= line.words <= 15  # about as many as the English sentence, not the one run between punctuation
    assert line.chars > 40 and line.ends_sentence
    assert len(short) < 40


def test_equivalents_by_script() -> None:
    # About 1.5 Chinese characters, 2 kana and 4 Thai letters make one word; other words count as they are.
    assert equivalents("港口关闭港口关闭港口关闭") == (8, 12 - 12 + 6 * 8, True)
    assert equivalents("ニュース")[0] == 4 / 2
    assert equivalents("港のニュース")[0] == round(1 / 1.5 + 5 / 2)
    assert equivalents("ท่าเรือ")[0] == round(7 / 4)
    assert equivalents("the port of 神戸")[0] == 3 + 1


def test_lines_without_such_scripts_keep_their_counts() -> None:
    doc = Document.from_text("The port closed on Monday.\nDer Hafen schließt.\nأغلقت هيئة ميناء الإسكندرية الميناء.")
    assert [(line.words, line.latin_chars, line.chars) for line in doc.lines] == [(5, 0, 26), (3, 0, 19), (5, 0, 36)]
    assert not any(has_no_space_script(line.text) for line in doc.lines)


@pytest.mark.parametrize("ending", ["。", "！", "？", "」", "』", "）", "؟", "۔", "।"])
def test_sentence_endings_of_other_scripts(ending: str) -> None:
    assert Document.from_text(f"港口关闭{ending}").lines[0].ends_sentence


def test_hard_wrapped_chinese_is_joined_without_spaces() -> None:
    paragraphs = _article_only("xiamen_zh.txt")[1:]
    long = ["".join(paragraphs[:2]), "".join(paragraphs[2:4]), "".join(paragraphs[4:])]
    wrapped = "\n\n".join("\n".join(text[i : i + 40] for i in range(0, len(text), 40)) for text in long)
    shape, blocks = read(wrapped)
    assert shape == "wrapped"
    assert [block.text for block in blocks] == long


def test_chinese_paragraphs_are_not_read_as_hard_wrapped() -> None:
    # Paragraphs of about one length, each ending with 。: lines of text, however alike their lengths.
    text = "\n".join(
        ["受台风影响，厦门港周一起全面停止作业，往返金门和鼓浪屿的客轮全部停航，港口表示将视天气决定何时恢复。"] * 12
    )
    assert wrap_width(text.splitlines()) == 0


def test_the_phrases_of_these_scripts_are_checked_and_found() -> None:
    matcher = phrases(None, *PATTERNS)  # every pattern passes the backtracking checks, or this raises
    assert matcher.search("版权所有 © 2025 鹭岛日报") is not None
    assert matcher.search("the port closed on monday.") is None


def test_an_article_without_spaces_on_a_page_in_english_keeps_its_paragraphs() -> None:
    # English furniture makes English the page's language: its stop words must not judge the Japanese lines.
    furniture = [
        "We use cookies to give you the best experience on our website and to show you the ads you see.",
        "Sign up for our newsletter and get the most important news of the day in your inbox every morning.",
    ]
    text = "\n\n".join([*furniture, *_article_only("kobe_ja.txt")])
    language = Document.from_text(text).language
    assert language is not None and language.code == "en"
    kept = newsclean.clean(text).paragraphs
    assert all(any(paragraph.startswith(opening) for paragraph in kept) for opening in PAGES["kobe_ja.txt"][2])


def test_the_blocks_searched_first_hold_every_character_of_the_scripts_in_the_basic_plane() -> None:
    every = "".join(map(chr, range(0x80, 0x10000)))
    outside = [hex(ord(c)) for c in NO_SPACE.findall(every) if not BLOCKS.match(c)]
    assert outside == []


def test_the_script_ranges_are_unicodes_script_property() -> None:
    """The hand-written ranges hold exactly the assigned characters Unicode gives each script (as the
    ``regex`` package's tables do), with the long-vowel marks of kana."""
    regex = pytest.importorskip("regex", reason="the regex package holds the Unicode script tables")
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assigned = "".join(regex.findall(r"\P{Cn}", every))
    tables = {
        NO_SPACE: r"[\p{Han}\p{Hiragana}\p{Katakana}ーｰ\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]",
        _SCRIPTS[0][0]: r"\p{Han}",
        _SCRIPTS[1][0]: r"[\p{Hiragana}\p{Katakana}ーｰ]",
        _SCRIPTS[2][0]: r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]",
        _CLOSED: r"[\p{Han}\p{Hiragana}\p{Katakana}\u3000-\u303f\uff00-\uffef]",
    }
    for pattern, table in tables.items():
        assert pattern.findall(assigned) == regex.findall(table, assigned), table
