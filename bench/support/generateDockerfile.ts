/**
 * A deterministic, realistic multi-stage Dockerfile of any length, for
 * benchmarks: stages of 32 lines with ARG/ENV/LABEL, a RUN with continuations,
 * COPY --from an earlier stage, EXPOSE, HEALTHCHECK, comments, a heredoc and CMD.
 */
function block(index: number): string[] {
  const previous = index > 0 ? `stage${index - 1}` : undefined;
  return [
    `# Stage ${index}: builds component ${index}`,
    `FROM node:20-alpine AS stage${index}`,
    `ARG VERSION_${index}=1.${index}.0`,
    `ENV APP_HOME=/srv/app${index} NODE_ENV=production`,
    `LABEL org.opencontainers.image.version="\${VERSION_${index}}" component="c${index}"`,
    'WORKDIR $APP_HOME',
    'RUN apk add --no-cache \\',
    '      curl \\',
    '      git \\',
    '      tini \\',
    '    && addgroup -S app && adduser -S app -G app',
    previous ? `COPY --from=${previous} /srv/app${index - 1}/dist ./vendor` : 'COPY vendor ./vendor',
    'COPY package.json package-lock.json ./',
    'RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev',
    'COPY src ./src',
    'RUN <<EOF',
    'set -eu',
    `echo "building ${index}" > /tmp/build.log`,
    'EOF',
    `EXPOSE ${3000 + (index % 1000)}/tcp`,
    `HEALTHCHECK --interval=30s --timeout=5s --retries=3 CMD curl -f http://localhost:${3000 + (index % 1000)}/health || exit 1`,
    'USER app',
    `ENV PORT=${3000 + (index % 1000)}`,
    'STOPSIGNAL SIGTERM',
    'VOLUME ["/data"]',
    '# run the server under tini',
    'ENTRYPOINT ["/sbin/tini", "--"]',
    'CMD ["node", "src/server.js"]',
    `ONBUILD COPY . /srv/app${index}`,
    'SHELL ["/bin/sh", "-c"]',
    'RUN echo "$PORT" > /tmp/port',
    '',
  ];
}

/** A Dockerfile of exactly `lines` lines (rounded up to whole stages of 32). */
export function generateDockerfile(lines: number): string {
  const out: string[] = [];
  for (let i = 0; out.length < lines; i++) out.push(...block(i));
  return out.join('\n') + '\n';
}
