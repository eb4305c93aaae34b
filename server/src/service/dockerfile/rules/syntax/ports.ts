/** EXPOSE ports: a number or range from 1 to 65535, with tcp, udp or sctp. */
import type { Arg, Instruction } from '../../../../dockerfile/ast';
import { exposeProtocols, instructionHref } from '../../../../dockerfile/catalogue';
import { rememberingLast } from '../../readers';
import { dockerfileRule } from '../rule';

/** An EXPOSE argument as port, optional range end and protocol; no `port` when it is not of that shape. */
export interface ExposedPort {
  readonly arg: Arg;
  readonly port?: { readonly low: string; readonly high?: string; readonly protocol?: string };
  /** Whether the protocol, in any case, is tcp, udp or sctp (true without one). */
  readonly knownProtocol: boolean;
}

/**
 * The EXPOSE arguments the port checks read, each read once for all of them: no variables (known
 * only at build time), no host part (ExposeInvalidFormat's).
 */
export const exposedPorts = rememberingLast((instruction: Instruction): readonly ExposedPort[] => {
  const ports: ExposedPort[] = [];
  for (const arg of instruction.args) {
    if (arg.value.includes('$') || arg.value.includes(':')) continue;
    const match = /^(\d+)(?:-(\d+))?(?:\/([A-Za-z]+))?$/.exec(arg.value);
    const protocol = match?.[3];
    ports.push({ arg, port: match ? { low: match[1], high: match[2], protocol } : undefined, knownProtocol: !protocol || exposeProtocols.includes(protocol.toLowerCase()) });
  }
  return ports;
});

export const invalidPort = dockerfileRule({
  id: 'invalid-port',
  kind: 'syntax',
  defaultSeverity: 'error',
  docs: instructionHref('EXPOSE'),
  title: { en: 'Invalid port', ko: '잘못된 포트' },
  description: { en: 'An EXPOSE port that is not a number or range from 1 to 65535.', ko: '1부터 65535 사이의 숫자나 범위가 아닌 EXPOSE 포트입니다.' },
  example: 'FROM alpine\nEXPOSE http',
  check: {
    instruction: {
      names: ['EXPOSE'],
      check(instruction, _facts, report) {
        for (const { arg, port } of exposedPorts(instruction)) {
          if (!port) {
            report(arg.range, { en: `Invalid port "${arg.value}": write a port or range with an optional protocol, such as 80, 8000-8010 or 53/udp.`, ko: `잘못된 포트 "${arg.value}": 80, 8000-8010, 53/udp처럼 포트나 범위에 필요하면 프로토콜을 붙여 쓰세요.` });
            continue;
          }
          const low = Number(port.low);
          const high = port.high ? Number(port.high) : low;
          if (low < 1 || high > 65535 || high < low) {
            report(arg.range, { en: `Invalid port "${arg.value}": ports run from 1 to 65535${port.high ? ' and a range goes low-high' : ''}.`, ko: `잘못된 포트 "${arg.value}": 포트는 1부터 65535까지입니다${port.high ? '. 범위는 작은 값-큰 값 순서로 씁니다' : ''}.` });
          }
        }
      },
    },
  },
});

export const invalidProtocol = dockerfileRule({
  id: 'invalid-protocol',
  kind: 'syntax',
  defaultSeverity: 'error',
  docs: instructionHref('EXPOSE'),
  title: { en: 'Invalid protocol', ko: '잘못된 프로토콜' },
  description: { en: 'An EXPOSE protocol other than tcp, udp or sctp.', ko: 'tcp, udp, sctp가 아닌 EXPOSE 프로토콜입니다.' },
  example: 'FROM alpine\nEXPOSE 53/icmp',
  check: {
    instruction: {
      names: ['EXPOSE'],
      check(instruction, _facts, report) {
        for (const { arg, port, knownProtocol } of exposedPorts(instruction)) {
          if (!knownProtocol) report(arg.range, { en: `Invalid protocol "${port?.protocol}": use tcp, udp or sctp.`, ko: `잘못된 프로토콜 "${port?.protocol}": tcp, udp, sctp 중 하나를 쓰세요.` });
        }
      },
    },
  },
});
