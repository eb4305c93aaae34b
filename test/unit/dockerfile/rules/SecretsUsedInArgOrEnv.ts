/** BuildKit: ARG and ENV named like secrets, with its exemptions (public, file, version). */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "\nFROM scratch\nARG ⟦SECRET_PASSPHRASE⟧\nENV ⟦SUPER_Secret=foo⟧\nENV ⟦password=bar⟧ ⟦secret=baz⟧\nARG ⟦super_duper_secret_token=foo⟧ ⟦auth=bar⟧\nENV ⟦apikey=bar⟧ sunflower=foo\nENV ⟦git_key=⟧\nENV PUBLIC_KEY=\nARG public_token" },
    { text: "FROM mysql:8\nENV ⟦MYSQL_ROOT_PASSWORD=secret⟧ MYSQL_DATABASE=db\nARG ⟦GITHUB_TOKEN⟧" },
  ],
  accepts: [
    { text: "FROM alpine:3\nARG PUBLIC_KEY\nENV KEYBOARD=us" },
    { text: "FROM alpine\nARG SECRET_PASSPHRASE_FILE\nENV AUTH_MODULE_VERSION=2\nENV TOKEN_FILE=/run/secrets/token\nARG KEY_VERSION=1" },
  ],
};
