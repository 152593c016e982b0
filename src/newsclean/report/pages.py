"""The report as one self-contained HTML page: inline styles and one inline script, no network.

The page's Content-Security-Policy allows no request at all and only its own script (by hash),
so even text that slipped through escaping could run nothing.

>>> from newsclean.report.aggregate import Report
>>> report = Report()
>>> report.add({"title": "<script>x()</script>", "body": "", "paragraphs": [], "removed": []})
>>> page = render(report, "clean.jsonl")
>>> page.startswith("<!doctype html>"), "<script>x()" in page, "&lt;script&gt;x()" in page
(True, False, True)
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from html import escape
from importlib.resources import files
from typing import Any

import newsclean
from newsclean.report.aggregate import BINS, Report, Shape, Site, Tally
from newsclean.report.view import FIELDS, article_html, rows

#: How many sites the site table lists (the most records first), and removed shapes per site.
SITES = 60
SHAPES_PER_SITE = 5
#: The reason codes that get a colour of their own (anything else shows in the removed colour).
_CODE = re.compile(r"[a-z][a-z0-9_]{0,60}")


def asset(name: str) -> str:
    """The text of one of the page's assets (``report.css``, ``report.js``)."""
    return files("newsclean.report").joinpath(name).read_text(encoding="utf-8")


def page(title: str, body: str, reasons: Iterable[str]) -> str:
    """A whole page: ``body`` (HTML) with the styles, the colours of ``reasons`` and the script."""
    script = asset("report.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    policy = f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{digest}'"
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">'
        f"<title>{escape(title)}</title><style>{asset('report.css')}{reason_colours(reasons)}</style></head>"
        f"<body>{body}<script>{script}</script></body></html>\n"
    )


def reason_colours(reasons: Iterable[str]) -> str:
    """A background colour per reason code, spread around the colour wheel, the same in every report.

    >>> reason_colours(["navigation"]).startswith('.l[data-r="navigation"],.sw-navigation{background:hsl(')
    True
    >>> reason_colours(['x"]{} body{display:none']), reason_colours(["navigation"]) == reason_colours(["navigation"])
    ('', True)
    """
    rules = []
    for reason in sorted(set(reasons)):
        if _CODE.fullmatch(reason):
            hue = int(hashlib.sha256(reason.encode()).hexdigest()[:4], 16) % 360
            rules.append(f'.l[data-r="{reason}"],.sw-{reason}{{background:hsl({hue},80%,88%)}}')
    return "".join(rules)


def render(report: Report, name: str, job: Mapping[str, Any] | None = None) -> str:
    """The report page of the batch output ``name``, with its job record (``OUTPUT.job.json``) if any."""
    sample = report.articles_sampled()
    reasons = {row.reason for record in sample for row in rows(record) if row.reason} | set(report.by_reason)
    body = (
        f"<header><h1>newsclean report</h1><p>{escape(name)} · made by newsclean {newsclean.__version__}</p>"
        '<nav><a href="#run">run</a> <a href="#totals">totals</a> <a href="#sites">sites</a> '
        '<a href="#sample">sample</a></nav></header>'
        f"{_run(report, job)}{_totals(report)}{_sites(report)}{sample_html(sample, report)}"
    )
    return page(f"newsclean report: {name}", body, reasons)


def _number(value: int) -> str:
    return f"{value:,}"


def _bar(share: float) -> str:
    return f'<span class="bar"><b style="width:{max(0.0, min(1.0, share)) * 100:.1f}%"></b></span>'


def _table(head: Sequence[str], body: str, css: str = "") -> str:
    cells = "".join(f"<th>{escape(cell)}</th>" for cell in head)
    return f'<table class="{css}"><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table>'


def _run(report: Report, job: Mapping[str, Any] | None) -> str:
    """What made the output: the command, newsclean's version, the options, the profile and the inputs."""
    rows_: list[tuple[str, str]] = []
    if job is None:
        rows_.append(("job record", "none beside the output (it was written to standard output, or moved)"))
    else:
        run = _dict(job.get("run"))
        command = run.get("command")
        if isinstance(command, list):
            rows_.append(("command", " ".join(str(part) for part in command)))
        rows_.append(("newsclean", str(run.get("newsclean", "not recorded (an older version)"))))
        options = _dict(job.get("job"))
        rows_ += [(f"option {key}", _json(value)) for key, value in options.items() if key != "profile"]
        profile = run.get("profile")
        digest = options.get("profile")
        rows_.append(("profile", f"{profile or '(a file)'}, sha256 {digest}" if digest else "none"))
        inputs = job.get("inputs")
        for source in inputs if isinstance(inputs, list) else ():
            if isinstance(source, dict):
                rows_.append(("input", f"{source.get('name')} ({source.get('size', '?')} bytes)"))
    rows_.append(("report", f"sample of {report.sample_size} articles, seed {report.seed}"))
    body = "".join(f"<tr><th>{escape(key)}</th><td>{escape(value)}</td></tr>" for key, value in rows_)
    return f'<section id="run"><h2>Run</h2><table class="run">{body}</table></section>'


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _json(value: Any) -> str:
    if value is None:
        return "default"
    if isinstance(value, list):
        return ",".join(str(part) for part in value)
    return str(value).lower() if isinstance(value, bool) else str(value)


