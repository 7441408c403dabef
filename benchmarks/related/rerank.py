"""Offline BM25 variants and neighbour re-ranking for related stories, with a held-out sample.

The measure is ``quality.py``'s: the share of the top-3 most similar *other* stories whose
category equals the story's. Three columns: the benchmark's sample (where tunings are chosen),
a held-out sample (``quality.py --offset 5``, disjoint from it), and every story (the least
noisy figure). Categories are used for nothing else. With ``--db`` (a database that
``quality.py --db`` built) the stories are the ones its import kept (it drops near-duplicates:
2,997 of 3,000), in id order, and the samples are exactly ``quality.py``'s (every 9th story);
without it, all 3,000 articles in file order and every 10th.

The base is BM25 as the service computes it (``core.similarity``: normalised light stems of
headline, dek and body, Lucene idf, k1 1.2, b 0.75, a story's text score divided by its own
self score), over every term unless a variant says otherwise. The variants are the ideas of
issue 7's third round: pseudo-relevance feedback (Rocchio), shared-nearest-neighbour
re-ranking, neighbourhood smoothing and diffusion over the nearest-neighbour graph, query term
selection and a headline boost, BM25 k1/b, frequent terms dropped as stopwords (learned by
document frequency), word bigrams of adjacent stems, and mixes with LSA.

Needs numpy and scipy (scikit-learn brings both, and LSA): ``.venv/bin/pip install
scikit-learn``, then ``PYTHONPATH=src:. .venv/bin/python -m benchmarks.related.rerank
[--db quality.db]`` (about 40 s of CPU).
"""

from __future__ import annotations

import argparse
import itertools
import sqlite3
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.corpus import SHARED_CORPUS, load_articles
from newsdesk.core import text
from newsdesk.core.similarity import count_terms, terms_of

try:
    import numpy as np
    import scipy.sparse as sparse
    from sklearn.decomposition import TruncatedSVD
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.preprocessing import normalize
except ImportError:  # pragma: no cover - an optional experiment
    sys.exit("this experiment needs scikit-learn: .venv/bin/pip install scikit-learn")

K = 3


class Corpus:
    """Term counts of every story as sparse matrices over one vocabulary."""

    def __init__(self, articles: list[dict[str, Any]]) -> None:
        self.counts = [
            count_terms(a["title"], a.get("abstract") or "", a["body"]) for a in articles
        ]
        self.lengths = np.array([c.length for c in self.counts], dtype=float)
        self.vocabulary: dict[str, int] = {}
        self.bigrams = [self._bigrams(a) for a in articles]

    @staticmethod
    def _bigrams(article: dict[str, Any]) -> Counter[str]:
        out: Counter[str] = Counter()
        for part in (article["title"], article["body"]):
            stems = terms_of(part)
            out.update(f"{x}_{y}" for x, y in itertools.pairwise(stems))
        return out

    def matrix(self, title_boost: float = 1.0, bigram_weight: float = 0.0) -> Any:
        rows: list[int] = []
        cols: list[int] = []
        values: list[float] = []
        for i, counts in enumerate(self.counts):
            tf: Counter[str] = Counter()
            for term, n in counts.title.items():
                tf[term] += n * title_boost
            tf.update(counts.body)
            if bigram_weight:
                for term, n in self.bigrams[i].items():
                    tf[term] += n * bigram_weight
            for term, n in tf.items():
                rows.append(i)
                cols.append(self.vocabulary.setdefault(term, len(self.vocabulary)))
                values.append(n)
        shape = (len(self.counts), len(self.vocabulary))
        return sparse.csr_matrix((values, (rows, cols)), shape=shape)


def bm25(
    matrix: Any,
    lengths: Any,
    *,
    k1: float = 1.2,
    b: float = 0.75,
    stop_top: int = 0,
    query_terms: int = 0,
) -> Any:
    """Story × story BM25 scores, each row divided by the story's self score.

    ``stop_top`` drops the most frequent terms (by document frequency); ``query_terms`` keeps
    only a story's heaviest query terms, as the service's ``Tuning.query_terms`` does.
    """
    matrix = matrix.tocsr().astype(float)
    n = matrix.shape[0]
    df = np.asarray((matrix > 0).sum(0)).ravel()
    idf = np.log(1 + (n - df + 0.5) / (df + 0.5))
    if stop_top:
        idf[np.argsort(-df)[:stop_top]] = 0.0
    norm = (1 - b) + b * lengths / lengths.mean()
    docs = matrix.copy()
    row_of = np.repeat(np.arange(n), np.diff(docs.indptr))
    docs.data = docs.data * (k1 + 1) / (docs.data + k1 * norm[row_of])
    queries = docs.multiply(idf[None, :]).tocsr()
    if query_terms:
        queries = _heaviest(queries, query_terms)
    scores = (queries @ docs.T).toarray()
    own = np.diag(scores).copy()
    own[own <= 0] = 1.0
    return scores / own[:, None]


