"""Offline vector-space variants for related stories, on the same measure as ``quality.py``.

The measure: over every 10th story of the shared corpus (300 stories), the share of the top-3
most similar *other* stories whose category equals the story's. Text only (title and body);
categories are used for nothing but the measure. The variants are the families the issue
names beyond BM25: TF-IDF with sublinear tf and cosine over our light stems, character n-gram
TF-IDF over normalised text, LSA (TruncatedSVD) over either, topic models (NMF, LDA), sums
of these, a same-cluster bonus (k-means over LSA) and a mutual-neighbour bonus.

scikit-learn is not a dependency of Newsdesk; install it into the venv to run this:
``.venv/bin/pip install scikit-learn``, then ``PYTHONPATH=src:. .venv/bin/python -m
benchmarks.related.variants`` (about 4 minutes of one core).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from benchmarks.corpus import SHARED_CORPUS, load_articles
from newsdesk.core import text
from newsdesk.core.similarity import terms_of

try:
    import numpy as np
    from sklearn.cluster import KMeans
    from sklearn.decomposition import NMF, LatentDirichletAllocation, TruncatedSVD
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
    from sklearn.preprocessing import normalize
except ImportError:  # pragma: no cover - an optional experiment
    sys.exit("this experiment needs scikit-learn: .venv/bin/pip install scikit-learn")


def top3_share(similarity: Any, categories: Any, sample: Any) -> float:
    rows = np.array(similarity[sample], dtype=float)
    rows[np.arange(len(sample)), sample] = -np.inf
    top = np.argpartition(-rows, 3, axis=1)[:, :3]
    return float((categories[top] == categories[sample][:, None]).mean())


def cosine(matrix: Any) -> Any:
    product = matrix @ matrix.T
    return product.toarray() if hasattr(product, "toarray") else product


def lsa(matrix: Any, dims: int) -> Any:
    return cosine(normalize(TruncatedSVD(dims, random_state=0).fit_transform(matrix)))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stories", type=int, default=300)
    args = parser.parse_args(argv)
    articles = load_articles(SHARED_CORPUS)
    categories = np.array([a["category"] for a in articles])
    sample = np.arange(0, len(articles), max(len(articles) // args.stories, 1))[: args.stories]
    bodies = [f"{a['title']}\n{a['body']}" for a in articles]
    stems = [" ".join(terms_of(b)) for b in bodies]
    folded = [text.normalize(b) for b in bodies]

    def tfidf(data: list[str], **options: Any) -> Any:
        return TfidfVectorizer(sublinear_tf=True, **options).fit_transform(data)

    x_stems = tfidf(stems, analyzer=str.split)
    x_chars = tfidf(folded, analyzer="char_wb", ngram_range=(2, 4), min_df=2)
    s_stems = cosine(x_stems)
    s_chars = cosine(x_chars)
    lsa_stems = lsa(x_stems, 100)
    lsa_chars = lsa(x_chars, 100)

    def cluster_bonus(k: int) -> Any:
        both = normalize(
            np.hstack(
                [TruncatedSVD(100, random_state=0).fit_transform(m) for m in (x_chars, x_stems)]
            )
        )
        labels = KMeans(k, n_init=4, random_state=0).fit_predict(both)
        return (labels[:, None] == labels[None, :]).astype(float)

    def topics_nmf(k: int) -> Any:
        return cosine(
            normalize(NMF(k, init="nndsvda", random_state=0, max_iter=300).fit_transform(x_stems))
        )

    def topics_lda(k: int) -> Any:
        counts = CountVectorizer(analyzer=str.split, min_df=3, max_df=0.3).fit_transform(stems)
        mix = LatentDirichletAllocation(k, learning_method="online", random_state=0, max_iter=15)
        root = np.sqrt(mix.fit_transform(counts))
        return root @ root.T  # Bhattacharyya coefficient of the topic mixtures

    def mutual_neighbours(similarity: Any, k: int = 10) -> Any:
        masked = similarity.copy()
        np.fill_diagonal(masked, -1)
        nearest = np.zeros_like(masked)
        np.put_along_axis(nearest, np.argsort(-masked, axis=1)[:, :k], 1, axis=1)
        return nearest * nearest.T

    variants: list[tuple[str, Callable[[], Any]]] = [
        ("TF-IDF sublinear, cosine, stems", lambda: s_stems),
        ("char_wb 2-4 TF-IDF", lambda: s_chars),
        (
            "char_wb 3-5 TF-IDF",
            lambda: cosine(tfidf(folded, analyzer="char_wb", ngram_range=(3, 5), min_df=2)),
        ),
        ("stems + char 2-4 (sum of cosines)", lambda: s_stems + s_chars),
        ("LSA 100 over stems", lambda: lsa_stems),
        ("LSA 300 over stems", lambda: lsa(x_stems, 300)),
        ("LSA 100 over char 2-4", lambda: lsa_chars),
        ("LSA 100 stems + LSA 100 chars", lambda: lsa_stems + lsa_chars),
        ("LSA stems + LSA chars + both lexical", lambda: lsa_stems + lsa_chars + s_stems + s_chars),
        ("stems + 0.2 × NMF 50 topics", lambda: s_stems + 0.2 * topics_nmf(50)),
        ("stems + 1 × LDA 50 topics", lambda: s_stems + topics_lda(50)),
        (
            "LSA both + 0.3 × same k-means cluster (k 30)",
            lambda: lsa_stems + lsa_chars + 0.3 * cluster_bonus(30),
        ),
        ("stems + 0.1 × mutual 10-NN", lambda: s_stems + 0.1 * mutual_neighbours(s_stems)),
    ]
    print(f"| variant | top-3 same category ({len(sample)} stories) |")
    print("|---|---|")
    for name, build in variants:
        print(f"| {name} | {top3_share(build(), categories, sample):.3f} |", flush=True)


if __name__ == "__main__":
    main()
