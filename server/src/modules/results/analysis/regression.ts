/** An ordinary least-squares fit y ≈ intercept + Σ coefficients[j]·x[j]. */
export interface OlsFit {
  intercept: number;
  coefficients: number[];
  /** Share of the variance in y the model explains (1 − SSres/SStot). */
  r2: number;
  /** Observations the fit used. */
  n: number;
}

/**
 * Fits an ordinary least-squares model with an intercept by Householder QR decomposition of the
 * design matrix (numerically steadier than solving the normal equations). Returns null when
 * there are too few observations or the regressors are collinear.
 */
export function fitOls(rows: readonly (readonly number[])[], y: readonly number[]): OlsFit | null {
  const n = rows.length;
  const k = (rows[0]?.length ?? 0) + 1;
  if (n !== y.length || n <= k) return null;
  // Column-major copy of [1 | X], and y, both overwritten by the decomposition.
  const a: Float64Array[] = Array.from({ length: k }, (_, j) =>
    Float64Array.from(rows, (r) => (j === 0 ? 1 : r[j - 1]!)),
  );
  const b = Float64Array.from(y);
  const diag = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    const col = a[j]!;
    let norm = 0;
    for (let i = j; i < n; i++) norm += col[i]! * col[i]!;
    norm = Math.sqrt(norm);
    if (norm === 0) return null;
    const alpha = col[j]! > 0 ? -norm : norm;
    // v = col[j..] − alpha·e1, stored in place.
    col[j] = col[j]! - alpha;
    let vv = 0;
    for (let i = j; i < n; i++) vv += col[i]! * col[i]!;
    diag[j] = alpha;
    if (vv === 0) continue;
    const reflect = (target: Float64Array) => {
      let dot = 0;
      for (let i = j; i < n; i++) dot += col[i]! * target[i]!;
      const f = (2 * dot) / vv;
      for (let i = j; i < n; i++) target[i] = target[i]! - f * col[i]!;
    };
    for (let c = j + 1; c < k; c++) reflect(a[c]!);
    reflect(b);
  }
  // R is upper triangular: diag on the diagonal, a[c][r] above it. Back-substitute.
  const scale = Math.max(...Array.from(diag, Math.abs));
  const beta = new Array<number>(k).fill(0);
  for (let r = k - 1; r >= 0; r--) {
    if (Math.abs(diag[r]!) <= scale * 1e-12) return null;
    let s = b[r]!;
    for (let c = r + 1; c < k; c++) s -= a[c]![r]! * beta[c]!;
    beta[r] = s / diag[r]!;
  }
  const mean = y.reduce((s, v) => s + v, 0) / n;
  let ssRes = 0;
  let ssTot = 0;
  for (let i = 0; i < n; i++) {
    const e = y[i]! - predict(beta, rows[i]!);
    ssRes += e * e;
    ssTot += (y[i]! - mean) ** 2;
  }
  return { intercept: beta[0]!, coefficients: beta.slice(1), r2: ssTot === 0 ? 1 : 1 - ssRes / ssTot, n };
}

function predict(beta: readonly number[], x: readonly number[]): number {
  let v = beta[0]!;
  for (let j = 0; j < x.length; j++) v += beta[j + 1]! * x[j]!;
  return v;
}

/** The model's value for one observation's regressors. */
export function predictOls(fit: Pick<OlsFit, 'intercept' | 'coefficients'>, x: readonly number[]): number {
  return predict([fit.intercept, ...fit.coefficients], x);
}
