/** BuildKit: FROM using a variable no global ARG declares. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM ⟦$IMAGE⟧\nFROM --platform=$BUILDPLATFORM alpine:3" },
    { text: "\nFROM --platform=⟦$BULIDPLATFORM⟧ scratch" },
    { text: "\nARG tag=latest\nFROM busybox:${tag}⟦${version}⟧ AS b" },
  ],
  accepts: [
    { text: "\nARG base=scratch\nFROM $base" },
    { text: "\nARG BUILDPLATFORM=linux/amd64\nFROM --platform=$BUILDPLATFORM scratch" },
    { text: "\nFROM --platform=$BUILDPLATFORM scratch" },
    { text: "\nARG DEBUG\nFROM scratch${DEBUG}" },
    { text: "\nARG DEBUG\nFROM scra${DEBUG:-tch}" },
    { text: "\nARG DEBUG=\"\"\nFROM scratch${DEBUG-@bogus}" },
  ],
};
