/** EXPOSE ports: a number or range from 1 to 65535, with tcp, udp or sctp. */
import type { Instruction, Range } from '../../../../dockerfile/ast';
import { exposeProtocols, instructionHref } from '../../../../dockerfile/catalogue';
import { rememberingLast } from '../../readers';
import { dockerfileRule } from '../rule';

/** An EXPOSE argument as port, optional range end and protocol; no `port` when it is not of that shape. */
export class ExposedPort {
  constructor(
    private readonly instruction: Instruction,
    private readonly index: number,
    /** The argument as Docker reads it. */
    readonly value: string,
    readonly port: { readonly low: string; readonly high?: string; readonly protocol?: string } | undefined,
    /** Whether the protocol, in any case, is tcp, udp or sctp (true without one). */
    readonly knownProtocol: boolean,
  ) {}

  /** The argument's range, made only for a port that is reported. */
  get range(): Range {
    return this.instruction.argRange(this.index)!;
  }
}

/**
 * The EXPOSE arguments the port checks read, each read once for all of them: no variables (known
 * only at build time), no host part (ExposeInvalidFormat's).
 */
export const exposedPorts = rememberingLast((instruction: Instruction): readonly ExposedPort[] => {
  const ports: ExposedPort[] = [];
  for (let index = 0; index < instruction.argCount; index++) {
    const value = instruction.argValue(index)!;
    if (value.includes('$') || value.includes(':')) continue;
    const match = /^(\d+)(?:-(\d+))?(?:\/([A-Za-z]+))?$/.exec(value);
    const protocol = match?.[3];
    ports.push(new ExposedPort(instruction, index, value, match ? { low: match[1], high: match[2], protocol } : undefined, !protocol || exposeProtocols.includes(protocol.toLowerCase())));
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
        for (const exposed of exposedPorts(instruction)) {
          const { port, value } = exposed;
          if (!port) {
            report(exposed.range, { en: `Invalid port "${value}": write a port or range with an optional protocol, such as 80, 8000-8010 or 53/udp.`, ko: `잘못된 포트 "${value}": 80, 8000-8010, 53/udp처럼 포트나 범위에 필요하면 프로토콜을 붙여 쓰세요.` });
            continue;
          }
          const low = Number(port.low);
          const high = port.high ? Number(port.high) : low;
          if (low < 1 || high > 65535 || high < low) {
            report(exposed.range, { en: `Invalid port "${value}": ports run from 1 to 65535${port.high ? ' and a range goes low-high' : ''}.`, ko: `잘못된 포트 "${value}": 포트는 1부터 65535까지입니다${port.high ? '. 범위는 작은 값-큰 값 순서로 씁니다' : ''}.` });
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
        for (const exposed of exposedPorts(instruction)) {
          if (!exposed.knownProtocol) report(exposed.range, { en: `Invalid protocol "${exposed.port?.protocol}": use tcp, udp or sctp.`, ko: `잘못된 프로토콜 "${exposed.port?.protocol}": tcp, udp, sctp 중 하나를 쓰세요.` });
        }
      },
    },
  },
});
