import { createServer } from 'node:net';

/**
 * closedPortUrl: an http URL on 127.0.0.1 where nothing listens. The port is taken from the OS
 * (listen on 0) and released at once, so the console meets a refused connection: an unreachable host.
 */
export function closedPortUrl(): Promise<string> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error('no TCP port was assigned'));
        return;
      }
      server.close(() => resolve(`http://127.0.0.1:${address.port}`));
    });
  });
}
