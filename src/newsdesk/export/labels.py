"""The words the exported site itself prints, per site language (Arabic first, English else).

These are the site's words, not the desktop app's: they follow the site's language setting, not
the editor's interface language, so they live here and not in the Qt translation files.
"""

from __future__ import annotations

from typing import Final

LABELS: Final[dict[str, dict[str, str]]] = {
    "ar": {
        "related": "مقالات ذات صلة",
        "you_missed": "فاتك",
        "latest": "آخر الأخبار",
        "sections": "الأقسام",
        "section": "قسم",
        "tag": "وسم",
        "author": "الكاتب",
        "archive": "الأرشيف",
        "archive_month": "أرشيف",
        "by": "بقلم",
        "published": "نُشر في",
        "corrected": "تصحيح",
        "corrections": "تصحيحات",
        "tags": "الوسوم",
        "page": "صفحة",
        "of": "من",
        "next": "الصفحة التالية",
        "previous": "الصفحة السابقة",
        "pages": "الصفحات",
        "home": "الرئيسية",
        "not_found": "الصفحة غير موجودة",
        "not_found_text": "لم نجد الصفحة التي تبحث عنها. ربما نُقلت أو حُذفت.",
        "back_home": "العودة إلى الصفحة الرئيسية",
        "withdrawn": "سُحب هذا الخبر",
        "withdrawn_text": "سحبت هيئة التحرير هذا الخبر ولم يعد متاحاً.",
        "withdrawn_on": "تاريخ السحب",
        "skip": "انتقل إلى المحتوى",
        "feeds": "الخلاصات",
        "stories": "خبر",
        "image_credit": "تصوير",
    },
    "en": {
        "related": "Related posts",
        "you_missed": "You missed",
        "latest": "Latest news",
        "sections": "Sections",
        "section": "Section",
        "tag": "Tag",
        "author": "Author",
        "archive": "Archive",
        "archive_month": "Archive",
        "by": "By",
        "published": "Published",
        "corrected": "Correction",
        "corrections": "Corrections",
        "tags": "Tags",
        "page": "Page",
        "of": "of",
        "next": "Next page",
        "previous": "Previous page",
        "pages": "Pages",
        "home": "Home",
        "not_found": "Page not found",
        "not_found_text": "We could not find the page you were looking for. It may have moved.",
        "back_home": "Back to the front page",
        "withdrawn": "This story was withdrawn",
        "withdrawn_text": "The editors withdrew this story; it is no longer available.",
        "withdrawn_on": "Withdrawn on",
        "skip": "Skip to content",
        "feeds": "Feeds",
        "stories": "stories",
        "image_credit": "Photo",
    },
}


def labels_for(language: str) -> dict[str, str]:
    return LABELS.get(language.split("-")[0].lower(), LABELS["en"])