def _totals(report: Report) -> str:
    total_chars = report.kept_chars + report.removed.chars
    kept_lines = _number(report.kept_lines) if report.placed == report.articles else "–"
    cards = [
        ("records", _number(report.records)),
        ("errors", _number(report.errors)),
        ("articles", _number(report.articles)),
        ("lines kept", kept_lines),
        ("lines removed", _number(report.removed.lines)),
        ("characters kept", _number(report.kept_chars)),
        ("characters removed", _number(report.removed.chars)),
        ("share removed", f"{report.removed.chars / total_chars:.1%}" if total_chars else "–"),
    ]
    if report.unreadable:
        cards.append(("unreadable lines", _number(report.unreadable)))
    html = "".join(
        f'<div class="card" data-total="{escape(key)}"><b>{value}</b><span>{escape(key)}</span></div>'
        for key, value in cards
    )
    note = (
        ""
        if report.placed == report.articles
        else f"<p class='note'>Lines kept are counted from placements, which {report.articles - report.placed:,} "
        "articles lack (<code>batch --placements</code>).</p>"
    )
    return (
        f'<section id="totals"><h2>Totals</h2><div class="cards">{html}</div>{note}'
        f"<h3>Removed by reason</h3>{_tallies(report.by_reason, 'reason')}"
        f"<h3>Removed by step</h3>{_tallies(report.by_step, 'step')}"
        f"<h3>Confidence</h3>{_confidence(report)}{_errors(report)}"
        f"<h3>Most removed line shapes</h3>{_shapes(report.shapes.top(20))}</section>"
    )


def _tallies(tallies: Mapping[str, Tally], kind: str) -> str:
    top_lines = max((t.lines for t in tallies.values()), default=0) or 1
    top_chars = max((t.chars for t in tallies.values()), default=0) or 1
    body = "".join(
        f'<tr data-{kind}="{escape(key)}"><td>{_swatch(key) if kind == "reason" else ""}{escape(key or "?")}</td>'
        f'<td class="n lines">{_number(t.lines)}</td><td>{_bar(t.lines / top_lines)}</td>'
        f'<td class="n chars">{_number(t.chars)}</td><td>{_bar(t.chars / top_chars)}</td></tr>'
        for key, t in sorted(tallies.items(), key=lambda kv: (-kv[1].lines, kv[0]))
    )
    return _table((kind, "lines", "", "characters", ""), body, "chart") if body else "<p>Nothing removed.</p>"


def _swatch(reason: str) -> str:
    return f'<span class="sw sw-{escape(reason)}"></span>'


def _confidence(report: Report) -> str:
    counts = report.confidence
    top = max(counts) or 1
    columns = "".join(
        f'<div class="col" data-bin="{i}" title="{i / BINS:.1f} to {(i + 1) / BINS:.1f}: {n:,} articles">'
        f'<span class="n">{n:,}</span><b style="height:{n / top * 100:.1f}%"></b><i>{i / BINS:.1f}</i></div>'
        for i, n in enumerate(counts)
    )
    low = sum(counts[: int(0.7 * BINS)])
    return (
        f'<div class="hist">{columns}</div><p>{low:,} of {sum(counts):,} articles below 0.7 '
        "(the threshold the README suggests for a closer look).</p>"
    )


def _errors(report: Report) -> str:
    if not report.error_messages:
        return ""
    body = "".join(
        f'<tr><td class="n">{n:,}</td><td>{escape(message)}</td></tr>'
        for message, n in report.error_messages.most_common(20)
    )
    return f"<h3>Errors</h3>{_table(('records', 'error (its start)'), body)}"


