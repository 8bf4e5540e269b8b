/**
 * Limited-memory BFGS for a smooth convex objective, deterministic (no randomness, a fixed cap on steps): the
 * fitter of the stance model's lexical part (scripts/calibrate-lexical.ts), whose thousands of weights are too many
 * for the Newton steps of src/score/fit-softmax.ts.
 */

/** The objective's value and gradient at a point. */
export type Objective = (x: readonly number[]) => { value: number; gradient: number[] };

export interface LbfgsOptions {
  /** steps at most; fixed so every run is identical */
  iterations: number;
  /** pairs of past steps kept */
  memory?: number;
  /** stop when the gradient's largest entry falls below this */
  tolerance?: number;
}

function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

function largest(v: readonly number[]): number {
  let m = 0;
  for (const x of v) m = Math.max(m, Math.abs(x));
  return m;
}
const ARMIJO = 1e-4;
const MAX_HALVINGS = 40;

/** The minimiser of `objective` from `start`. */
export function minimiseLbfgs(objective: Objective, start: readonly number[], options: LbfgsOptions): number[] {
  const memory = options.memory ?? 10;
  const tolerance = options.tolerance ?? 1e-6;
  let x = [...start];
  let { value, gradient } = objective(x);
  const steps: number[][] = [];
  const changes: number[][] = [];
  for (let it = 0; it < options.iterations; it++) {
    if (largest(gradient) < tolerance) break;
    const direction = twoLoop(gradient, steps, changes).map((v) => -v);
    let slope = dot(direction, gradient);
    if (slope >= 0) {
      // Not a descent direction (curvature memory gone stale): fall back to steepest descent.
      direction.forEach((_, i) => (direction[i] = -gradient[i]!));
      slope = -dot(gradient, gradient);
    }
    let step = it === 0 && steps.length === 0 ? 1 / Math.max(1, Math.sqrt(-slope)) : 1;
    let next = x.map((v, i) => v + step * direction[i]!);
    let trial = objective(next);
    for (let h = 0; h < MAX_HALVINGS && trial.value > value + ARMIJO * step * slope; h++) {
      step /= 2;
      next = x.map((v, i) => v + step * direction[i]!);
      trial = objective(next);
    }
    const s = next.map((v, i) => v - x[i]!);
    const y = trial.gradient.map((v, i) => v - gradient[i]!);
    if (dot(s, y) > 1e-12) {
      steps.push(s);
      changes.push(y);
      if (steps.length > memory) {
        steps.shift();
        changes.shift();
      }
    }
    x = next;
    value = trial.value;
    gradient = trial.gradient;
  }
  return x;
}

/** The L-BFGS two-loop recursion: the inverse-Hessian estimate times the gradient. */
function twoLoop(gradient: readonly number[], steps: readonly number[][], changes: readonly number[][]): number[] {
  const q = [...gradient];
  const alphas: number[] = [];
  for (let k = steps.length - 1; k >= 0; k--) {
    const rho = 1 / dot(changes[k]!, steps[k]!);
    const alpha = rho * dot(steps[k]!, q);
    alphas[k] = alpha;
    changes[k]!.forEach((v, i) => (q[i]! -= alpha * v));
  }
  if (steps.length > 0) {
    const last = steps.length - 1;
    const gamma = dot(steps[last]!, changes[last]!) / dot(changes[last]!, changes[last]!);
    q.forEach((v, i) => (q[i] = gamma * v));
  }
  for (let k = 0; k < steps.length; k++) {
    const rho = 1 / dot(changes[k]!, steps[k]!);
    const beta = rho * dot(changes[k]!, q);
    steps[k]!.forEach((v, i) => (q[i]! += (alphas[k]! - beta) * v));
  }
  return q;
}
