"""Write large WordPress exports (WXR 1.2) for the import benchmark and the memory test.

Posts are written one at a time (the file is never held in memory), with what a real news
site's export has: block-editor comments around paragraphs, percent-encoded Arabic slugs,
categories and tags, an author table, attachments with a parent post, comments, and a page
now and then. Text is seeded pseudo-Arabic prose from a fixed vocabulary, so the file needs
nothing from ``../shared`` and two posts are never near-duplicates by accident.

Usage: python -m benchmarks.wxr_corpus N OUT.xml [--seed S]   (write the file)
       python -m benchmarks.wxr_corpus N --measure             (import it into a fresh SQLite
                                                                file; time and peak memory)
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote
from xml.sax.saxutils import escape

WORDS = [
    "الحكومة",
    "وزارة",
    "المياه",
    "الطاقة",
    "الأسعار",
    "السوق",
    "المدينة",
    "العاصمة",
    "البلدية",
    "المشروع",
    "الخطة",
    "الطريق",
    "الحافلات",
    "النقل",
    "المدارس",
    "الطلاب",
    "الجامعة",
    "المستشفى",
    "الصحة",
    "الأطباء",
    "الموسم",
    "الزراعة",
    "المزارعين",
    "القمح",
    "الزيتون",
    "التصدير",
    "الاستيراد",
    "الميناء",
    "الشركة",
    "العمال",
    "الرواتب",
    "الضرائب",
    "الموازنة",
    "البرلمان",
    "النواب",
    "الانتخابات",
    "الرئيس",
    "الوزير",
    "المدير",
    "المجلس",
    "اللجنة",
    "التقرير",
    "الدراسة",
    "الأرقام",
    "النسبة",
    "ارتفاع",
    "انخفاض",
    "زيادة",
    "تراجع",
    "إطلاق",
    "افتتاح",
    "توقيع",
    "اتفاقية",
    "مؤتمر",
    "معرض",
    "مهرجان",
    "الثقافة",
    "الفنون",
    "الكتاب",
    "المسرح",
    "السينما",
    "الرياضة",
    "المنتخب",
    "البطولة",
    "المباراة",
    "الفريق",
    "المدرب",
    "اللاعبين",
    "الجمهور",
    "الطقس",
    "الأمطار",
    "الحرارة",
    "الرياح",
    "الثلوج",
    "البحر",
    "الصحراء",
    "الغابات",
    "البيئة",
    "التلوث",
    "النفايات",
    "الطاقة",
    "الشمسية",
    "الرياح",
    "الكهرباء",
    "الإنترنت",
    "الهاتف",
    "التطبيق",
    "المنصة",
    "الرقمية",
    "البيانات",
    "الأمن",
    "الشرطة",
    "المحكمة",
    "القانون",
    "القرار",
    "الحكم",
    "المواطنين",
    "السكان",
    "الأسر",
    "الأطفال",
    "النساء",
    "الشباب",
    "كبار",
    "السن",
    "قال",
    "أعلن",
    "أكد",
    "أوضح",
    "أشار",
    "أضاف",
    "كشف",
    "نفى",
    "بحث",
    "ناقش",
    "اعتمد",
    "أقر",
    "رفض",
    "طالب",
    "دعا",
    "حذر",
    "توقع",
    "اليوم",
    "أمس",
    "غدا",
    "الأسبوع",
    "الشهر",
    "العام",
    "المقبل",
    "الماضي",
    "خلال",
    "بعد",
    "قبل",
    "منذ",
    "حتى",
    "نحو",
    "أكثر",
    "أقل",
    "في",
    "من",
    "إلى",
    "على",
    "عن",
    "مع",
    "بين",
    "ضمن",
    "لدى",
    "عند",
    "حول",
    "دون",
    "بسبب",
    "رغم",
    "وفق",
    "حسب",
]
SECTIONS = ("محليات", "اقتصاد", "ثقافة", "رياضة", "تقنية", "بيئة", "عربي ودولي")
AUTHORS = (("layla", "ليلى حداد"), ("omar", "عمر الخطيب"), ("sara", "سارة منصور"))


def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 18))) + "."


def _paragraph(rng: random.Random) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(2, 4)))


def _cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def write_wxr(path: Path, n: int, seed: int = 0) -> Path:
    """A WXR file with ``n`` posts (plus a page every 50 posts and an image every 10)."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        out.write(
            '<?xml version="1.0" encoding="UTF-8" ?>\n'
            '<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n'
            "<title>موقع الأخبار</title><link>https://news.example</link>"
            "<language>ar</language><wp:wxr_version>1.2</wp:wxr_version>\n"
        )
        for login, name in AUTHORS:
            out.write(
                f"<wp:author><wp:author_login>{login}</wp:author_login>"
                f"<wp:author_display_name>{_cdata(name)}</wp:author_display_name></wp:author>\n"
            )
        post_id = 0
        for i in range(n):
            post_id += 1
            headline = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 10)))
            paragraphs = [_paragraph(rng) for _ in range(rng.randint(3, 7))]
            body = "\n\n".join(
                f"<!-- wp:paragraph -->\n<p>{escape(p)}</p>\n<!-- /wp:paragraph -->"
                for p in paragraphs
            )
            login = AUTHORS[i % len(AUTHORS)][0]
            day = f"2025-{1 + i % 12:02d}-{1 + i % 28:02d} {i % 24:02d}:{i % 60:02d}:00"
            slug = quote("-".join(headline.split()[:5]).encode("utf-8")).lower()
            status = "publish" if i % 7 else "draft"
            out.write(
                f"<item><title>{_cdata(headline)}</title>"
                f"<link>https://news.example/?p={post_id}</link>"
                f"<dc:creator>{login}</dc:creator>"
                f'<guid isPermaLink="false">https://news.example/?p={post_id}</guid>'
                f"<content:encoded>{_cdata(body)}</content:encoded>"
                f"<excerpt:encoded>{_cdata('')}</excerpt:encoded>"
                f"<wp:post_id>{post_id}</wp:post_id>"
                f"<wp:post_date>{day}</wp:post_date><wp:post_date_gmt>{day}</wp:post_date_gmt>"
                f"<wp:post_name>{slug}</wp:post_name><wp:status>{status}</wp:status>"
                f"<wp:post_parent>0</wp:post_parent><wp:post_type>post</wp:post_type>"
                f'<category domain="category" nicename="s{i % len(SECTIONS)}">'
                f"{_cdata(SECTIONS[i % len(SECTIONS)])}</category>"
                f'<category domain="post_tag" nicename="t{i % 40}">'
                f"{_cdata(rng.choice(WORDS))}</category>"
            )
            if i % 5 == 0:
                out.write(
                    "<wp:comment><wp:comment_id>1</wp:comment_id>"
                    f"<wp:comment_content>{_cdata('تعليق قارئ')}</wp:comment_content>"
                    "</wp:comment>"
                )
            out.write("</item>\n")
            if i % 10 == 0:
                post_id += 1
                out.write(
                    f"<item><title>صورة {post_id}</title><wp:post_id>{post_id}</wp:post_id>"
                    f"<wp:post_parent>{post_id - 1}</wp:post_parent>"
                    "<wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>"
                    f"<wp:attachment_url>https://news.example/uploads/{post_id}.jpg"
                    "</wp:attachment_url></item>\n"
                )
            if i % 50 == 0:
                post_id += 1
                out.write(
                    f"<item><title>صفحة {post_id}</title><wp:post_id>{post_id}</wp:post_id>"
                    "<wp:post_type>page</wp:post_type><wp:status>publish</wp:status></item>\n"
                )
        out.write("</channel>\n</rss>\n")
    return path


