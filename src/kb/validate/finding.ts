/** One thing `kb validate` found. Errors fail the run (exit 1); warnings are for curators to weigh. */
export interface Finding {
  severity: 'error' | 'warning';
  /** Which check found it: stable, for filtering and tests. */
  check: 'schema' | 'https' | 'future-date' | 'collision' | 'unmatched' | 'empty';
  file: string;
  /** Field path inside the entry, e.g. "statements[0].url"; empty for the whole file. */
  path: string;
  message: string;
}
