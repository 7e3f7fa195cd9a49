/**
 * Full-batch L-BFGS (memory 10) with an Armijo backtracking line search, for the cue tagger's
 * training: deterministic, no sampling.
 */

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (b[i] as number);
  return s;
}

/** Minimises the regularised log loss from `w` (changed in place) with L-BFGS (memory 10). */
export function fit(objective: (w: Float64Array, grad: Float64Array) => number, w: Float64Array, iterations: number, label: string, log: (line: string) => void): void {
  const n = w.length;
  const memory = 10;
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  let g = new Float64Array(n);
  let f = objective(w, g);
  const dir = new Float64Array(n);
  const wNew = new Float64Array(n);
  let gNew = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    // two-loop recursion: dir = -H g
    dir.set(g);
    const alpha: number[] = new Array<number>(S.length);
    for (let k = S.length - 1; k >= 0; k--) {
      const a = (rho[k] as number) * dot(S[k] as Float64Array, dir);
      alpha[k] = a;
      const yk = Y[k] as Float64Array;
      for (let i = 0; i < n; i++) dir[i] = (dir[i] as number) - a * (yk[i] as number);
    }
    if (S.length > 0) {
      const last = S.length - 1;
      const gamma = dot(S[last] as Float64Array, Y[last] as Float64Array) / dot(Y[last] as Float64Array, Y[last] as Float64Array);
      for (let i = 0; i < n; i++) dir[i] = (dir[i] as number) * gamma;
    } else {
      const norm = Math.sqrt(dot(g, g));
      for (let i = 0; i < n; i++) dir[i] = (dir[i] as number) / Math.max(norm, 1);
    }
    for (let k = 0; k < S.length; k++) {
      const b = (rho[k] as number) * dot(Y[k] as Float64Array, dir);
      const sk = S[k] as Float64Array;
      const a = alpha[k] as number;
      for (let i = 0; i < n; i++) dir[i] = (dir[i] as number) + (a - b) * (sk[i] as number);
    }
    for (let i = 0; i < n; i++) dir[i] = -(dir[i] as number);
    let slope = dot(g, dir);
    if (slope >= 0) {
      // not a descent direction: restart from steepest descent
      S.length = 0;
      Y.length = 0;
      rho.length = 0;
      for (let i = 0; i < n; i++) dir[i] = -(g[i] as number);
      slope = dot(g, dir);
    }
    // backtracking line search (Armijo)
    let step = 1;
    let fNew = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let i = 0; i < n; i++) wNew[i] = (w[i] as number) + step * (dir[i] as number);
      fNew = objective(wNew, gNew);
      if (fNew <= f + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(fNew < f)) break;
    const s = new Float64Array(n);
    const yv = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = (wNew[i] as number) - (w[i] as number);
      yv[i] = (gNew[i] as number) - (g[i] as number);
    }
    const sy = dot(s, yv);
    if (sy > 1e-10) {
      S.push(s);
      Y.push(yv);
      rho.push(1 / sy);
      if (S.length > memory) {
        S.shift();
        Y.shift();
        rho.shift();
      }
    }
    w.set(wNew);
    const swap = g;
    g = gNew;
    gNew = swap;
    const decrease = (f - fNew) / Math.max(1, Math.abs(f));
    f = fNew;
    if ((it + 1) % 25 === 0) log(`  ${label} iteration ${it + 1}: loss ${f.toFixed(1)}`);
    if (decrease < 1e-9) break;
  }
}
