/** A password, token or key written into the file ends up in version control. */
import type { RuleCases } from '../../../support/ruleCases';

export const cases: RuleCases = {
  reports: [
    { text: "services:\n  web:\n    image: x\n    environment:\n      MYSQL_ROOT_PASSWORD: ⟦hunter2⟧" },
    { text: "services:\n  web:\n    image: x\n    environment:\n      - ⟦API_TOKEN=abc123⟧" },
  ],
  accepts: [
    { text: "services:\n  web:\n    image: x\n    environment:\n      MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD}\n      MYSQL_PASSWORD_FILE: /run/secrets/db\n      DB_HOST: db" },
  ],
  fixes: [
    { text: "services:\n  web:\n    image: x\n    environment:\n      MYSQL_ROOT_PASSWORD: ⟦hunter2⟧", fixed: "services:\n  web:\n    image: x\n    environment:\n      MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD}", title: "Read it from the environment or .env: ${MYSQL_ROOT_PASSWORD}" },
    { text: "services:\n  web:\n    image: x\n    environment:\n      - ⟦API_TOKEN=abc123⟧", files: { "api_token.txt": "old" }, fixed: "services:\n  web:\n    image: x\n    environment:\n      - API_TOKEN=${API_TOKEN}" },
    { text: "services:\n  web:\n    image: x\n    environment:\n      MYSQL_ROOT_PASSWORD: ⟦hunter2⟧", fixed: "services:\n  web:\n    image: x\n    secrets: [mysql_root_password]\n    environment:\n      MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql_root_password\n\nsecrets:\n  mysql_root_password:\n    file: ./mysql_root_password.txt\n", title: "Move to a secret: MYSQL_ROOT_PASSWORD_FILE=/run/secrets/mysql_root_password, value in ./mysql_root_password.txt", fixedFiles: { "mysql_root_password.txt": "hunter2" } },
  ],
};
