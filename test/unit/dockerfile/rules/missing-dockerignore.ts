/** Copying the whole context with no .dockerignore beside the Dockerfile. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM alpine:3\n⟦COPY⟧ . /app" },
  ],
  accepts: [
    { text: "FROM alpine:3\nCOPY . /app", files: { ".dockerignore": ".git" } },
    { text: "FROM alpine:3\nCOPY . /app", files: { "Dockerfile.dockerignore": ".git" } },
    { text: "FROM alpine\nCOPY --from=build . /app" },
  ],
  fixes: [
    { text: "FROM node:20\n⟦COPY⟧ . .", fixed: "FROM node:20\nCOPY . ." },
  ],
};
