/** A base image without a tag. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM ⟦node⟧\nFROM node:20 AS b\nFROM b\nFROM scratch\nFROM node@sha256:abc" },
    { text: "FROM ⟦localhost:5000/team/app⟧" },
  ],
  accepts: [
    { text: "FROM node:20\nFROM $IMAGE\nFROM localhost:5000/team/app:1" },
  ],
};
