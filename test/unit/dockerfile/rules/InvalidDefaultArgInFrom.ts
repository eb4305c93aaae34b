/** BuildKit: with the global ARGs' defaults, the FROM image is empty or invalid. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "\nARG VERSION\nFROM ⟦busybox:$VERSION⟧" },
    { text: "\nARG IMAGE\nFROM ⟦$IMAGE⟧" },
    { text: "\nARG SFX=\"box:\"\nFROM ⟦busy${SFX}⟧" },
  ],
  accepts: [
    { text: "\nARG VERSION=\"latest\"\nFROM busybox:${VERSION}" },
    { text: "\nARG BUSYBOX_VARIANT=\"\"\nFROM busybox:stable${BUSYBOX_VARIANT}" },
    { text: "\nARG BUSYBOX_VARIANT\nFROM busybox:stable${BUSYBOX_VARIANT}" },
    { text: "ARG TAG=1.36\nFROM busybox:${TAG}" },
  ],
};
