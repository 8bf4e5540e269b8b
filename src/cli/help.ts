import { VERSION } from '../report/provenance.js';

const COMMON = `Options:
  --format text|json|md|html  output format (default text); --json is --format json
  --out FILE                  write the output to FILE instead of standard output
  --fail-on low|medium|high|none
                              exit 1 when a new conflict is at or above this band (default high);
                              every conflict found is judged, whatever the display hides
  --min-band low|medium|high  hide conflicts below this band (default medium)
  --input-format text|markdown|html
                              how to read the input (default: from the extension; stdin is text)
  --sources FILE              JSON map from a file path or a citation marker to its source:
                              { "wire.txt": { "name": "Wire", "kind": "wire" }, "2": { "name": "Reuters" } }
  --config FILE               options (gainsay.config.json in the working directory when present)
  --baseline FILE             conflicts already reviewed: reported as known, never failing the gate
  --write-baseline FILE       write a baseline of every conflict found (they then pass the gate)
  -q, --quiet                 print only what fails the gate, and no summary line
  --no-color                  no colour (colour is used only when standard output is a terminal)
  --debug                     print the stack trace of an unexpected error
  -h, --help                  this help

Exit codes: 0 nothing new at or above --fail-on; 1 something is; 2 bad usage or unreadable input.
`;

export const HELP = `gainsay ${VERSION}: find where news sources contradict each other

Usage:
  gainsay check FILE... [-]            each file (or - for standard input) is one report
  gainsay article FILE                 one synthesized article whose [n] markers cite sources
  gainsay draft DRAFT --against FILE...
                                       a draft checked against its sources ([1], [2], … in order)
  gainsay eval cases FILE [--threshold SCORE] [--json]
  gainsay eval pairs FILE.jsonl [--threshold SCORE] [--json]
                                       labelled sentence pairs (premise, hypothesis, label
                                       entailment|contradiction|unknown, optional kind), one JSON a line
  gainsay eval fnc1 DIR [--json] [--predictions OUT.csv] [--decision fnc-score|most-likely|balanced]
  gainsay --version

${COMMON}
Examples:
  gainsay check wire-a.txt wire-b.md outlet-c.html
  gainsay check wires/*.txt --sources sources.json --fail-on medium
  gainsay check today/*.txt --json --out report.json
  cat story.txt | gainsay check -
  gainsay article examples/data/seed-article.txt --format html --out report.html
  gainsay draft draft.md --against reuters.txt ap.txt kremlin.html
  gainsay check wires/*.txt --write-baseline gainsay-baseline.json
  gainsay check wires/*.txt --baseline gainsay-baseline.json --fail-on medium
`;

export const CHECK_HELP = `Usage: gainsay check FILE... [-] [options]
Each file (or - for standard input) is one report from its own independent source, unless --sources
names it. Conflicts between and within the reports are listed.

${COMMON}`;

export const ARTICLE_HELP = `Usage: gainsay article FILE [--sources sources.json] [options]
One synthesized article whose [n] markers point at sources; --sources names them by marker.

${COMMON}`;

export const DRAFT_HELP = `Usage: gainsay draft DRAFT --against FILE... [options]
Checks each claim of DRAFT against the sources its [n] markers cite: supported, contradicted,
unverified or misattributed. The --against files stand for [1], [2], … in the order given, unless
their --sources entry has a "marker". The gate judges the contradicted claims' conflicts.

${COMMON}`;
