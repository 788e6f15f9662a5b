#!/usr/bin/env python3
"""Checks the HTML audit pages (`batch --formats html`) of the seeds, the samples, the reader
fixtures and a few hostile documents made here:

- every page and the index parse as HTML5 without a single parse error (html5lib, strict);
- the page is self-contained: only the elements the exporter writes, no src, no link to
  anything but its own ids, one Content-Security-Policy whose hashes match its inline style
  and script;
- the source pane numbers the lines L1..Ln in order, each line's text is the document's
  line as the spans number it (the lines as read for text, PDF and Word; the file's own
  lines for Markdown and HTML), hostile bytes shown as the exporter promises;
- every fact links to an existing line and ends within the document, and every record of the
  JSON with a span (meeting, attendance, items, resolutions, motions, actions, next meeting,
  diagnostics) has its link, with its id where it has one;
- index.html lists every input, links each converted one to a page that exists, and says why
  the others were not converted.

Usage: check_pages.py MINUTES_BINARY REPOSITORY_ROOT
"""
import base64
import hashlib
import html.parser
import json
import pathlib
import re
import subprocess
import sys
import tempfile
import urllib.parse

try:
    import html5lib
except ImportError:
    sys.exit("check_pages.py needs python3-html5lib (scripts/install-deps installs it)")

FOLDERS = ["seeds", "samples", "tests/fixtures/markdown", "tests/fixtures/html",
           "tests/fixtures/docx", "tests/fixtures/pdf"]
ALLOWED = {"html", "head", "meta", "title", "style", "script", "body", "header", "main", "nav",
           "section", "div", "h1", "h2", "h3", "p", "a", "span", "ul", "ol", "li", "dl", "dt",
           "dd", "code", "table", "thead", "tbody", "tfoot", "tr", "th", "td"}
MARKUP_FORMATS = {"markdown", "html"}

failures = []


def fail(where, message):
    failures.append(f"{where}: {message}")


# ---- Hostile documents --------------------------------------------------------------------------

HOSTILE_TEXT = (
    "Parish Council <script>alert('title')</script>\n"
    "Minutes of the meeting held on 3 March 2024 at 7pm in the \"Hall\" & <b>Annex</b>\n"
    "Present: Cllr Ann O'Brien, Cllr Bob \"Bobby\" Jones, Cllr <img src=x onerror=alert(1)>\n"
    "Apologies: Cllr Eve \x1b[31mRed\x1b[0m, Cllr Del\x7fete\n"
    "1. Finance </section></main><script>alert(2)</script>\n"
    "Resolved: that the clerk pays \u202eevil\u202c invoices \x01\x02 & reports.\n"
    "Action: Ann O'Brien to check the <iframe src=//evil> accounts by 1 April 2024.\n"
    "2. Any other business \ufdd0 \U0001fffe\n"
).encode() + b"Bad bytes: \xff\xfe \xe2\x82 \xed\xa0\x80 \xc0\xaf end\n"

HOSTILE_MARKDOWN = (
    b"# Board meeting\r\n\r\n**Date:** 4 March 2024\r\n\r\n## Attendees\r\n\r\n"
    b"- Jane <script>alert(1)</script> Doe\r\n- Raw \xff\xfe bytes \x01 here\r\n\r\n"
    b"## 1. Budget\r\n\r\n<div onclick=\"alert(1)\">raw html block</div>\r\n\r\n"
    b"Action: Jane Doe to send the \"budget\" & minutes by 8 March 2024.\r\n"
)

HOSTILE_HTML = (
    b"<!DOCTYPE html><html><head><title>Trustees</title>"
    b"<script>alert('head')</script><link rel=stylesheet href=http://evil/x.css></head>\n"
    b"<body><h1>Trustees meeting, 5 March 2024</h1>\n<p>Present: Ann Lee, Bo Chan</p>\n"
    b"<h2>1. Accounts</h2>\n<p>Resolved: that the accounts be approved &amp; signed.</p>\n"
    b"<p>Action: Bo Chan to file the accounts by 30 April 2024.</p>\n"
    b"<img src=\"http://evil/track.png\"></body></html>\n"
)


def make_hostile(folder):
    folder.mkdir()
    (folder / "hostile.txt").write_bytes(HOSTILE_TEXT)
    (folder / "hostile-crlf.md").write_bytes(HOSTILE_MARKDOWN)
    (folder / "hostile.html").write_bytes(HOSTILE_HTML)
    # A name that would read as a URL scheme, and a file that cannot be converted.
    (folder / "javascript:alert(1) & co.txt").write_bytes(HOSTILE_TEXT)
    (folder / "empty.txt").write_bytes(b"")


