/** BuildKit: COPY/ADD of what .dockerignore excludes, COPY . . included. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM alpine:3\nCOPY ⟦secrets.env⟧ /app/\nCOPY ⟦node_modules/x⟧ /y\nCOPY src /src", files: { ".dockerignore": "*.env\nnode_modules\n!src" } },
    { text: "FROM scratch\nCOPY ⟦Dockerfile⟧ .\nADD ⟦Dockerfile⟧ /windy", files: { ".dockerignore": "Dockerfile" } },
    { text: "FROM alpine\nCOPY ⟦.⟧ .", files: { ".dockerignore": "*" } },
    { text: "FROM alpine\nCOPY ⟦./a//b⟧ /x", files: { "Dockerfile.dockerignore": "a/b", ".dockerignore": "" } },
  ],
  accepts: [
    { text: "FROM scratch AS base\nCOPY Dockerfile /foobar\nADD Dockerfile /windy\nFROM base\nCOPY --from=base /foobar /Dockerfile", files: { ".dockerignore": "foobar" } },
    { text: "FROM alpine\nCOPY xnode_modules /x", files: { ".dockerignore": "**/node_modules" } },
    { text: "FROM alpine\nCOPY . .", files: { ".dockerignore": "*\n!src" } },
    { text: "FROM alpine\nCOPY . .\nCOPY $X /y\nADD https://example.com/a.txt /a", files: { ".dockerignore": "a.txt\nnode_modules" } },
    { text: "FROM alpine\nCOPY Dockerfile .", files: { "Dockerfile.dockerignore": "x", ".dockerignore": "Dockerfile" } },
  ],
};
