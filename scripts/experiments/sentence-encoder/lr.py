# Step 3 of the sentence-encoder experiment (README.md here): a logistic head on the embeddings, its threshold
# cross-validated on the texts outside held-out/, then read once on held-out. Usage: python3 lr.py <dir> [lambda]
import json, numpy as np, sys
DIR = sys.argv[1] if len(sys.argv) > 1 else '.'
cases = json.load(open(DIR + '/cases.json'))
D = 512
mean = np.fromfile(DIR + '/mean.f32', dtype=np.float32).reshape(-1, D)
mx = np.fromfile(DIR + '/max.f32', dtype=np.float32).reshape(-1, D)
X = np.hstack([mean, mx]).astype(np.float64)
n = len(cases)
part = np.array([c['part'] for c in cases]); batch = np.array([c['part'] + '/' + c['batch'] for c in cases])
expect = np.array([c['expect'] for c in cases]); lang = np.array([c.get('lang') or 'en' for c in cases])
rv = np.array([c['violation'] for c in cases]); rf = np.array([c['flagged'] for c in cases])
y = (expect == 'violation').astype(float)
train = (part != 'held') & (expect != 'allowed')
mu = X[train].mean(0); sd = X[train].std(0) + 1e-6
Xs = np.hstack([(X - mu) / sd, np.ones((n, 1))])

def fit(idx, lam=float(sys.argv[2]) if len(sys.argv) > 2 else 10.0, iters=12):
    A = Xs[idx]; t = y[idx]; w = np.zeros(A.shape[1])
    for _ in range(iters):
        p = 1 / (1 + np.exp(-A @ w))
        g = A.T @ (p - t) + lam * np.r_[w[:-1], 0]
        H = (A * (p * (1 - p))[:, None]).T @ A + lam * np.eye(A.shape[1])
        w -= np.linalg.solve(H, g)
    return w
# cross-validated scores on the non-held-out texts: 5 folds by batch
bs = sorted(set(batch[train]))
rng = np.random.default_rng(1); rng.shuffle(bs)
fold = {b: i % 5 for i, b in enumerate(bs)}
cv = np.zeros(n)
for f in range(5):
    tr = train & np.array([fold.get(b, -1) != f for b in batch])
    te = (part != 'held') & np.array([fold.get(b, -1) == f for b in batch])
    w = fit(np.where(tr)[0]); cv[te] = 1 / (1 + np.exp(-Xs[te] @ w))
w = fit(np.where(train)[0]); score = 1 / (1 + np.exp(-Xs @ w))
def gain(mask, s, th):
    vio = mask & (expect == 'violation'); cl = mask & (expect == 'clean')
    r0 = rv[vio].mean(); r1 = (rv[vio] | (s[vio] >= th)).mean()
    c0 = rf[cl].mean(); c1 = (rf[cl] | (s[cl] >= th)).mean()
    return r0, r1, c0, c1
# threshold on CV: the lowest threshold whose added clean flags stay <= 0.5 points on the non-held-out texts
nh = part != 'held'
ths = np.linspace(0.5, 0.9999, 400)
best = None
for th in ths:
    r0, r1, c0, c1 = gain(nh, cv, th)
    if c1 - c0 <= 0.005: best = th; break
r0, r1, c0, c1 = gain(nh, cv, best)
print(f'threshold {best:.4f} (cross-validated on batches 1-20 + training): recall {r0:.3f} -> {r1:.3f} (+{100*(r1-r0):.1f}), clean {c0:.3f} -> {c1:.3f} (+{100*(c1-c0):.1f})')
held = part == 'held'
r0, r1, c0, c1 = gain(held, score, best)
print(f'HELD OUT, first contact at that threshold: recall {r0:.3f} -> {r1:.3f} (+{100*(r1-r0):.1f}), clean {c0:.3f} -> {c1:.3f} (+{100*(c1-c0):.1f})')
en = held & (lang == 'en')
r0, r1, c0, c1 = gain(en, score, best)
print(f'  held out, English only: recall {r0:.3f} -> {r1:.3f} (+{100*(r1-r0):.1f}), clean {c0:.3f} -> {c1:.3f} (+{100*(c1-c0):.1f})')
for b in sorted(set(batch[held])):
    m = batch == b; r0, r1, c0, c1 = gain(m, score, best)
    print(f'  {b:22s} +{100*(r1-r0):5.1f} recall  +{100*(c1-c0):5.1f} clean')
print('curve on held out (read after the fact, not a first-contact figure):')
for th in [0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99]:
    r0, r1, c0, c1 = gain(held, score, th); print(f'  th {th}: +{100*(r1-r0):.1f} recall, +{100*(c1-c0):.1f} clean')
