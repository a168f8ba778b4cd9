/**
 * Dense linear solve in floating point (LU with partial pivoting). Used only
 * as the fast first step of the reciprocal method: its answer is then checked
 * and corrected in decimal (see allocation.ts), never trusted as is.
 */

/** Solves A x = b for each right-hand side; A is n×n row-major (copied, not modified). */
export function solve(a: readonly Float64Array[], rhs: readonly Float64Array[]): Float64Array[] {
  const n = a.length;
  const lu = a.map((row) => Float64Array.from(row));
  const perm = Array.from({ length: n }, (_, i) => i);
  for (let k = 0; k < n; k++) {
    let pivot = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(lu[i][k]) > Math.abs(lu[pivot][k])) pivot = i;
    if (lu[pivot][k] === 0) throw new Error("singular matrix");
    if (pivot !== k) {
      [lu[k], lu[pivot]] = [lu[pivot], lu[k]];
      [perm[k], perm[pivot]] = [perm[pivot], perm[k]];
    }
    const rowK = lu[k];
    const inv = 1 / rowK[k];
    for (let i = k + 1; i < n; i++) {
      const rowI = lu[i];
      const f = rowI[k] * inv;
      if (f === 0) continue;
      rowI[k] = f;
      for (let j = k + 1; j < n; j++) rowI[j] -= f * rowK[j];
    }
  }
  return rhs.map((b) => {
    const x = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let s = b[perm[i]];
      const row = lu[i];
      for (let j = 0; j < i; j++) s -= row[j] * x[j];
      x[i] = s;
    }
    for (let i = n - 1; i >= 0; i--) {
      let s = x[i];
      const row = lu[i];
      for (let j = i + 1; j < n; j++) s -= row[j] * x[j];
      x[i] = s / row[i];
    }
    return x;
  });
}
