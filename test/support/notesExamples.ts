/** The study notes' own examples, verbatim, slips included: fixtures several test tiers share. */

/**
 * The MySQL compose file of 001_845f903225cb8ed7.txt ("docker-compose.yml 예시"), one string a line:
 * obsolete `version:`, the `enviroment:` typo, `MYSQL_DATABASE= jjdb`, a plain-text password, `ports :`.
 */
export const notesMysqlCompose: readonly string[] = [
  "version : '3'",
  '',
  'services:',
  '    db:',
  '        image: mysql',
  '        restart: always',
  '        volumes:',
  '            - ./mysqldata:/var/lib/mysql',
  '        enviroment:',
  '            - MYSQL_ROOT_PASSWORD=jjcoding',
  '            - MYSQL_DATABASE= jjdb',
  '        ports :',
  '        - "3307:3306"',
];