_MEASURE_IMPORT = """
import sys, time, resource
from pathlib import Path
from newsdesk.services.container import Services
services = Services.open(sys.argv[1])
started = time.perf_counter()
report = services.imports.import_files("wxr", [Path(sys.argv[2])])
elapsed = time.perf_counter() - started
print(report.added, f"{elapsed:.2f}", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

_MEASURE_READER = """
import sys, time, tracemalloc
from pathlib import Path
from newsdesk.importers.wxr import WxrReader
tracemalloc.start()
started = time.perf_counter()
count = sum(1 for item in WxrReader().read(Path(sys.argv[1])) if hasattr(item, "headline"))
elapsed = time.perf_counter() - started
print(count, f"{elapsed:.2f}", tracemalloc.get_traced_memory()[1])
"""


def _child(script: str, *args: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", script, *args], check=True, capture_output=True, text=True
    )
    return done.stdout.split()


def measure(n: int, seed: int = 0) -> dict[str, float]:
    """Import ``n`` generated posts into a fresh SQLite file, in a child process each:

    the whole import (time, peak RSS of the process) and the reader alone (time, and the peak
    of Python allocations by tracemalloc, which shows whether reading holds the file)."""
    with tempfile.TemporaryDirectory() as folder:
        wxr = write_wxr(Path(folder) / "export.xml", n, seed)
        db = f"sqlite:///{Path(folder) / 'newsroom.db'}"
        read, read_seconds, read_peak = _child(_MEASURE_READER, str(wxr))
        added, seconds, maxrss = _child(_MEASURE_IMPORT, db, str(wxr))
        return {
            "posts": n,
            "file_mib": wxr.stat().st_size / 2**20,
            "read": int(read),
            "read_seconds": float(read_seconds),
            "read_tracemalloc_peak_mib": int(read_peak) / 2**20,
            "added": int(added),
            "import_seconds": float(seconds),
            "import_max_rss_mib": int(maxrss) / 1024,
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--measure", action="store_true")
    args = parser.parse_args()
    if args.measure:
        started = time.perf_counter()
        result = measure(args.n, args.seed)
        print(" | ".join(f"{k}: {v:.1f}" for k, v in result.items()))
        print(f"(whole run, generating the file included: {time.perf_counter() - started:.1f} s)")
    elif args.out is None:
        parser.error("give OUT.xml or --measure")
    else:
        write_wxr(args.out, args.n, args.seed)


if __name__ == "__main__":
    main()
