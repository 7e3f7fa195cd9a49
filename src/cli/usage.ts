/**
 * Help texts. Kept beside each other so `whosaid --help` and docs/cli.md are easy to compare.
 */
export const MAIN_USAGE = `Usage: whosaid <command> [options]

Who said what, when, to whom, on whose authority: sourced statements from news text.

Analyse:
  analyze <file…|->   find the statements in articles (plain text files or standard input)
  eval                score the analysis against annotated articles (whosaid eval --help)

Store (default ./whosaid.db; every command takes --db FILE):
  ingest <source…>    analyse and store files, directories, HTML, JSON(L), feeds, URLs
  reanalyze           re-run the analysis of articles stored by an older version
  statements          list statements, with filters (--speaker, --outlet, --about, --since …)
  actors              list actors; merge, split or rename them by hand
  actor <name>        one actor: roles over time, outlets, statements
  timeline            statements by day
  sources             per outlet: anonymous and second-hand sourcing
  clusters            quotes carried by several articles, first carrier first
  positions           where each actor stands on questions (--questions FILE), and shifts
  search <words>      full-text search over statements and articles
  export              statements as CSV or JSONL, the network of outlets and actors as GraphML
  serve               the store as a JSON API over HTTP (docs/api.md)

Run whosaid <command> --help for a command's options.

Options:
  -h, --help          show this help
  -V, --version       show the version

Exit codes: 0 success, 1 internal error, 2 usage error, 3 input or store error, 4 not found
(see docs/errors.md).
`;

export const ANALYZE_USAGE = `Usage: whosaid analyze [options] <file…|->

Reads each file (or standard input for "-"), decoded from UTF-8, UTF-16 with a byte order
mark, or Windows-1252, and prints who said what as a table.

Options:
  --json               print the analysis document as JSON (one input only)
  --jsonl              print one analysis document per input, one per line
  --published DATE     publication date of the article, YYYY-MM-DD
  --title TEXT         article title
  --outlet TEXT        publishing outlet
  --url URL            article address
  --max-bytes N        refuse inputs above N bytes (512k, 64M, …; default 10M,
                       or the WHOSAID_MAX_BYTES environment variable)
  --questions FILE     add each statement's stance on the questions of a YAML or
                       JSON file (support, open, conditional, oppose, neutral)
  --question TEXT      the same for one question given as a sentence
  --stance-model NAME  judge stances with this model instead of the rules
  --stance-url URL     its OpenAI-compatible endpoint (or WHOSAID_STANCE_URL and
                       WHOSAID_STANCE_MODEL; the key from WHOSAID_STANCE_KEY)
  --stance-cache FILE  keep the model's answers here (default
                       ~/.cache/whosaid/stances.json; "off" to keep none)
  -h, --help           show this help

With several inputs, a bad one is reported on stderr and the others are still analysed;
the exit code is then that of the first failure.
`;
