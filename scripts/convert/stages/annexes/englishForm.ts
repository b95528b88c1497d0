/**
 * The English form the report gives a glossary term, for the English index of 別添8: the term itself
 * when it is written in Latin letters (`CSIRT`, `Apache Struts`); else a Latin phrase that opens the
 * explanation (`Reverse engineering。…`, `CEPTOAR（…）を参照。`, `NISCを参照。`); else a Latin gloss in
 * brackets that closes its first sentence (`…（Availability）。`), but not a cited standard (`（ISO22300）`).
 */
const LATIN_TERM = /^[\x21-\x7e][\x20-\x7e]*$/;
const OPENING = /^([A-Za-z][A-Za-z0-9 .,'&\-/]*[A-Za-z0-9])(?=\s*(?:[。（(]|の略|を参照))/;
const BRACKETED = /^[^。]*[（(]([A-Za-z][A-Za-z .,'&\-/]*[A-Za-z])[）)]。/;

export function englishForm(term: string, definition: string): string | undefined {
  if (LATIN_TERM.test(term)) return term;
  return definition.match(OPENING)?.[1] ?? definition.match(BRACKETED)?.[1];
}
