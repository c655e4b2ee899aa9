"""The statistical layer's trainer on scikit-learn and numpy (the optional `train` extra:
`pip install -e '.[train]'`). The running app never imports this module: the model it writes
is the same JSON (`phrases/model.json`), scored in pure Python by statistical.py.

It fits the same model as `training.fit`: the same features (statistical.features, kept when
seen in at least MIN_DOCUMENTS posts), the same naive Bayes log-count ratios, and the same
logistic regression with the intercept fixed at BIAS, trained by AdaGrad with an L2 penalty in
the same seeded order. scikit-learn builds the sparse post-by-feature matrix and the document
frequencies; numpy does the counting and the updates, each one the same floating-point
operation in the same order as the pure-Python trainer, so on one machine the two give the same
weights (`train_screener --check` allows training.WEIGHT_TOLERANCE for other C libraries).
scikit-learn's own solvers are not used: none fits a fixed intercept with AdaGrad, and a
different optimum would be a different model (a new version, judged on a fresh round).
"""

from __future__ import annotations

import math
import random

try:
    import numpy as np
    from sklearn.feature_extraction.text import CountVectorizer
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        "training with scikit-learn needs the train extra: pip install -e '.[train]'"
    ) from exc

from . import statistical
from .screener import normalise
from .training import (
    BIAS,
    EPOCHS,
    L2,
    LEARNING_RATE,
    MIN_DOCUMENTS,
    MIN_WEIGHT,
    NB_ALPHA,
    ROUND_DIGITS,
    SEED,
    Exclude,
)


def _features(normalised_text: str) -> list[str]:
    return list(statistical.features(normalised_text))


def fit(
    texts: list[str],
    targets: list[int],
    repeats: list[int] | None = None,
    exclude: Exclude | None = None,
) -> tuple[float, dict[str, float]]:
    """`training.fit` on a sparse matrix: (BIAS, {feature: weight}); `repeats` and `exclude`
    as there."""
    repeats = repeats or [1] * len(texts)
    vectoriser = CountVectorizer(
        analyzer=_features, binary=True, min_df=MIN_DOCUMENTS, dtype=np.int64
    )
    matrix = vectoriser.fit_transform([normalise(text).text for text in texts]).tocsr()
    matrix.sort_indices()  # features in sorted order, as the pure-Python trainer sums them
    names = vectoriser.get_feature_names_out()
    y = np.asarray(targets, dtype=np.int64)
    k = np.asarray(repeats, dtype=np.int64)
    # integer counts, each post counted `repeats` times: exact, as in the pure-Python trainer
    positive = np.asarray(matrix[y == 1].T @ k[y == 1]).ravel()
    negative = np.asarray(matrix[y == 0].T @ k[y == 0]).ravel()
    smoothing = NB_ALPHA * len(names)
    p_total = int(positive.sum()) + smoothing
    n_total = int(negative.sum()) + smoothing
    ratio = np.array(
        [
            math.log(((int(p) + NB_ALPHA) / p_total) / ((int(n) + NB_ALPHA) / n_total))
            for p, n in zip(positive, negative, strict=True)
        ]
    )
    weights = np.zeros(len(names))
    squares = np.zeros(len(names))
    rows = [matrix.indices[matrix.indptr[i] : matrix.indptr[i + 1]] for i in range(len(texts))]
    if exclude:
        excluded = exclude(
            [[str(names[j]) for j in row] for row in rows],
            targets,
            {str(name): r for name, r in zip(names, ratio.tolist(), strict=True)},
        )
        dropped = np.array([str(name) in excluded for name in names])
        rows = [row[~dropped[row]] for row in rows]
    order = [i for i in range(len(texts)) for _ in range(repeats[i])]
    rng = random.Random(SEED)
    for _epoch in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            idx = rows[i]
            # a running sum (cumsum) adds in the same order as Python's sum()
            total = float(np.cumsum(weights[idx] * ratio[idx])[-1]) if len(idx) else 0
            z = BIAS + total
            p = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
            gradient = p - int(y[i])
            g = gradient * ratio[idx] + L2 * weights[idx]
            squares[idx] += g * g
            weights[idx] -= LEARNING_RATE * g / (np.sqrt(squares[idx]) + 1e-8)
    kept = {}
    for name, w, r in zip(names, weights.tolist(), ratio.tolist(), strict=True):
        combined = round(w * r, ROUND_DIGITS)
        if abs(combined) >= MIN_WEIGHT:
            kept[str(name)] = combined
    return BIAS, kept