def _heaviest(queries: Any, keep: int) -> Any:
    queries = queries.tolil()
    for i in range(queries.shape[0]):
        data = np.array(queries.data[i])
        if len(data) > keep:
            chosen = np.sort(np.argpartition(-data, keep)[:keep])
            queries.rows[i] = [queries.rows[i][j] for j in chosen]
            queries.data[i] = list(data[chosen])
    return queries.tocsr()


def neighbours(similarity: Any, k: int) -> Any:
    """Row-stochastic sparse matrix: 1/k on each story's k nearest other stories."""
    masked = similarity.copy()
    np.fill_diagonal(masked, -np.inf)
    nearest = np.argpartition(-masked, k, axis=1)[:, :k]
    n = similarity.shape[0]
    rows = np.repeat(np.arange(n), k)
    return sparse.csr_matrix((np.full(n * k, 1.0 / k), (rows, nearest.ravel())), shape=(n, n))


def rocchio(similarity: Any, k: int, beta: float) -> Any:
    """Pseudo-relevance feedback: the story's vector plus β × the mean of its k nearest
    stories' vectors, scored against every story (linear, so done on the scores)."""
    return similarity + beta * (neighbours(similarity, k) @ similarity)


def shared_neighbours(similarity: Any, k: int, gamma: float) -> Any:
    """Add γ × the share of the story's k nearest stories that are also the candidate's."""
    near = neighbours(similarity, k) * k
    return similarity + gamma * (near @ near.T).toarray() / k


def smoothing(similarity: Any, k: int, beta: float) -> Any:
    """Add β × the mean similarity between the two stories' k nearest stories."""
    near = neighbours(similarity, k)
    return similarity + beta * (near @ (near @ similarity).T).T


def diffusion(similarity: Any, k: int, alpha: float, gamma: float, steps: int = 6) -> Any:
    """Add γ × a random walk with restart over the symmetric k-nearest-neighbour graph."""
    near = neighbours(similarity, k)
    graph = near.maximum(near.T)
    graph = sparse.diags(1.0 / np.asarray(graph.sum(1)).ravel()) @ graph
    walk = sparse.identity(similarity.shape[0], format="csr")
    reached = np.zeros(similarity.shape)
    for _ in range(steps):
        walk = alpha * (walk @ graph)
        reached += walk.toarray()
    return similarity + gamma * reached


def lsa(matrix: Any, dims: int) -> Any:
    weighted = TfidfTransformer(sublinear_tf=True).fit_transform(matrix)
    vectors = normalize(TruncatedSVD(dims, random_state=0).fit_transform(weighted))
    return vectors @ vectors.T


def from_counts(counts: list[Counter[str]]) -> tuple[Any, Any]:
    """A story × term matrix and the story lengths, from any term counts."""
    vocabulary: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    values: list[float] = []
    for i, counted in enumerate(counts):
        for term, n in counted.items():
            rows.append(i)
            cols.append(vocabulary.setdefault(term, len(vocabulary)))
            values.append(n)
    matrix = sparse.csr_matrix((values, (rows, cols)), shape=(len(counts), len(vocabulary)))
    return matrix, np.array([sum(c.values()) for c in counts], dtype=float)


def lead_counts(
    article: dict[str, Any], lead: float = 2.0, snowball: Any = None, light: bool = True
) -> Counter[str]:
    """Light stems of headline and dek, then of the body, the headline and first paragraph
    counted ``lead`` times; with a Snowball stemmer, its Arabic stems of the normalised words
    as well (or instead, without ``light``)."""
    head = article["title"] + "\n" + (article.get("abstract") or "")
    paragraphs = [p for p in article["body"].split("\n") if p.strip()]
    out: Counter[str] = Counter()
    for i, part in enumerate([head, *paragraphs]):
        weight = lead if i <= 1 else 1.0
        for term in terms_of(part) if light else ():
            out[term] += weight
        if snowball is not None:
            words = [w for w in text.tokens(part) if len(w) > 1 and not w.isdigit()]
            for term in snowball.stemWords(words):
                if len(term) > 1:
                    out["§" + term] += weight
    return out


