/**
 * Run by connection.test.ts as an unprivileged user (root may open any
 * socket): connects to the socket in argv[2] once and prints the state as JSON.
 */
import { EngineConnection } from '../../client/src/engine/connection';

const socketPath = process.argv[2];
const connection = new EngineConnection({
  locate: () => ({ host: `unix://${socketPath}`, contextName: 'default', source: 'setting', address: { transport: 'socket', socketPath } }),
});
void connection.connect().then((state) => {
  process.stdout.write(JSON.stringify(state));
  connection.dispose();
});
