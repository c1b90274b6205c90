#!/usr/bin/env python3
"""The comparison of the citydefs benchmark: the same job in spirit, written with scikit-learn.

    /usr/bin/python3 bench/sklearn_pipeline.py CSV [OUTDIR] [--min-df N] [--terms N] [--k N]

Needs Debian's python3-sklearn (`apt-get install -y python3-sklearn`), which installs for
/usr/bin/python3. Reads the CSV's `text` column; TF-IDF over 1-3-grams with English stop words;
the top terms (default 400) by document frequency; their term x term co-occurrence
(X_bin.T @ X_bin) turned into cosine association; spectral clustering of that affinity (k = 8);
writes terms.csv (term, df, tfidf_sum, cluster) and clusters.csv (cluster, size, top terms) to
OUTDIR (default: sklearn-out next to the CSV). Prints one JSON line with counts, stage seconds
and the peak RSS of this process (kB).
"""
import argparse
import csv
import json
import os
import resource
import sys
import time

import numpy as np
import sklearn
from sklearn.cluster import SpectralClustering
from sklearn.feature_extraction.text import TfidfVectorizer


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('csv')
    ap.add_argument('outdir', nargs='?')
    ap.add_argument('--min-df', type=int, default=2)
    ap.add_argument('--terms', type=int, default=400)
    ap.add_argument('--k', type=int, default=8)
    args = ap.parse_args()
    outdir = args.outdir or os.path.join(os.path.dirname(os.path.abspath(args.csv)), 'sklearn-out')
    os.makedirs(outdir, exist_ok=True)
    timings = {}
    t = time.perf_counter()

    csv.field_size_limit(sys.maxsize)
    with open(args.csv, newline='', encoding='utf-8-sig') as f:
        texts = [row.get('text') or '' for row in csv.DictReader(f)]
    timings['read'] = time.perf_counter() - t
    t = time.perf_counter()

    vectorizer = TfidfVectorizer(ngram_range=(1, 3), stop_words='english', min_df=args.min_df, dtype=np.float32)
    X = vectorizer.fit_transform(texts)
    vocab = vectorizer.get_feature_names_out()
    timings['tfidf'] = time.perf_counter() - t
    t = time.perf_counter()

    X = X.tocsc()
    df = np.diff(X.indptr)
    top = np.argsort(-df, kind='stable')[: args.terms]
    Xt = X[:, top].tocsr()
    Xb = Xt.copy()
    Xb.data[:] = 1
    C = (Xb.T @ Xb).toarray().astype(np.float64)
    diag = np.sqrt(np.maximum(np.diag(C), 1))
    A = C / diag[:, None] / diag[None, :]
    np.fill_diagonal(A, 0)
    timings['cooccurrence'] = time.perf_counter() - t
    t = time.perf_counter()

    k = min(args.k, len(top))
    labels = SpectralClustering(n_clusters=k, affinity='precomputed', random_state=0, assign_labels='discretize').fit_predict(A) if k > 1 else np.zeros(len(top), dtype=int)
    timings['cluster'] = time.perf_counter() - t
    t = time.perf_counter()

    tfidf_sum = np.asarray(Xt.sum(axis=0)).ravel()
    with open(os.path.join(outdir, 'terms.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['term', 'df', 'tfidf_sum', 'cluster'])
        for i, j in enumerate(top):
            w.writerow([vocab[j], int(df[j]), round(float(tfidf_sum[i]), 4), int(labels[i])])
    with open(os.path.join(outdir, 'clusters.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['cluster', 'size', 'top_terms'])
        for c in range(k):
            members = [vocab[top[i]] for i in range(len(top)) if labels[i] == c]
            w.writerow([c, len(members), '; '.join(members[:10])])
    timings['write'] = time.perf_counter() - t

    print(json.dumps({
        'definitions': len(texts),
        'vocabulary': len(vocab),
        'terms': int(len(top)),
        'clusters': int(k),
        'timings': {name: round(s * 1000) for name, s in timings.items()},
        'maxRSS': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        'sklearn': sklearn.__version__,
        'python': sys.version.split()[0],
    }))


if __name__ == '__main__':
    main()
