"""Word-level diff: ops rebuild both texts; Arabic respellings are small marks."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.core.diff import (
    DiffOp,
    OpKind,
    apply_ops,
    diff_html,
    diff_stats,
    diff_words,
    source_of,
    tokenize,
)

WORDS = ["الحكومة", "الحكومه", "أعلنت", "اعلنت", "عَاجِل", "عاجل", "OpenGrid", "2026", "في", "،", "."]
texts = st.lists(
    st.one_of(
        st.sampled_from(WORDS), st.sampled_from([" ", "\n\n", "\n", "  "]), st.text(max_size=4)
    ),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(texts, texts)
def test_ops_rebuild_both_texts(old: str, new: str) -> None:
    ops = diff_words(old, new)
    assert apply_ops(ops) == new
    assert source_of(ops) == old


@given(st.text())
def test_tokenize_loses_nothing(text: str) -> None:
    assert "".join(tokenize(text)) == text


def test_adding_tashkeel_or_changing_hamza_is_a_respelling() -> None:
    ops = diff_words("أعلنت الحكومة قرارا عاجلا", "اعلنت الحكومة قرارًا عاجلا")
    assert [op.kind for op in ops] == [
        OpKind.RESPELL,
        OpKind.EQUAL,
        OpKind.RESPELL,
        OpKind.EQUAL,
    ]
    assert ops[0] == DiffOp(OpKind.RESPELL, "أعلنت", "اعلنت")
    stats = diff_stats(ops)
    assert (stats.inserted_words, stats.deleted_words, stats.respelt_words) == (0, 0, 2)


def test_a_real_change_is_delete_then_insert() -> None:
    ops = diff_words("قال الوزير إن الضرائب سترتفع", "قال الوزير إن الضرائب ستنخفض غدا")
    kinds = [op.kind for op in ops]
    assert kinds == [OpKind.EQUAL, OpKind.DELETE, OpKind.INSERT]
    assert ops[1].old == "سترتفع" and ops[2].new == "ستنخفض غدا"
    assert diff_stats(ops).inserted_words == 2


def test_html_is_rtl_aware_and_marks_changes() -> None:
    html = diff_html(
        "الفقرة الأولى\n\nThe second <b>one</b>", "الفقرة الأُولى الجديدة\n\nThe second <b>one</b>"
    )
    assert html.startswith('<div dir="auto"')
    assert html.count('<p dir="auto">') == 2
    assert "<ins" in html and "الجديدة</ins>" in html
    assert 'class="respell" title="الأولى"' in html
    assert "&lt;b&gt;" in html  # source text is escaped, never interpreted


def test_deleted_paragraph_is_shown_struck() -> None:
    html = diff_html("أول\n\nثان\n\nثالث", "أول\n\nثالث")
    assert "<del" in html and "ثان" in html


def test_context_folds_long_unchanged_stretches_and_anchors_the_first_change() -> None:
    old = "\n\n".join(f"فقرة رقم {n}" for n in range(10))
    new = old.replace("فقرة رقم 7", "فقرة رقم سبعة")
    html = diff_html(old, new, context=1)
    assert html.count('class="skipped"') == 2
    assert "فقرة رقم 6" in html and "فقرة رقم 8" in html and "فقرة رقم 2" not in html
    assert html.index('<a name="first-change"></a>') < html.index("<del")
    assert diff_html(old, old, context=1).count('class="skipped"') == 1