# ---- Reading a page -------------------------------------------------------------------------------

class Page(html.parser.HTMLParser):
    """Collects what the checks read: elements, ids, links, inline code, and line texts."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.ids, self.links, self.policies = [], [], [], []
        self.inline = {"script": [], "style": []}
        self.lines = []          # (id, text) of each <p id="Ln">
        self.stack = []
        self.line_text = None    # text of the line being read, without its number
        self.in_number = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag not in ("meta",):
            self.stack.append(tag)
        if "id" in a:
            self.ids.append(a["id"])
        if tag == "a":
            self.links.append(a)
            self.in_number = self.line_text is not None
        if tag == "meta" and a.get("http-equiv", "").lower() == "content-security-policy":
            self.policies.append(a.get("content", ""))
        if tag in self.inline:
            self.inline[tag].append("")
        if tag == "p" and re.fullmatch(r"L[0-9]+", a.get("id", "")):
            self.line_text = ""
            self.lines.append([a["id"], ""])

    def handle_endtag(self, tag):
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()
        if tag == "a":
            self.in_number = False
        if tag == "p" and self.line_text is not None:
            self.lines[-1][1] = self.line_text
            self.line_text = None

    def handle_data(self, data):
        if self.stack and self.stack[-1] in self.inline:
            self.inline[self.stack[-1]][-1] += data
        if self.line_text is not None and not self.in_number:
            self.line_text += data


def csp_hash(content):
    return "'sha256-" + base64.b64encode(hashlib.sha256(content.encode()).digest()).decode() + "'"


def shown(text):
    """A line as the exporter shows it: controls as pictures, C1 controls and noncharacters
    as U+FFFD, a CRLF's CR dropped."""
    out = []
    for ch in text:
        c = ord(ch)
        if c < 0x20 and ch not in "\t\n":
            out.append(chr(0x2400 + c))
        elif c == 0x7F:
            out.append("\u2421")
        elif 0x80 <= c <= 0x9F or 0xFDD0 <= c <= 0xFDEF or (c & 0xFFFE) == 0xFFFE:
            out.append("\ufffd")
        else:
            out.append(ch)
    return "".join(out)


def source_lines(binary, doc):
    """The lines a page must show, as the spans number them."""
    path = doc["source"]["path"]
    if doc["source"]["format"] in MARKUP_FORMATS:
        encoding = doc["source"]["encoding"]  # as the reader decoded the file
        raw = pathlib.Path(path).read_bytes().decode(encoding, "replace").lstrip("\ufeff")
    else:
        raw = subprocess.run([binary, "parse", path, "--format", "text"], check=True,
                             capture_output=True).stdout.decode("utf-8", "replace")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [shown(l[:-1] if l.endswith("\r") else l) for l in lines]


# ---- Checks -----------------------------------------------------------------------------------------

def check_html5(where, text):
    parser = html5lib.HTMLParser(strict=True)
    try:
        parser.parse(text)
    except html5lib.html5parser.ParseError as e:
        fail(where, f"is not valid HTML5: {e}")


def check_self_contained(where, page, scripts):
    for tag, attrs in page.tags:
        if tag not in ALLOWED:
            fail(where, f"has a <{tag}> element")
        for name in attrs:
            if name in ("src", "srcset", "action", "style") or name.startswith("on"):
                fail(where, f"<{tag}> has a {name} attribute")
    if len(page.inline["script"]) != scripts:
        fail(where, f"has {len(page.inline['script'])} scripts, expected {scripts}")
    if len(page.policies) != 1:
        fail(where, "has no Content-Security-Policy")
        return
    policy = page.policies[0]
    if "default-src 'none'" not in policy:
        fail(where, "policy does not forbid loading: " + policy)
    for kind in ("style", "script"):
        for content in page.inline[kind]:
            if csp_hash(content) not in policy:
                fail(where, f"policy does not allow its {kind} ({csp_hash(content)})")


def spans_of(doc):
    """(what, id or None, span) of every record the page must link."""
    out = []
    if doc["meeting"].get("span"):
        out.append(("meeting", None, doc["meeting"]["span"]))
    if doc.get("next_meeting") and doc["next_meeting"].get("span"):
        out.append(("next meeting", None, doc["next_meeting"]["span"]))
    for key in ("attendance", "items", "resolutions", "motions", "actions", "diagnostics"):
        for record in doc[key]:
            if record.get("span"):
                out.append((key, record.get("id"), record["span"]))
    return out


