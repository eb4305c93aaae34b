/** BuildKit (experimental): the comment above an ARG or a named FROM that does not start with its name. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "# check=experimental=InvalidDefinitionDescription\n# bar this is the bar\n⟦ARG⟧ foo=bar\n# BasE this is the BasE image\n⟦FROM⟧ scratch AS base\n# definitely a bad comment\n⟦ARG⟧ version=latest\n# definitely a bad comment\n⟦ARG⟧ foo=baz bar=qux baz=quux" },
    { text: "FROM alpine\n# check=experimental=InvalidDefinitionDescription\n# not the name\n⟦ARG⟧ X=1" },
  ],
  accepts: [
    { text: "# check=experimental=InvalidDefinitionDescription\n# foo this is the foo\nARG foo=bar\n\n# base this is the base image\nFROM scratch AS base\n\n# version this is the version number\nARG version=latest\n\n# baz this is the baz\nARG foo=baz bar=qux baz=quux\n#\nARG bit=bat\n\n# comment for something other than ARG or FROM\nCOPY Dockerfile ." },
    { text: "# not a description\nARG X=1" },
    { text: "# check=experimental=InvalidDefinitionDescription\n# a comment\n\nARG X=1" },
  ],
};
