"""Several answers per question, run on a sandbox and chosen by the result most agree on."""
