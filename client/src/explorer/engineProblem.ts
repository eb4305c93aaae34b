/**
 * What the Docker view says while the engine cannot be reached: one
 * explanation, at the top of the Containers view, naming the address that was
 * tried and the reason in words (never `ENOENT` alone), then what to do. Pure:
 * `t` translates, so the same text is tested without `vscode`.
 */
import type { EngineLocation } from '../engine/location';
import type { EngineProblem } from '../engine/problems';
import type { Translate } from './format';

export function engineProblemMessage(location: EngineLocation, problem: EngineProblem, t: Translate): string {
  return [headline(problem, t), reason(location, problem, t), remedy(problem, t)].join(' ');
}

function headline(problem: EngineProblem, t: Translate): string {
  switch (problem.kind) {
    case 'socketMissing':
      return t('Docker is not running.');
    case 'permissionDenied':
      return t('You are not allowed to use the Docker socket.');
    case 'refused':
      return t('The Docker Engine refused the connection.');
    case 'tls':
      return t('The secure (TLS) connection to the Docker Engine failed.');
    case 'invalidHost':
      return t('The Docker Engine address cannot be used.');
    case 'unreachable':
      return t('The Docker Engine cannot be reached.');
  }
}

/** Where the address came from, e.g. `(the default)`, `(set in DOCKER_HOST)`. */
function origin(location: EngineLocation, t: Translate): string {
  switch (location.source) {
    case 'chosen':
      return t('(chosen in Switch Engine or Context)');
    case 'setting':
      return t('(set in dockside.engine.host)');
    case 'env':
      return t('(set in DOCKER_HOST)');
    case 'context':
      return t('(from the Docker context "{0}")', location.contextName);
    case 'default':
      return t('(the default)');
  }
}

function reason(location: EngineLocation, problem: EngineProblem, t: Translate): string {
  const address = location.address.transport === 'socket' ? location.address.socketPath : location.host;
  const tried = `${address} ${origin(location, t)}`;
  // The error's own words go inside our sentence, which supplies the full stop.
  const detail = problem.detail.replace(/\.\s*$/, '');
  switch (problem.kind) {
    case 'socketMissing':
      return t('There is no engine socket at {0}.', tried);
    case 'permissionDenied':
      return t('Opening {0} was refused: permission denied.', tried);
    case 'refused':
      return t('Nothing is listening at {0}.', tried);
    case 'invalidHost':
      return location.host ? t('Tried {0}: {1}.', tried, detail) : `${detail.charAt(0).toUpperCase()}${detail.slice(1)}.`;
    case 'tls':
      return t('Tried {0}: {1}.', tried, detail);
    case 'unreachable':
      if (problem.code === 'ABORT_ERR' || problem.code === 'ETIMEDOUT') return t('{0} did not answer in time.', tried);
      if (problem.code === 'ENOTFOUND' || problem.code === 'EAI_AGAIN') return t('The host name of {0} could not be found.', tried);
      if (problem.code === 'EHOSTUNREACH' || problem.code === 'ENETUNREACH') return t('There is no network route to {0}.', tried);
      if (problem.code === 'ECONNRESET' || problem.code === 'EPIPE') return t('{0} closed the connection.', tried);
      if (problem.statusCode !== undefined) return t('{0} answered, but not as a Docker Engine (HTTP {1}).', tried, problem.statusCode);
      return t('Tried {0}: {1}.', tried, detail);
  }
}

function remedy(problem: EngineProblem, t: Translate): string {
  switch (problem.kind) {
    case 'socketMissing':
      return t('Start Docker (Docker Desktop, or sudo systemctl start docker); Dockside reconnects by itself.');
    case 'permissionDenied':
      return t('Add yourself to the docker group (sudo usermod -aG docker $USER), then sign out and back in.');
    case 'refused':
      return t('Start the engine, or check the address: the dockside.engine.host setting, DOCKER_HOST or your Docker context.');
    case 'tls':
      return t('Check the certificates (ca.pem, cert.pem, key.pem) in DOCKER_CERT_PATH or your Docker context, and DOCKER_TLS_VERIFY.');
    case 'invalidHost':
      return t('Check the dockside.engine.host setting, DOCKER_HOST and the current Docker context (docker context ls).');
    case 'unreachable':
      return t('Check that the engine is running and the address is right; Dockside keeps retrying.');
  }
}