def _shapes(shapes: Sequence[Shape]) -> str:
    body = "".join(
        f'<tr><td class="n">{"≥" if s.since else ""}{s.count:,}</td><td>{escape(s.step)}: {escape(s.reason)}</td>'
        f'<td class="ex">{escape(s.example)}</td></tr>'
        for s in shapes
    )
    return _table(("lines", "step: reason", "example"), body, "shapes") if body else "<p>None.</p>"


def _sites(report: Report) -> str:
    ranked = sorted(report.sites.items(), key=lambda kv: (-(kv[1].articles + kv[1].errors), kv[0]))
    body = "".join(_site_row(key, site) for key, site in ranked[:SITES])
    more = len(ranked) - SITES
    note = f"<p>{more:,} more sites, with fewer records, are not listed.</p>" if more > 0 else ""
    head = ("site", "records", "errors", "removed", "", "title", "byline", "date", "most removed line shapes")
    return (
        f'<section id="sites"><h2>Sites</h2><p>{len(ranked):,} sites.</p>{_table(head, body, "sites")}{note}</section>'
    )


def _site_row(key: str, site: Site) -> str:
    def share(found: int) -> str:
        return f"{found / site.articles:.0%}" if site.articles else "–"

    shapes = "".join(
        f"<li><b>{'≥' if s.since else ''}{s.count:,}</b> {_swatch(s.reason)}"
        f'<span title="{escape(s.step)}: {escape(s.reason)}">{escape(s.example)}</span></li>'
        for s in site.shapes.top(SHAPES_PER_SITE)
    )
    return (
        f'<tr data-site="{escape(key)}"><td>{escape(key)}</td><td class="n">{site.articles + site.errors:,}</td>'
        f'<td class="n">{site.errors:,}</td><td class="n">{site.share_removed():.0%}</td>'
        f"<td>{_bar(site.share_removed())}</td><td class='n'>{share(site.title)}</td>"
        f"<td class='n'>{share(site.byline)}</td><td class='n'>{share(site.date)}</td><td><ul>{shapes}</ul></td></tr>"
    )


def sample_html(sample: Sequence[Mapping[str, Any]], report: Report | None = None) -> str:
    """The browsable sample: a search box, a filter per field and reason, the list and the articles."""
    counts: dict[str, int] = {}
    fields: dict[str, int] = {}
    for record in sample:
        for row in rows(record):
            fields[row.field] = fields.get(row.field, 0) + 1
            if row.reason:
                counts[row.reason] = counts.get(row.reason, 0) + 1
    total = sum(fields.values())
    chips = [_chip("all", "all lines", total), _chip("kept", "kept", total - fields.get("removed", 0))]
    chips += [_chip(f"f:{name}", name, fields[name]) for name in FIELDS if name in fields]
    chips += [_chip(f"r:{reason}", reason, n, reason) for reason, n in sorted(counts.items(), key=lambda kv: -kv[1])]
    toc = "".join(
        f'<li data-for="a{i}"><a href="#a{i}">{escape(str(record.get("title") or "(no title)"))}</a> '
        f"<small>{escape(str(record.get('_site', '')))}</small></li>"
        for i, record in enumerate(sample, start=1)
    )
    intro = (
        f"<p>{len(sample):,} articles drawn at random (seed {report.seed}) from {report.articles:,}, in input order. "
        "Hover a line for its number, step and detail.</p>"
        if report is not None
        else ""
    )
    return (
        f'<section id="sample"><h2>Articles</h2>{intro}<div class="controls">'
        '<input id="q" type="search" placeholder="search the articles" aria-label="search the articles">'
        f'<div class="chips">{"".join(chips)}</div><p><span id="shown">{total:,}</span> lines shown in '
        f'<span id="shown-articles">{len(sample):,}</span> articles</p></div>'
        f'<ol id="toc">{toc}</ol>{"".join(article_html(r, i) for i, r in enumerate(sample, start=1))}</section>'
    )


def _chip(key: str, label: str, count: int, reason: str = "") -> str:
    swatch = _swatch(reason) if reason else ""
    pressed = "true" if key == "all" else "false"
    return (
        f'<button type="button" class="chip" data-filter="{escape(key)}" aria-pressed="{pressed}">'
        f"{swatch}{escape(label)} <small>{count:,}</small></button>"
    )


def article_page(record: Mapping[str, Any], name: str) -> str:
    """The article view of one cleaned file (``newsclean FILE --html``)."""
    header = f"<header><h1>{escape(name)}</h1><p>cleaned by newsclean {newsclean.__version__}</p></header>"
    reasons = {row.reason for row in rows(record) if row.reason}
    return page(f"newsclean: {name}", header + sample_html([record]), reasons)
