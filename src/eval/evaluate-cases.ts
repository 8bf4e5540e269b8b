import type { DocumentInput } from '../model/document.js';
import type { OptionsInput } from '../model/options.js';
import { loadCaseFile, type CaseDocument, type CaseFile } from './case-file.js';
import { LIBRARY_PIPELINE, type AnalyzeFn } from './pipeline.js';
import { scoreCases, type CaseEvaluation } from './score-cases.js';

export type EvaluateCasesOptions = OptionsInput & {
  /** Count a conflict as reported when its score is at least this, instead of by band (medium/high). */
  threshold?: number;
  /** The pipeline under test; gainsay's own `analyze` by default. */
  analyze?: AnalyzeFn;
};

function toDocumentInput(doc: CaseDocument): DocumentInput {
  return { id: doc.id, source: doc.source, text: doc.text, ...(doc.publishedAt === undefined ? {} : { publishedAt: doc.publishedAt }) };
}

/** Validates a case file, analyzes each case's documents together and scores the reports (FORMAT.md). */
export function evaluateCases(caseFile: CaseFile | unknown, options: EvaluateCasesOptions = {}): CaseEvaluation {
  const { threshold, analyze = LIBRARY_PIPELINE.analyze, ...analyzeOptions } = options;
  const file = loadCaseFile(caseFile);
  const reports = file.cases.map((kase) => analyze({ documents: kase.documents.map(toDocumentInput) }, analyzeOptions));
  return scoreCases(file.cases, reports, threshold === undefined ? {} : { threshold });
}
