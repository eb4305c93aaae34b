/** EXPOSE takes container ports, with lower-case protocols. */
import { changeTo, textIn } from '../fixes';
import { buildCheckHref, dockerfileRule } from '../rule';
import { exposedPorts } from '../syntax/ports';

export const exposeInvalidFormat = dockerfileRule({
  id: 'ExposeInvalidFormat',
  kind: 'buildkit',
  defaultSeverity: 'warning',
  docs: buildCheckHref('ExposeInvalidFormat'),
  title: { en: 'Host part in EXPOSE', ko: 'EXPOSE의 호스트 부분' },
  description: { en: 'An IP address or host port in EXPOSE, which takes container ports only (publishing is docker run -p\'s job).', ko: 'EXPOSE에 IP 주소나 호스트 포트를 썼습니다. EXPOSE는 컨테이너 포트만 받습니다(공개는 docker run -p가 합니다).' },
  example: 'FROM alpine\nEXPOSE 8080:80',
  check: {
    instruction: {
      names: ['EXPOSE'],
      check(instruction, _facts, report) {
        for (let index = 0; index < instruction.argCount; index++) {
          const value = instruction.argValue(index)!;
          if (value.includes('$') || !value.includes(':')) continue;
          report(instruction.argRange(index)!, { en: `EXPOSE ${value}: EXPOSE takes container ports only; IP addresses and host ports belong to docker run -p.`, ko: `EXPOSE ${value}: EXPOSE에는 컨테이너 포트만 씁니다. IP 주소와 호스트 포트는 docker run -p에서 지정합니다.` });
        }
      },
    },
  },
});

export const exposeProtoCasing = dockerfileRule({
  id: 'ExposeProtoCasing',
  kind: 'buildkit',
  defaultSeverity: 'warning',
  docs: buildCheckHref('ExposeProtoCasing'),
  title: { en: 'Protocol not lower-case', ko: '소문자가 아닌 프로토콜' },
  description: { en: 'An EXPOSE protocol in capitals, such as 80/TCP.', ko: '80/TCP처럼 대문자로 쓴 EXPOSE 프로토콜입니다.' },
  example: 'FROM alpine\nEXPOSE 80/TCP',
  check: {
    instruction: {
      names: ['EXPOSE'],
      check(instruction, _facts, report) {
        for (const exposed of exposedPorts(instruction)) {
          const { port, knownProtocol } = exposed;
          const protocol = port?.protocol;
          if (!port || !protocol || !knownProtocol || protocol === protocol.toLowerCase()) continue;
          const written = `${port.low}${port.high ? `-${port.high}` : ''}/${protocol.toLowerCase()}`;
          report(exposed.range, { en: `Protocol "${protocol}" should be lowercase: ${written}.`, ko: `프로토콜 "${protocol}"은(는) 소문자로 써야 합니다: ${written}.` });
        }
      },
    },
  },
  fix({ ast, diagnostic, language }) {
    const port = textIn(ast, diagnostic.range);
    return [changeTo(ast, language, diagnostic, diagnostic.range, port.toLowerCase())];
  },
});