def check_links(where, page, doc, expected_lines):
    ids = page.ids
    if len(ids) != len(set(ids)):
        fail(where, "repeats an id: " + ", ".join(sorted({i for i in ids if ids.count(i) > 1})))
    numbers = [int(i[1:]) for i, _ in page.lines]
    if numbers != list(range(1, len(numbers) + 1)):
        fail(where, "does not number its lines L1..Ln in order")
    n = len(numbers)
    if [t for _, t in page.lines] != expected_lines:
        got = [t for _, t in page.lines]
        for k, (a, b) in enumerate(zip(got, expected_lines)):
            if a != b:
                fail(where, f"line {k + 1} shows {a!r}, the document's line is {b!r}")
                break
        else:
            fail(where, f"shows {len(got)} lines, the document has {len(expected_lines)}")
    ranges = []
    for a in page.links:
        href = a.get("href", "")
        if not href.startswith("#"):
            fail(where, f"links outside the page: {href}")
        elif "f" in a.get("class", "").split():
            m = re.fullmatch(r"#L([0-9]+)", href)
            start = int(m.group(1)) if m else 0
            end = int(a.get("data-end", start))
            if not m or not 1 <= start <= n or not start < end <= n and end != start:
                fail(where, f"fact link {href} (to L{end}) is not within lines 1..{n}")
            ranges.append((start, end, a.get("id")))
        elif href[1:] not in set(ids):
            fail(where, f"link {href} points at no id")
    for what, record_id, span in spans_of(doc):
        want = (span["start_line"], span["end_line"])
        if span["end_line"] > n:
            fail(where, f"{what} {record_id or ''} spans L{want[0]}-{want[1]}, past line {n}")
        if record_id and record_id not in ids and what != "attendance":
            fail(where, f"{what} {record_id} has no element")
        if not any((s, e) == want and (not record_id or i == record_id) for s, e, i in ranges):
            fail(where, f"{what} {record_id or ''} has no link to L{want[0]}-{want[1]}")
    if len(ranges) != len(spans_of(doc)):
        fail(where, f"has {len(ranges)} fact links for {len(spans_of(doc))} records with spans")


def check_index(out, inputs):
    where = "index.html"
    text = (out / where).read_text(encoding="utf-8")
    check_html5(where, text)
    page = Page()
    page.feed(text)
    check_self_contained(where, page, scripts=0)
    rows = sum(1 for tag, _ in page.tags if tag == "tr") - 2  # head and foot rows
    if rows != inputs:
        fail(where, f"lists {rows} documents, the batch had {inputs}")
    pages = [a["href"] for a in page.links]
    for href in pages:
        if not href.startswith("./") or ":" in href:
            fail(where, f"link {href!r} is not a plain relative path")
        elif not (out / urllib.parse.unquote(href[2:])).is_file():
            fail(where, f"links {href}, which does not exist")
    if len(pages) != len(list(out.rglob("*.html"))) - 1:
        fail(where, f"links {len(pages)} pages of {len(list(out.rglob('*.html'))) - 1}")
    if "not converted" not in text or "the file is empty" not in text:
        fail(where, "does not list the input that failed, with its reason")


def main():
    binary, root = sys.argv[1], pathlib.Path(sys.argv[2])
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        make_hostile(tmp / "hostile")
        out = tmp / "out"
        folders = [str(root / f) for f in FOLDERS] + [str(tmp / "hostile")]
        run = subprocess.run([binary, "batch", *folders, "-o", str(out), "--formats", "html,json",
                              "--no-progress"], capture_output=True, text=True)
        if run.returncode != 1 or "empty.txt: the file is empty" not in run.stderr:
            fail("batch", f"exit {run.returncode}, expected 1 for empty.txt only: {run.stderr}")
        inputs = 0
        # The batch's own state (.minutes/: manifest, CSV rows, index entries) is not output.
        for json_path in sorted(p for p in out.rglob("*.json") if ".minutes" not in p.parts):
            inputs += 1
            page_path = json_path.with_suffix(".html")
            where = str(page_path.relative_to(out))
            if not page_path.is_file():
                fail(where, "was not written")
                continue
            doc = json.loads(json_path.read_text(encoding="utf-8"))
            text = page_path.read_text(encoding="utf-8")
            check_html5(where, text)
            page = Page()
            page.feed(text)
            check_self_contained(where, page, scripts=1)
            check_links(where, page, doc, source_lines(binary, doc))
        check_index(out, inputs + 1)
    for f in failures:
        print("FAIL", f)
    print(f"html pages: {inputs} pages and the index checked, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
