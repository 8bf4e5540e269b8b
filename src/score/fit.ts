/**
 * A small logistic-regression fitter for calibrating the score (scripts/calibrate.ts).
 * Pure and deterministic: Newton's method with a fixed iteration count, no randomness, no I/O.
 */

export interface FitExample {
  /** one value per feature, in a fixed order */
  features: readonly number[];
  /** 1 for a real conflict, 0 otherwise */
  label: 0 | 1;
  /** how much this example counts in the likelihood; 1 by default */
  weight?: number;
}

export interface FitOptions {
  /** L2 penalty (λ/2)·Σ(wᵢ − priorᵢ)² on the feature weights, added to the summed negative log-likelihood; the bias is not penalised. */
  lambda: number;
  /** The weights the penalty pulls towards (a Gaussian prior's mean); all 0 by default. */
  prior?: readonly number[];
  /** Newton steps per fit: a fixed count keeps the result identical on every machine. */
  iterations: number;
  /**
   * Hold feature weights at or above zero: true for all, or one flag per feature. An active-set loop: the most
   * negative constrained weight is pinned to 0 and the rest refitted.
   */
  nonNegative: boolean | readonly boolean[];
}

export interface FittedModel {
  bias: number;
  weights: number[];
}

/** A pivot smaller than this is treated as a flat direction: that coordinate does not move in this step. */
const PIVOT_EPSILON = 1e-12;
/** Step halvings tried before a Newton step is given up as not improving the objective. */
const MAX_HALVINGS = 30;

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** ln(1 + e^z) without overflow. */
function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

/** Coefficient vector θ = [bias, w₁ … w_d]; only the coordinates in `free` may be non-zero. */
function logitOf(theta: readonly number[], features: readonly number[]): number {
  let z = theta[0]!;
  for (let j = 0; j < features.length; j++) z += theta[j + 1]! * features[j]!;
  return z;
}

/** The penalty's centre for coefficient j of θ (j ≥ 1). */
function priorOf(options: FitOptions, j: number): number {
  return options.prior?.[j - 1] ?? 0;
}

function objective(examples: readonly FitExample[], theta: readonly number[], options: FitOptions): number {
  let total = 0;
  for (const ex of examples) {
    const z = logitOf(theta, ex.features);
    total += (ex.weight ?? 1) * (softplus(z) - ex.label * z);
  }
  for (let j = 1; j < theta.length; j++) total += (options.lambda / 2) * (theta[j]! - priorOf(options, j)) ** 2;
  return total;
}

/** Solves A·x = b by Gaussian elimination with partial pivoting; a flat direction gets 0. */
export function solveLinear(matrix: readonly (readonly number[])[], rhs: readonly number[]): number[] {
  const n = rhs.length;
  const a = matrix.map((row, i) => [...row, rhs[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    if (Math.abs(a[col]![col]!) < PIVOT_EPSILON) continue;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const factor = a[r]![col]! / a[col]![col]!;
      for (let c = col; c <= n; c++) a[r]![c]! -= factor * a[col]![c]!;
    }
  }
  return a.map((row, i) => (Math.abs(row[i]!) < PIVOT_EPSILON ? 0 : row[n]! / row[i]!));
}

/** Gradient and Hessian of the objective over the free coordinates (index 0, the bias, is always free). */
function newtonSystem(examples: readonly FitExample[], theta: readonly number[], free: readonly number[], options: FitOptions) {
  const k = free.length;
  const gradient = new Array<number>(k).fill(0);
  const hessian = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (const ex of examples) {
    const w = ex.weight ?? 1;
    const p = sigmoid(logitOf(theta, ex.features));
    const x = free.map((j) => (j === 0 ? 1 : ex.features[j - 1]!));
    for (let r = 0; r < k; r++) {
      gradient[r]! += w * (p - ex.label) * x[r]!;
      for (let c = 0; c < k; c++) hessian[r]![c]! += w * p * (1 - p) * x[r]! * x[c]!;
    }
  }
  free.forEach((j, r) => {
    if (j === 0) return;
    gradient[r]! += options.lambda * (theta[j]! - priorOf(options, j));
    hessian[r]![r]! += options.lambda;
  });
  return { gradient, hessian };
}

/** Damped Newton over the free coordinates: each step is halved until the objective does not rise. */
function newton(examples: readonly FitExample[], dims: number, free: readonly number[], options: FitOptions): number[] {
  let theta = new Array<number>(dims + 1).fill(0);
  let current = objective(examples, theta, options);
  for (let step = 0; step < options.iterations; step++) {
    const { gradient, hessian } = newtonSystem(examples, theta, free, options);
    const delta = solveLinear(hessian, gradient);
    let scale = 1;
    for (let h = 0; h < MAX_HALVINGS; h++, scale /= 2) {
      const next = [...theta];
      free.forEach((j, r) => (next[j]! -= scale * delta[r]!));
      const value = objective(examples, next, options);
      if (value <= current) {
        theta = next;
        current = value;
        break;
      }
    }
  }
  return theta;
}

/**
 * Fits P(label = 1) = σ(bias + Σ wⱼ·xⱼ) by penalised maximum likelihood. Under `nonNegative`, a weight that
 * comes out below zero is pinned to 0 (the most negative first) and the rest refitted, until none is negative.
 */
export function fitLogistic(examples: readonly FitExample[], options: FitOptions): FittedModel {
  const dims = examples[0]?.features.length ?? 0;
  // A missing factor logs as NaN, and Newton steps on NaN never settle: name the example instead of spinning.
  const bad = examples.findIndex((e) => e.features.length !== dims || e.features.some((x) => !Number.isFinite(x)));
  if (bad >= 0) throw new RangeError(`fitLogistic: example ${bad} has ${examples[bad]!.features.length} features (expected ${dims}) or a non-finite one: ${examples[bad]!.features.join(', ')}`);
  let free = Array.from({ length: dims + 1 }, (_, j) => j);
  for (;;) {
    const theta = newton(examples, dims, free, options);
    const negatives = free.filter((j) => j > 0 && constrained(options, j) && theta[j]! < 0);
    if (negatives.length === 0) return { bias: theta[0]!, weights: theta.slice(1) };
    const worst = negatives.reduce((m, j) => (theta[j]! < theta[m]! ? j : m));
    free = free.filter((j) => j !== worst);
  }
}

function constrained(options: FitOptions, j: number): boolean {
  return typeof options.nonNegative === 'boolean' ? options.nonNegative : (options.nonNegative[j - 1] ?? false);
}

export function predict(model: FittedModel, features: readonly number[]): number {
  return sigmoid(logitOf([model.bias, ...model.weights], features));
}
