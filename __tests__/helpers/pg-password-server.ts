import net from 'node:net';

/**
 * A loopback server that speaks PostgreSQL's wire protocol as far as a login and refuses every
 * password the way a real server with password authentication does (FATAL 28P01). The machine's own
 * PostgreSQL trusts every local user, so it cannot show a wrong password.
 */
export async function startPasswordRefusingServer(): Promise<{ port: number; close(): Promise<void> }> {
  const server = net.createServer((socket) => {
    socket.on('error', () => {});
    let buffered = Buffer.alloc(0);
    let loggedIn = false;
    socket.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      if (!loggedIn) {
        // Startup packet: int32 length, int32 protocol (80877103 asks for SSL, which is declined).
        if (buffered.length < 8) return;
        const length = buffered.readInt32BE(0);
        if (buffered.length < length) return;
        const code = buffered.readInt32BE(4);
        buffered = buffered.subarray(length);
        if (code === 80877103) return void socket.write('N');
        loggedIn = true;
        // AuthenticationCleartextPassword.
        const ask = Buffer.alloc(9);
        ask.write('R', 0);
        ask.writeInt32BE(8, 1);
        ask.writeInt32BE(3, 5);
        return void socket.write(ask);
      }
      // PasswordMessage: 'p', int32 length, the password. Whatever it is, it is wrong.
      if (buffered.length < 5 || buffered.length < 1 + buffered.readInt32BE(1)) return;
      const fields = ['SFATAL', 'VFATAL', 'C28P01', 'Mpassword authentication failed for user "postgres"'].map((f) => `${f}\0`).join('');
      const body = Buffer.from(`${fields}\0`);
      const error = Buffer.alloc(5);
      error.write('E', 0);
      error.writeInt32BE(4 + body.length, 1);
      socket.end(Buffer.concat([error, body]));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
