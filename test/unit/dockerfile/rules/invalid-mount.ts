/** RUN --mount with an unknown type or key, a bad value, or no target. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "FROM alpine:3\nRUN --mount=⟦type=volume,target=/x⟧ echo\nRUN --mount=⟦type=cache,target=/x,sharing=public⟧ echo\nRUN --mount=⟦type=cache,target=/x,colour=red⟧ echo\nRUN --mount=⟦type=tmpfs,size=1g⟧ echo\nRUN --mount=⟦type=secret,id=x,mode=rwx⟧ echo" },
  ],
  accepts: [
    { text: "FROM alpine:3\nRUN --mount=type=cache,target=/root/.cache,sharing=locked,id=go --mount=type=secret,id=npm,env=NPM_TOKEN,required --mount=type=bind,from=alpine:3,source=/etc,target=/mnt,ro echo" },
    { text: "FROM alpine\nRUN --mount=type=$T,target=/x echo" },
  ],
};
