/**
 * Concept entries are linked from the entries where they matter, so a hover
 * on `-d`, `restart:` or `docker exec -it` leads on to the idea behind it
 * (the list: layer, cache, multi-stage, volume vs bind mount,
 * network, EXPOSE vs -p, CMD vs ENTRYPOINT, attach vs exec, alpine,
 * .dockerignore, and the other concepts the notes teach).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getEntry } from '../../../server/src/knowledge/index';
import { englishPageLabel, renderHover, titleOf } from '../../../server/src/knowledge/render';

/** concept → entries that must link it. */
const linkedFrom: Readonly<Record<string, readonly string[]>> = {
  'concept.layer': ['dockerfile.instruction.RUN', 'dockerfile.instruction.ADD', 'cli.docker image prune'],
  'concept.build-cache': ['dockerfile.instruction.RUN', 'dockerfile.instruction.COPY', 'dockerfile.flag.RUN.--mount', 'cli.docker build'],
  'concept.multi-stage': ['dockerfile.instruction.FROM', 'dockerfile.flag.COPY.--from', 'compose.key.services.*.build.target'],
  'concept.volume-vs-bind-mount': ['dockerfile.instruction.VOLUME', 'cli.docker run.--volume', 'compose.key.services.*.volumes', 'compose.key.volumes'],
  'concept.network': ['dockerfile.instruction.EXPOSE', 'cli.docker network create', 'compose.key.services.*.networks'],
  'concept.expose-vs-publish': ['dockerfile.instruction.EXPOSE', 'cli.docker run.--publish', 'compose.key.services.*.ports', 'compose.key.services.*.expose'],
  'concept.cmd-vs-entrypoint': ['dockerfile.instruction.CMD', 'dockerfile.instruction.ENTRYPOINT', 'cli.docker run', 'cli.docker commit.--change', 'compose.key.services.*.command', 'compose.key.services.*.entrypoint'],
  'concept.attach-vs-exec': ['cli.docker attach', 'cli.docker exec', 'cli.docker exec.--interactive', 'cli.docker exec.--tty', 'cli.docker run.--interactive'],
  'concept.alpine': ['dockerfile.instruction.FROM'],
  'concept.dockerignore': ['dockerfile.instruction.COPY', 'dockerfile.instruction.ADD', 'cli.docker build', 'compose.key.services.*.build.context'],
  'concept.tty': ['cli.docker run.--interactive', 'cli.docker run.--tty', 'compose.key.services.*.stdin_open', 'compose.key.services.*.tty'],
  'concept.detached-mode': ['cli.docker run.--detach', 'cli.docker logs', 'cli.docker compose up.--detach'],
  'concept.container-logs': ['cli.docker logs', 'cli.docker logs.--follow', 'cli.docker run.--detach'],
  'concept.restart-policy': ['cli.docker run.--restart', 'compose.key.services.*.restart'],
  'concept.container-identity': ['cli.docker run.--name', 'cli.docker create.--name', 'compose.key.services.*.container_name'],
  'concept.environment-variables': ['dockerfile.instruction.ENV', 'cli.docker run.--env', 'compose.key.services.*.environment', 'compose.key.services.*.env_file'],
  'concept.build-secrets': ['dockerfile.instruction.ENV', 'cli.docker run.--env', 'compose.key.secrets', 'compose.key.services.*.secrets', 'compose.key.services.*.build.args'],
  'concept.container-lifecycle': ['cli.docker pause', 'cli.docker unpause', 'cli.docker kill', 'cli.docker ps.--all', 'compose.key.services.*.healthcheck'],
  'concept.disk-cleanup': ['cli.docker system', 'cli.docker container prune', 'cli.docker image prune'],
  'concept.commit-vs-build': ['cli.docker commit', 'cli.docker commit.--message', 'cli.docker build'],
  'concept.dockerfile': ['cli.docker build.--file', 'compose.key.services.*.build.dockerfile'],
  // The notes' pitfall: files in a container vanish with it unless they live in a volume.
  'concept.stateless-container': ['cli.docker rm', 'cli.docker run.--rm', 'cli.docker run.--volume', 'compose.key.services.*.volumes'],
  // `--link` is legacy: the concept says so and points at user-defined networks.
  'concept.container-link': ['cli.docker run.--link', 'compose.key.services.*.links', 'compose.key.services.*.external_links'],
};

describe('concepts are linked where they matter', () => {
  for (const [concept, ids] of Object.entries(linkedFrom)) {
    test(concept, () => {
      assert.equal(getEntry(concept)?.kind, 'concept', `${concept} is not a concept entry`);
      for (const id of ids) {
        const entry = getEntry(id);
        assert.ok(entry, `no entry ${id}`);
        assert.ok(entry.related?.includes(concept), `${id} does not link ${concept}`);
      }
    });
  }

  test('the hover shows the link under the concept’s title in the reader’s language', () => {
    const detach = getEntry('cli.docker run.--detach')!;
    const concept = getEntry('concept.detached-mode')!;
    for (const lang of ['ko', 'en'] as const) {
      assert.ok(renderHover(detach, lang).includes(`[${englishPageLabel(titleOf(concept, lang), lang)}](${concept.reference})`), lang);
    }
  });
});
