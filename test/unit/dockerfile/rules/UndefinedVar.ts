/** BuildKit: a variable Docker expands that nothing defines there; after an image whose environment we do not know, only what is certain. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM alpine:3\nARG VERSION=1\nCOPY app-⟦$VERSIN⟧ /app\nRUN echo $NOT_CHECKED\nWORKDIR /⟦$TARGETARCH⟧" },
    { text: "FROM scratch\nCOPY ⟦$FOO⟧ /x" },
    { text: "ARG VERSION=1\nFROM alpine:3\nCOPY app-⟦$VERSION⟧ /app\nARG VERSION\nCOPY app-$VERSION /app" },
    { text: "\nFROM alpine\nENV PATH=⟦$PAHT⟧:/tmp/bin" },
    { text: "\nFROM alpine\nCOPY ⟦$foo⟧ .\nARG foo=bar\nRUN echo $foo" },
    { text: "\nFROM alpine\nARG DIR_BINARIES=binaries/\nARG DIR_ASSETS=assets/\nARG DIR_CONFIG=config/\nCOPY ⟦$DIR_ASSET⟧ ." },
    { text: "FROM registry.example.com/team/base\nCOPY ⟦$foo⟧ .\nARG foo=bar" },
    { text: "FROM registry.example.com/team/base\nARG VERSION=1\nCOPY app-⟦$VERSIN⟧ /app" },
    { text: "\nFROM scratch AS first\nCOPY ⟦$foo⟧ .\n\nFROM scratch AS second\nCOPY ⟦$bar⟧ ." },
    { text: "FROM alpine\nWORKDIR ⟦$HOME⟧/app" },
    { text: "ARG A=⟦$B⟧\nFROM alpine" },
  ],
  accepts: [
    { text: "FROM registry.example.com/team/base:3\nENV APP_HOME=/a\nWORKDIR $APP_NAME" },
    { text: "FROM alpine:3 AS base\nENV APP=/app\nFROM base\nARG TARGETARCH\nWORKDIR $APP/$TARGETARCH\nCOPY ${MISSING:-x} $PATH /y" },
    { text: "\nFROM scratch\nARG foo\nCOPY Dockerfile${foo} ." },
    { text: "\nFROM alpine AS base\nARG foo=Dockerfile\n\nFROM base\nCOPY $foo ." },
    { text: "\nFROM alpine\nRUN echo $PATH" },
    { text: "FROM node:20\nWORKDIR /app/$NODE_VERSION\nENV P=$HTTP_PROXY" },
    { text: "FROM golang:1.22\nENV PATH=$GOPATH/bin:$PATH" },
    { text: "ARG A=1\nARG B=$A\nFROM alpine" },
  ],
};
