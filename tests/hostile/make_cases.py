"""The hostile-input corpus: every case is made by a function here, deterministically, so
the repository holds no large or binary files. Each case says what `minutes parse` must do:
its exit status, words its error must contain, or diagnostic codes its JSON must carry."""
import io
import os
import zipfile
from dataclasses import dataclass, field


@dataclass
class Case:
    name: str                 # also the file name
    make: object              # function(path, scale) that creates the input
    status: int               # expected exit status of `minutes parse`
    error: str = ""           # words the error on stderr must contain (status 1)
    codes: list = field(default_factory=list)  # diagnostic codes the JSON must carry
    args: list = field(default_factory=list)   # extra command-line arguments
    big: bool = False         # a growth case: sized by --scale
    in_batch: bool = True     # also mixed into the batch check
    check: object = None      # function(json_document) -> error text or None


def write(data):
    def make(path, scale):
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode())
    return make


def copy(relative):
    def make(path, scale):
        root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        with open(os.path.join(root, relative), "rb") as f, open(path, "wb") as out:
            out.write(f.read())
    return make


def zip_of(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return out.getvalue()


def generated(fn):
    def make(path, scale):
        with open(path, "wb") as f:
            f.write(fn(scale))
    return make


MEETING = ("Parish Council\nMinutes of the meeting held on 4 March 2024 at 7pm\n\n"
           "Present: Cllr A Jones (Chair), Cllr B Patel\n\n1. Apologies\nNone.\n\n"
           "2. Planning\nResolved: that the application be supported.\n")


# -- PDF and DOCX makers ---------------------------------------------------------------------

def pdf_bytes(pages, encrypt=False):
    """A PDF of `pages` pages, each with one line of Helvetica text."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", None,
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for i in range(pages):
        # Lines at a height that changes from page to page: text at one height on every
        # page would be a running header, which the reader rightly removes.
        y = 700 - (i % 37) * 12
        text = (f"BT /F1 12 Tf 72 {y} Td (Item {i + 1}. The committee noted the report.) Tj "
                f"0 -16 Td (Resolved: that report {i + 1} be received.) Tj ET")
        stream = text.encode()
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        content = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 3 0 R >> >> >>" % content)
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), pages)
    trailer_extra = b""
    if encrypt:  # a standard security handler entry: the reader must refuse, not guess
        objects.append(b"<< /Filter /Standard /V 1 /R 2 /O <" + b"00" * 32 + b"> /U <" +
                       b"00" * 32 + b"> /P -4 >>")
        trailer_extra = b" /Encrypt %d 0 R /ID [<0123456789abcdef0123456789abcdef> " \
                        b"<0123456789abcdef0123456789abcdef>]" % len(objects)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (n, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, trailer_extra, xref))
    return out.getvalue()


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_bytes(document_xml, extra=None, compression=zipfile.ZIP_DEFLATED):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Override PartName="/word/document.xml" '
                   'ContentType="application/vnd.openxmlformats-officedocument.'
                   'wordprocessingml.document.main+xml"/></Types>')
        z.writestr("word/document.xml", document_xml)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return out.getvalue()


def paragraphs(lines):
    body = "".join(f"<w:p><w:r><w:t>{l}</w:t></w:r></w:p>" for l in lines)
    return f'<?xml version="1.0"?><w:document {W}><w:body>{body}</w:body></w:document>'


def docx_zip_bomb(scale):
    # 300 MiB of zeros compress to about 300 KiB: the reader must stop at its limit.
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            chunk = b"\0" * (1 << 20)
            for _ in range(300):
                f.write(chunk)
    return out.getvalue()


def docx_oversized_entry(scale):
    # A central directory that claims a 4 GiB document.xml: refused before inflating.
    data = bytearray(docx_bytes(paragraphs(["Minutes"])))
    name = b"word/document.xml"
    at = data.rfind(b"PK\x01\x02")
    while at != -1:
        name_len = int.from_bytes(data[at + 28:at + 30], "little")
        if data[at + 46:at + 46 + name_len] == name:
            data[at + 24:at + 28] = (0xFFFFFFF0).to_bytes(4, "little")
        at = data.rfind(b"PK\x01\x02", 0, at)
    return bytes(data)


LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">'
                    for i in range(1, 10))
          + ']>')
EXTERNAL = '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def no_passwd(doc):
    text = str(doc)
    return "root:" in text and "an external entity was expanded (/etc/passwd)" or None


def html(body):
    return f"<!DOCTYPE html><html><head><title>Minutes</title></head><body>{body}</body></html>"


def sized(scale, full, least):
    return max(least, int(full * scale))


def letters(n):
    """A word of letters for number n ("qa", "qb", …): a content word that no other text has."""
    word = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        word = chr(97 + r) + word
    return "q" + word


CASES = [
    # -- 3. growth: each parses in time and memory proportional to its size ---------------
    Case("long-line.txt", generated(lambda s: (MEETING.replace("\n", " ") * sized(s, 100000, 2000)).encode()),
         0, big=True),
    Case("million-bullets.txt", generated(lambda s: ("Minutes\n" + "".join(
        f"- bullet {i} of the notes\n" for i in range(sized(s, 1000000, 10000)))).encode()), 0, big=True),
    Case("resolved-lines.txt", generated(lambda s: ("Minutes\n1. Decisions\n" + "".join(
        f"Resolved: that report {i} be noted.\n" for i in range(sized(s, 100000, 2000)))).encode()),
         0, big=True),
    Case("motions-one-item.txt", generated(lambda s: ("Minutes\n1. Grants\n" + "".join(
        f"Resolved: That grant {i % 1000} be paid to the hall.\n\n"
        f"Cllr Reed proposed, seconded by Cllr Lee, that grant {i % 1000} be paid to the hall. Carried.\n\n"
        for i in range(sized(s, 20000, 500)))).encode()), 0, big=True),
    # Records that no motion matches: each motion is compared only with the records that share
    # one of its words, not with every record of the item.
    Case("unmatched-records-one-item.txt", generated(lambda s: ("Minutes\n1. Grants\n" + "".join(
        f"Resolved: That the {letters(i)} report be noted.\n\n"
        f"Cllr Reed proposed, seconded by Cllr Lee, that grant {i} be paid to the hall. Carried.\n\n"
        for i in range(sized(s, 16000, 500)))).encode()), 0, big=True),
    # One apologies sentence of many "for the" with no meeting named after them: each looks for
    # "meeting" only within the few words a meeting's name takes.
    Case("apologies-for-the.txt", generated(lambda s: ("Minutes\n1. Apologies\nApologies were received "
        "from Cllr Reed " + "for the hall " * sized(s, 200000, 2000) + ".\n").encode()), 0, big=True),
    # Topic lines whose owners stand after a colon or a comma: "X to …" is read at each one.
    Case("topic-lines.txt", generated(lambda s: ("Minutes\nPresent: Cllr Ann Reed\n\n1. Business\n" + "".join(
        f"Topic {i}: agreed, Cllr Reed to check the hall {i}, the Clerk to write to the club {i}.\n"
        for i in range(sized(s, 40000, 500)))).encode()), 0, big=True),
    # A ModernGov page: one layout table, a number cell and a cell of paragraphs in each row.
    Case("layout-table.html", generated(lambda s: html("<table>" + "".join(
        f"<tr><td><p>{i}.</p></td><td><p>Topic {i}</p><div><p>The report was presented.</p>"
        f"<p>RESOLVED: That the report be noted.</p></div></td></tr>"
        for i in range(1, sized(s, 20000, 300))) + "</table>").encode()), 0, big=True),
    Case("attendance-10000.txt", generated(lambda s: ("Minutes of the meeting on 4 March 2024\nPresent: " + ", ".join(
        f"Cllr Given{i} Family{i}" for i in range(sized(s, 10000, 1000))) + "\n\n1. Item\nNoted.\n").encode()),
         0, big=True),
    Case("same-name-repeated.txt", generated(lambda s: ("Present: Cllr A Smith, Cllr B Jones. " * sized(s, 50000, 2000)).encode()),
         0, big=True),
    Case("nested-lists-1000.md", generated(lambda s: ("# Minutes\n" + "".join(
        "  " * i + "- level\n" for i in range(1000))).encode()), 0),
    Case("nested-divs-1000.html", write(html("<div>" * 1000 + "Minutes" + "</div>" * 1000)), 0),
    Case("nested-lists-1000.html", write(html("<ul><li>Minutes" * 1000 + "</li></ul>" * 1000)), 0),
    Case("nested-tables-200.html", write(html("<table><tr><td>Minutes" * 200 + "</td></tr></table>" * 200)), 0),
    Case("pages-5000.pdf", generated(lambda s: pdf_bytes(sized(s, 5000, 200))), 0, big=True),
    Case("wide-table.md", generated(lambda s: ("# Minutes\n\n|" + "|".join(f"c{i}" for i in range(5000)) + "|\n|" +
                                               "---|" * 5000 + "\n|" + "x|" * 5000 + "\n").encode()), 0),
    Case("brackets.txt", write("Minutes\n" + "(" * 100000 + "\n" + "1." * 50000 + "\n"), 0),
    Case("one-word.txt", generated(lambda s: b"Minutes " + b"a" * sized(s, 10_000_000, 100000)), 0, big=True),
    Case("cr-only.txt", generated(lambda s: ("Minutes\r" + "".join(
        f"Line {i} of the notes\r" for i in range(sized(s, 200000, 5000)))).encode()), 0, big=True),
    # -- 4. hostile and broken input --------------------------------------------------------
    Case("binary.txt", write(bytes(range(256)) * 64), 1, error="not text"),
    Case("elf.txt", write(b"\x7fELF\x02\x01\x01" + bytes(500)), 1, error="not"),
    Case("empty.txt", write(b""), 1, error="empty"),
    Case("whitespace.txt", write(" \n\t\n\r\n   \n"), 1, error="whitespace"),
    Case("nul-bytes.txt", write(MEETING.replace("Apologies", "Apolo\0gies").encode()), 0,
         codes=["ingest.nul-bytes"]),
    Case("invalid-utf8.txt", write(MEETING.encode() + "Caf\u00e9 \u2013 notes ".encode() + b"bad \xc3 byte\n"), 0,
         codes=["ingest.invalid-bytes"], check=lambda d: None if "\ufffd" in str(d) else "no U+FFFD in the output"),
    Case("truncated-utf16.txt", write(b"\xff\xfe" + MEETING.encode("utf-16-le") + b"\x41"), 0,
         codes=["ingest.invalid-bytes"]),
    Case("lone-surrogate-utf16.txt", write(b"\xff\xfe" + MEETING.encode("utf-16-le") + b"\x00\xd8\x41\x00"), 0,
         codes=["ingest.invalid-bytes"]),
    Case("control-chars.txt", write(MEETING + "\x1b[31mred\x1b[0m \x07 bell\n"), 0),
    Case("utf8-bom-only.txt", write(b"\xef\xbb\xbf"), 1, error="no readable text"),
    Case("truncated.docx", generated(lambda s: docx_bytes(paragraphs(["Minutes"] * 50))[:400]), 1,
         error="truncated"),
    Case("corrupt-xml.docx", write(docx_bytes("<w:document><w:body><w:p>unclosed")), 1,
         error="not well-formed XML"),
    Case("not-word.docx", generated(lambda s: zip_of({"notes.txt": "Minutes"})), 1, error="not a Word document"),
    Case("zip-bomb.docx", generated(docx_zip_bomb), 1, error="limit"),
    Case("oversized-entry.docx", generated(docx_oversized_entry), 1, error=""),
    Case("billion-laughs.docx", write(docx_bytes(LAUGHS + f'<w:document {W}><w:body><w:p><w:r><w:t>'
                                                 "Minutes &lol9;</w:t></w:r></w:p></w:body></w:document>")), None),
    Case("external-entity.docx", write(docx_bytes(EXTERNAL + f'<w:document {W}><w:body><w:p><w:r><w:t>'
                                                  "Minutes &xxe;</w:t></w:r></w:p></w:body></w:document>")), None,
         check=no_passwd),
    Case("billion-laughs.html", write(LAUGHS.replace("lolz", "html") + "<html><body><p>Minutes &lol9;</p></body></html>"),
         None),
    Case("external-entity.html", write(EXTERNAL.replace(" d ", " html ") + "<html><body><p>Minutes &xxe;</p></body></html>"),
         None, check=no_passwd),
    Case("encrypted.pdf", write(pdf_bytes(2, encrypt=True)), 1, error="encrypted"),
    Case("truncated.pdf", generated(lambda s: pdf_bytes(20)[:900]), 1, error="PDF"),
    Case("garbage.pdf", write(b"%PDF-1.7\n" + bytes(range(256)) * 40), 1, error="PDF"),
    Case("no-text.pdf", generated(lambda s: pdf_bytes(1).replace(b"(Item 1. The committee noted the report.) Tj", b"").replace(
        b"(Resolved: that report 1 be received.) Tj", b"")),
         1, error="no text"),
    Case("legacy.doc", write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1000)), 1, error=".doc"),
    Case("rich.rtf.txt", write("{\\rtf1\\ansi Minutes of the meeting}"), 1, error="RTF"),
    Case("encrypted.docx", copy("tests/fixtures/bad/encrypted.docx"), 1, error="password"),
    # -- 5. safe output -----------------------------------------------------------------------
    Case("formula-cells.txt", write("=HYPERLINK(\"http://x\")\nMinutes of the meeting on 4 March 2024\n\n"
                                    "Present: +Cllr A Jones, @Cllr B Patel\n\n1. =SUM(A1)\nResolved: -that it be noted.\n"),
         0),
    Case("markup-injection.md", write("# Minutes <script>alert(1)</script>\n\nPresent: A | B, <img src=x onerror=y>\n\n"
                                      "## 1. Item | with bar\n\nResolved: that `code` and <b>bold</b> be noted.\n"), 0),
    # -- 6. limits ----------------------------------------------------------------------------
    Case("over-max-bytes.txt", write(MEETING * 20), 1, error="--max-bytes", args=["--max-bytes", "1000"],
         in_batch=False),
    Case("over-max-pages.pdf", write(pdf_bytes(12)), 1, error="--max-pages", args=["--max-pages", "10"],
         in_batch=False),
    Case("over-time-budget.txt", generated(lambda s: (MEETING * 3000).encode()), 1, error="--time-budget",
         args=["--time-budget", "0.000001"], in_batch=False),
]


if __name__ == "__main__":
    # make_cases.py FOLDER SCALE NAME: writes one case (run apart, so that the test runner's
    # own memory stays small and its children's peak memory is theirs alone).
    import sys
    folder, scale, name = sys.argv[1], float(sys.argv[2]), sys.argv[3]
    for case in CASES:
        if case.name == name:
            case.make(os.path.join(folder, name), scale)
