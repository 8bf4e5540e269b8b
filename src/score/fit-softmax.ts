/**
 * Multinomial logistic regression (softmax) by penalised maximum likelihood, for the FNC-1 stance model
 * (scripts/calibrate-stance.ts). Pure and deterministic: damped Newton steps, a fixed count, no randomness.
 * The last class is the reference: its coefficients are held at 0, so the model is identified.
 */
import { solveLinear } from './fit.js';

export interface SoftmaxExample {
  /** one value per feature, in a fixed order */
  features: readonly number[];
  /** index of the true class */
  label: number;
}

export interface SoftmaxOptions {
  classes: number;
  /** L2 penalty (λ/2)·Σ w² on feature coefficients (not on the intercepts), added to the summed negative log-likelihood. */
  lambda: number;
  /** Newton steps: a fixed count keeps the result identical on every machine. */
  iterations: number;
}

export interface SoftmaxModel {
  /** per class: [intercept, w₁ … w_d]; the last class is all zeros */
  coefficients: number[][];
}

const MAX_HALVINGS = 30;

/** Class probabilities for one feature vector. */
export function softmaxProbabilities(model: SoftmaxModel, features: readonly number[]): number[] {
  const z = model.coefficients.map((w) => w.reduce((sum, wj, j) => sum + wj * (j === 0 ? 1 : features[j - 1]!), 0));
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const total = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / total);
}

/** The free coefficients (all classes but the last) as one vector, and back. */
function unpack(theta: readonly number[], classes: number, width: number): number[][] {
  const out: number[][] = [];
  for (let k = 0; k < classes - 1; k++) out.push(theta.slice(k * width, (k + 1) * width));
  out.push(new Array<number>(width).fill(0));
  return out;
}

/** An example as the fit reads it: [1, …features] and the positions where that is not 0 (zero terms add nothing). */
interface SparseExample {
  x: number[];
  nonzero: number[];
  label: number;
}

function sparse(examples: readonly SoftmaxExample[]): SparseExample[] {
  return examples.map((ex) => {
    const x = [1, ...ex.features];
    return { x, nonzero: x.flatMap((v, j) => (v === 0 ? [] : [j])), label: ex.label };
  });
}

/** Class probabilities over the example's non-zero features only (the same sums as softmaxProbabilities). */
function sparseProbabilities(coefficients: readonly (readonly number[])[], ex: SparseExample): number[] {
  const z = coefficients.map((w) => {
    let sum = 0;
    for (const j of ex.nonzero) sum += w[j]! * ex.x[j]!;
    return sum;
  });
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const total = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / total);
}

function objective(examples: readonly SparseExample[], theta: readonly number[], options: SoftmaxOptions, width: number): number {
  const coefficients = unpack(theta, options.classes, width);
  let total = 0;
  for (const ex of examples) total -= Math.log(Math.max(sparseProbabilities(coefficients, ex)[ex.label]!, Number.MIN_VALUE));
  theta.forEach((v, i) => {
    if (i % width !== 0) total += (options.lambda / 2) * v * v;
  });
  return total;
}

/**
 * Gradient and Hessian of the objective in the packed coordinates. Only non-zero feature pairs are visited, and only
 * the upper triangle is summed (the Hessian is symmetric), then mirrored.
 */
function newtonSystem(examples: readonly SparseExample[], theta: readonly number[], options: SoftmaxOptions, width: number) {
  const free = options.classes - 1;
  const n = free * width;
  const gradient = new Array<number>(n).fill(0);
  const hessian = Array.from({ length: n }, () => new Float64Array(n));
  const coefficients = unpack(theta, options.classes, width);
  for (const ex of examples) {
    const p = sparseProbabilities(coefficients, ex);
    const { x, nonzero } = ex;
    for (let k = 0; k < free; k++) {
      const residual = p[k]! - (ex.label === k ? 1 : 0);
      for (const j of nonzero) gradient[k * width + j]! += residual * x[j]!;
      for (let l = k; l < free; l++) {
        const curvature = p[k]! * ((k === l ? 1 : 0) - p[l]!);
        if (curvature === 0) continue;
        for (let a = 0; a < nonzero.length; a++) {
          const j = nonzero[a]!;
          const row = hessian[k * width + j]!;
          const scaled = curvature * x[j]!;
          for (let b = k === l ? a : 0; b < nonzero.length; b++) {
            const m = nonzero[b]!;
            row[l * width + m]! += scaled * x[m]!;
          }
        }
      }
    }
  }
  for (let r = 0; r < n; r++) for (let c = 0; c < r; c++) hessian[r]![c] = hessian[c]![r]!;
  for (let i = 0; i < n; i++) {
    if (i % width === 0) continue;
    gradient[i]! += options.lambda * theta[i]!;
    hessian[i]![i]! += options.lambda;
  }
  return { gradient, hessian: hessian.map((row) => Array.from(row)) };
}

/** Fits P(class k | x) ∝ exp(w_k · [1, x]) with the last class as reference. */
export function fitSoftmax(examples: readonly SoftmaxExample[], options: SoftmaxOptions): SoftmaxModel {
  const width = (examples[0]?.features.length ?? 0) + 1;
  const rows = sparse(examples);
  let theta = new Array<number>((options.classes - 1) * width).fill(0);
  let current = objective(rows, theta, options, width);
  for (let step = 0; step < options.iterations; step++) {
    const { gradient, hessian } = newtonSystem(rows, theta, options, width);
    const delta = solveLinear(hessian, gradient);
    let scale = 1;
    for (let h = 0; h < MAX_HALVINGS; h++, scale /= 2) {
      const next = theta.map((v, i) => v - scale * delta[i]!);
      const value = objective(rows, next, options, width);
      if (value <= current) {
        theta = next;
        current = value;
        break;
      }
    }
  }
  return { coefficients: unpack(theta, options.classes, width) };
}
