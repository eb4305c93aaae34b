/** ADD where COPY does the same. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM node:20\n⟦ADD⟧ app /app\nADD https://example.com/a.tgz /a\nADD rootfs.tar.gz /" },
  ],
  accepts: [
    { text: "FROM alpine\nADD --checksum=sha256:0000000000000000000000000000000000000000000000000000000000000000 https://example.com/x /x\nADD $SRC /dst" },
  ],
  fixes: [
    { text: "FROM alpine:3\n⟦ADD⟧ app /app", fixed: "FROM alpine:3\nCOPY app /app" },
  ],
};
