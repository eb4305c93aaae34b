/** Finding and reading `docker` command lines in each kind of document, without running anything. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DockerCommand } from '../../../server/src/service/commandline/parse';
import { commandLines, lineEndings } from './support';

/** `run -d -p=8080:80 --name=web | nginx` — the command, its flags with values, its arguments. */
function outline(command: DockerCommand): string {
  const flags = command.flags.map((use) => use.written + (use.value ? `=${use.value.text}` : ''));
  return [command.pathText, ...flags, '|', ...command.args.map((arg) => arg.text)].join(' ');
}

for (const { name, eol } of lineEndings) {
  describe(`command-line parsing (${name})`, () => {
    test('reads a run line into command, flags with values, and arguments', () => {
      const [command] = commandLines(['docker run -d -p 8080:80 --name web nginx'], eol).commands;
      assert.equal(outline(command), 'run -d -p=8080:80 --name=web | nginx');
    });

    test('a cluster of one-letter flags is each flag, the last one may take the next word', () => {
      const [command] = commandLines(['docker run -dp 80:80 -it ubuntu bash'], eol).commands;
      assert.equal(outline(command), 'run -d -p=80:80 -i -t | ubuntu bash');
    });

    test('words after the image belong to the container, not to docker run', () => {
      const [command] = commandLines(['docker run --rm alpine ls -la --color'], eol).commands;
      assert.equal(outline(command), 'run --rm | alpine ls -la --color');
      assert.ok(command.flags.every((use) => !use.problem));
    });

    test('follows sudo, env assignments, line continuations and && chains', () => {
      const parsed = commandLines(['DOCKER_HOST=tcp://x sudo -E docker build \\', '  -t app:1.0 . && docker push app:1.0; echo done'], eol);
      assert.deepEqual(parsed.commands.map(outline), ['build -t=app:1.0 | .', 'push | app:1.0']);
    });

    test('finds the command inside $( … ) and keeps quoted values whole', () => {
      const parsed = commandLines(['docker rm -f $(docker ps -a -q)', 'docker run -e "GREETING=hello world" --name=\'web\' nginx'], eol);
      assert.deepEqual(parsed.commands.map(outline), ['rm -f |', 'ps -a -q |', 'run -e=GREETING=hello world --name=web | nginx']);
    });

    test('comments, redirections and other programs are not docker commands', () => {
      const parsed = commandLines(['# docker run is explained below', 'echo docker run', 'docker logs web > out.txt 2>&1'], eol);
      assert.deepEqual(parsed.commands.map(outline), ['logs | web']);
    });

    test('group commands resolve to their canonical name', () => {
      const parsed = commandLines(['docker container ls -a', 'docker image ls -q', 'docker compose -f dev.yml up -d', 'docker-compose down -v'], eol);
      assert.deepEqual(parsed.commands.map(outline), ['ps -a |', 'image ls -q |', 'compose up -d |', 'compose down -v |']);
    });

    test('Makefile recipes may start with @ or -', () => {
      const parsed = commandLines(['build:', '\t@docker build -t app .', '\t-docker rm -f app'], eol, 'makefile', 'file:///work/project/Makefile');
      assert.deepEqual(parsed.commands.map(outline), ['build -t=app | .', 'rm -f | app']);
    });

    test('Markdown: shell fences and $ prompts only', () => {
      const parsed = commandLines(
        [
          'Run docker run -d nginx to start it.',
          '```bash',
          'docker pull nginx',
          '```',
          '```yaml',
          'command: docker run nope',
          '```',
          '```text',
          '$ docker ps',
          '```',
          '```console',
          '$ docker images',
          'docker run output lines are not commands',
          '```',
        ],
        eol,
        'markdown',
        'file:///work/notes/docker.md',
      );
      assert.deepEqual(parsed.commands.map(outline), ['pull | nginx', 'ps |', 'images |']);
    });

    test('plain text: lines that start with docker after a bullet, an arrow or a prompt', () => {
      const parsed = commandLines(
        ['- docker image ls', '-> ex) docekr pull mysql:5.7', '$ docker ps -a', 'the docker run command', '# docekr Image부터 컨테이너 생성'],
        eol,
        'plaintext',
        'file:///work/notes/docker.txt',
      );
      assert.deepEqual(parsed.commands.map(outline), ['image ls |', 'pull | mysql:5.7', 'ps -a |']);
      assert.equal(parsed.commands[1].misspelt, true);
    });

    test('offsets point at the words as written', () => {
      const parsed = commandLines(['x=1', 'docker run -p 8080:80 nginx'], eol);
      const publish = parsed.commands[0].flags[0];
      const text = parsed.document.getText();
      assert.equal(text.slice(publish.start, publish.end), '-p');
      assert.equal(text.slice(publish.value!.start, publish.value!.end), '8080:80');
    });
  });
}
