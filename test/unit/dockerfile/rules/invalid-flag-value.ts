/** Flag values of the wrong kind. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM alpine:3\nRUN --network=⟦bridge⟧ --security=⟦unsafe⟧ echo\nHEALTHCHECK --interval=⟦5⟧ --timeout=⟦10sec⟧ --retries=⟦x⟧ CMD true\nCOPY --chmod=⟦999⟧ --link=⟦yes⟧ a /b\nADD --checksum=⟦md5:abc⟧ https://example.com/x /x\nCOPY ⟦--from⟧ a b" },
  ],
  accepts: [
    { text: "FROM --platform=$BUILDPLATFORM alpine:3 AS a\nHEALTHCHECK --interval=1m30s --timeout=500ms --start-period=0 --retries=3 CMD true\nCOPY --chmod=u+x --link --chown=1000:app a /b\nRUN --network=none --security=insecure echo" },
  ],
};
