/** FROM --platform with a variable no ARG declares: the platform expands to nothing (or to no platform) and the build fails. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM --platform=⟦$BULIDPLATFORM⟧ scratch\nCOPY Dockerfile ." },
    { text: "ARG MY_OS=linux\nARG MY_ARCH=amd64\nFROM --platform=⟦linux/${MYARCH}⟧ busybox" },
  ],
  accepts: [
    { text: "FROM --platform=$BUILDPLATFORM scratch" },
    { text: "ARG BUILDPLATFORM=linux/amd64\nFROM --platform=$BUILDPLATFORM scratch" },
    { text: "ARG PLATFORM\nFROM --platform=$PLATFORM alpine" },
    { text: "FROM --platform=${P:-linux/arm64} alpine" },
    { text: "FROM --platform=linux/$TARGETARCH alpine" },
  ],
};