def dirichlet(matrix: Any, mu: float) -> Any:
    """Query likelihood with Dirichlet smoothing, each row divided by the self score."""
    matrix = matrix.tocsr().astype(float)
    collection = np.asarray(matrix.sum(0)).ravel()
    share = collection / collection.sum()
    lengths = np.asarray(matrix.sum(1)).ravel()
    docs = matrix.copy()
    docs.data = np.log1p(docs.data / (mu * share[docs.indices]))
    scores = (matrix @ docs.T).toarray() + lengths[:, None] * np.log(mu / (lengths[None, :] + mu))
    return scores / np.abs(np.diag(scores))[:, None]


def per_story(similarity: Any, categories: Any, sample: Any) -> Any:
    rows = np.array(similarity[sample], dtype=float)
    rows[np.arange(len(sample)), sample] = -np.inf
    top = np.argpartition(-rows, K, axis=1)[:, :K]
    return (categories[top] == categories[sample][:, None]).mean(axis=1)


def imported(articles: list[dict[str, Any]], db: Path) -> list[dict[str, Any]]:
    """The articles a ``quality.py`` database holds, in its id order."""
    by_source = {str(a["id"]): a for a in articles}
    with sqlite3.connect(db) as connection:
        rows = connection.execute("SELECT source_id FROM articles ORDER BY id").fetchall()
    return [by_source[r[0]] for r in rows]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stories", type=int, default=300)
    parser.add_argument("--held-out", type=int, default=5, help="offset of the held-out sample")
    parser.add_argument("--db", type=Path, default=None, help="a database quality.py built")
    args = parser.parse_args(argv)
    articles = load_articles(SHARED_CORPUS)
    if args.db is not None:
        articles = imported(articles, args.db)
    categories = np.array([a["category"] for a in articles])
    n = len(articles)
    step = max(n // args.stories, 1)
    tune = np.arange(0, n, step)[: args.stories]
    held = np.arange(args.held_out, n, step)[: args.stories]
    everyone = np.arange(n)
    corpus = Corpus(articles)
    plain = corpus.matrix()
    base = bm25(plain, corpus.lengths)

    spread = [
        per_story(base, categories, np.arange(o, n, step)[: args.stories]).mean()
        for o in range(step)
    ]
    rng = np.random.default_rng(0)
    hits = per_story(base, categories, tune)
    error = np.std([hits[rng.integers(0, len(hits), len(hits))].mean() for _ in range(2000)])
    print(
        f"BM25 over the {step} disjoint samples of every {step}th story: "
        + ", ".join(f"{s:.3f}" for s in spread)
        + f"; bootstrap standard error of one sample: {error:.3f}\n"
    )

    lsa300 = lsa(plain, 300)
    leads = [lead_counts(a) for a in articles]
    variants: list[tuple[str, Callable[[], Any]]] = [
        ("BM25, every term (base)", lambda: base),
        ("50 query terms", lambda: bm25(plain, corpus.lengths, query_terms=50)),
        ("100 query terms", lambda: bm25(plain, corpus.lengths, query_terms=100)),
        (
            "30 query terms, headline ×3",
            lambda: bm25(corpus.matrix(title_boost=3.0), corpus.lengths, query_terms=30),
        ),
        ("headline ×3", lambda: bm25(corpus.matrix(title_boost=3.0), corpus.lengths)),
        ("k1 0.8", lambda: bm25(plain, corpus.lengths, k1=0.8)),
        ("k1 2.0", lambda: bm25(plain, corpus.lengths, k1=2.0)),
        ("b 0.3", lambda: bm25(plain, corpus.lengths, b=0.3)),
        ("b 1.0", lambda: bm25(plain, corpus.lengths, b=1.0)),
        ("20 most frequent terms as stopwords", lambda: bm25(plain, corpus.lengths, stop_top=20)),
        ("100 most frequent terms as stopwords", lambda: bm25(plain, corpus.lengths, stop_top=100)),
        (
            "stems + bigrams ×0.5",
            lambda: bm25(corpus.matrix(bigram_weight=0.5), corpus.lengths),
        ),
        ("stems + bigrams ×1", lambda: bm25(corpus.matrix(bigram_weight=1.0), corpus.lengths)),
        ("Rocchio k 5, β 0.5", lambda: rocchio(base, 5, 0.5)),
        ("Rocchio k 10, β 0.5", lambda: rocchio(base, 10, 0.5)),
        ("Rocchio k 10, β 2", lambda: rocchio(base, 10, 2.0)),
        ("Rocchio k 20, β 0.5", lambda: rocchio(base, 20, 0.5)),
        ("shared neighbours k 5, γ 0.2", lambda: shared_neighbours(base, 5, 0.2)),
        ("shared neighbours k 10, γ 0.3", lambda: shared_neighbours(base, 10, 0.3)),
        ("shared neighbours k 15, γ 0.2", lambda: shared_neighbours(base, 15, 0.2)),
        ("shared neighbours k 30, γ 0.5", lambda: shared_neighbours(base, 30, 0.5)),
        ("smoothing k 4, β 1", lambda: smoothing(base, 4, 1.0)),
        ("smoothing k 5, β 1", lambda: smoothing(base, 5, 1.0)),
        ("smoothing k 10, β 1", lambda: smoothing(base, 10, 1.0)),
        ("diffusion k 5, α 0.8, γ 2", lambda: diffusion(base, 5, 0.8, 2.0)),
        ("diffusion k 10, α 0.8, γ 2", lambda: diffusion(base, 10, 0.8, 2.0)),
        ("LSA 300 alone", lambda: lsa300),
        ("BM25 + 0.5 × LSA 300", lambda: base + 0.5 * lsa300),
        (
            "BM25 + 0.5 × LSA 300, shared neighbours k 10, γ 0.3",
            lambda: shared_neighbours(base + 0.5 * lsa300, 10, 0.3),
        ),
        (
            "BM25 + 0.5 × LSA 300, smoothing k 5, β 1",
            lambda: smoothing(base + 0.5 * lsa300, 5, 1.0),
        ),
        (
            "smoothing k 5 + shared neighbours k 10, γ 0.2",
            lambda: shared_neighbours(smoothing(base, 5, 1.0), 10, 0.2),
        ),
        (
            "Rocchio k 10, β 0.5, then shared neighbours k 10, γ 0.3",
            lambda: shared_neighbours(rocchio(base, 10, 0.5), 10, 0.3),
        ),
        (
            "BM25 + 0.5 × LSA 300, Rocchio k 10, β 0.5, shared neighbours k 10, γ 0.3",
            lambda: shared_neighbours(rocchio(base + 0.5 * lsa300, 10, 0.5), 10, 0.3),
        ),
        # Fourth round.
        ("symmetric BM25 (mean of both directions)", lambda: (base + base.T) / 2),
        *[
            (f"query likelihood, Dirichlet μ {mu}", lambda mu=mu: dirichlet(plain, mu))
            for mu in (100, 500, 2000)
        ],
        ("first paragraph and headline ×2", lambda: bm25(*from_counts(leads))),
    ]
    try:
        import Stemmer  # PyStemmer: Snowball's Arabic stemmer, heavier than the light stems
    except ImportError:
        print("(PyStemmer is not installed: the Snowball rows are left out)\n")
    else:
        snowball = Stemmer.Stemmer("arabic")
        both, lengths = from_counts([lead_counts(a, 2.0, snowball) for a in articles])
        mixed = bm25(both, lengths / 2) + lsa(both, 300)
        variants += [
            (
                "Snowball stems alone",
                lambda: bm25(
                    *from_counts([lead_counts(a, 1.0, snowball, light=False) for a in articles])
                ),
            ),
            ("first paragraph ×2, light + Snowball stems", lambda: bm25(both, lengths / 2)),
            ("the same + 1 × LSA 300 over them", lambda: mixed),
            (
                "the same, Rocchio k 10 β 0.5, shared neighbours k 15 γ 0.3",
                lambda: shared_neighbours(rocchio(mixed, 10, 0.5), 15, 0.3),
            ),
        ]
    print(f"| variant | tuning sample ({len(tune)}) | held-out ({len(held)}) | all ({n}) |")
    print("|---|---|---|---|")
    for name, build in variants:
        similarity = build()
        shares = [per_story(similarity, categories, s).mean() for s in (tune, held, everyone)]
        print(f"| {name} | " + " | ".join(f"{s:.3f}" for s in shares) + " |", flush=True)


if __name__ == "__main__":
    main()
