/** compose-go: a service's `platform` must be one of its `build.platforms`. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    platform: ⟦linux/arm64⟧\n    build:\n      context: https://github.com/docker/example.git\n      platforms: [linux/amd64]" },
  ],
  accepts: [
    { text: "services:\n  web:\n    platform: linux/arm64\n    build:\n      context: https://github.com/docker/example.git\n      platforms: [linux/amd64, linux/arm64]" },
  ],
};
