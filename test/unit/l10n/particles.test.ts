import './support/koreanVscode';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { localize } from '../../../client/src/l10n';
import { msg } from '../../../client/src/commands/localizable';
import { t } from '../../../client/src/commands/ui';

describe('client messages in Korean: the particle after an inserted word fits the word', () => {
  test('a word ending in a consonant takes 을/이/은, one ending in a vowel 를/가/는', () => {
    assert.equal(localize('Built {0}.', 'web'), 'web을 빌드했습니다.');
    assert.equal(localize('Built {0}.', 'nginx'), 'nginx를 빌드했습니다.');
    assert.equal(localize('Remove container {0}?', 'db'), '컨테이너 db를 삭제할까요?');
    assert.equal(localize('Volume {0} is in use.', 'pgdata'), '볼륨 pgdata가 사용 중입니다.');
    assert.equal(localize('Network {0} is in use.', 'backend'), '네트워크 backend가 사용 중입니다.');
  });

  test('(으)로 after a word: 로 after a vowel or ㄹ, 으로 after another consonant', () => {
    assert.equal(localize('Committed {0} to {1} ({2}).', 'web', 'app:latest', 'abc123'), 'web을 app:latest(abc123)로 커밋했습니다.');
    assert.equal(localize('Committed {0} to {1} ({2}).', 'web', 'app:v1', 'abc123'), 'web을 app:v1(abc123)로 커밋했습니다.');
    assert.equal(localize('Committed {0} to {1} ({2}).', 'web', 'app:main', 'abc123'), 'web을 app:main(abc123)으로 커밋했습니다.');
  });

  test('messages from pure modules (msg) get the same', () => {
    assert.equal(t(msg('{0} is not a valid tag: up to 128 letters, digits, "_", "." or "-", not starting with "." or "-".', '-x')).slice(0, 4), '-x는 ');
    assert.equal(t(msg('Take down Compose project {0}?', 'shop')), 'Compose 프로젝트 shop을 내릴까요?');
  });

  test("the Registries view's messages: a registry address or an image reference is read as it is said", () => {
    assert.equal(localize('Copied {0}', 'registry.example.com/team/web:1.0'), 'registry.example.com/team/web:1.0을 복사했습니다');
    assert.equal(localize('Copied {0}', 'localhost:5000/team/web:latest'), 'localhost:5000/team/web:latest를 복사했습니다');
    assert.equal(localize('{0} refused the login: {1}', 'localhost:5000', 'HTTP 401'), 'localhost:5000이 로그인을 거부했습니다: HTTP 401');
    assert.equal(localize('Deleted {0} ({1}).', 'localhost:5000/team/web:0.9', 'sha256:abc'), 'localhost:5000/team/web:0.9(sha256:abc)를 삭제했습니다.');
    assert.equal(localize('{0} did not delete it: {1}', 'registry.example.com', 'denied'), 'registry.example.com이 삭제하지 않았습니다: denied');
  });

  test('where the sound cannot be known (another script), the double form stays', () => {
    assert.equal(localize('Built {0}.', '図'), '図을(를) 빌드했습니다.');
  });
});
