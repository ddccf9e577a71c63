import { describe, expect, it } from 'vitest';
import { parseCommandLine } from './args';
import { runCli } from './run';
import { recordingIo } from './testing-io';

describe('parseCommandLine', () => {
  it('gives serve its defaults', () => {
    expect(parseCommandLine(['serve'])).toEqual({ ok: true, command: { kind: 'serve', host: '127.0.0.1', port: 33073, seed: 'demo' } });
  });

  it('reads every serve option', () => {
    const parsed = parseCommandLine(['serve', '--host', '0.0.0.0', '--port', '0', '--data', 'f.json', '--seed', 'empty', '--token', 'T']);
    expect(parsed).toEqual({ ok: true, command: { kind: 'serve', host: '0.0.0.0', port: 0, dataFile: 'f.json', seed: 'empty', token: 'T' } });
  });

  it('refuses bad ports, unknown options and unknown commands', () => {
    expect(parseCommandLine(['serve', '--port', '70000'])).toMatchObject({ ok: false, error: expect.stringMatching(/--port/) });
    expect(parseCommandLine(['serve', '--port', '-1'])).toMatchObject({ ok: false });
    expect(parseCommandLine(['serve', '--bogus'])).toMatchObject({ ok: false, error: expect.stringMatching(/bogus/) });
    expect(parseCommandLine(['lint', 'x.json'])).toMatchObject({ ok: false, error: 'unknown command "lint"' });
  });

  it('normalizes the export URL and requires it', () => {
    expect(parseCommandLine(['export', '--api', 'https://api.netbird.io/api/', '--token', 't'])).toEqual({
      ok: true,
      command: { kind: 'export', apiUrl: 'https://api.netbird.io', token: 't' },
    });
    expect(parseCommandLine(['export', '--token', 't'])).toMatchObject({ ok: false, error: expect.stringMatching(/--api/) });
    expect(parseCommandLine(['export', '--api', 'ftp://x'])).toMatchObject({ ok: false });
    expect(parseCommandLine(['export', '--api', 'https://h.example?token=abc'])).toMatchObject({ ok: false });
  });

  it('takes the token from NBRC_TOKEN when no --token is given', () => {
    expect(parseCommandLine(['export', '--api', 'http://h.example'], { NBRC_TOKEN: 'env' })).toMatchObject({ ok: true, command: { token: 'env' } });
  });
});

describe('runCli', () => {
  it('lists exactly the commands that exist on --help, exit 0', async () => {
    const io = recordingIo();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.out).toMatch(/serve/);
    expect(io.out).toMatch(/export/);
    for (const name of ['trace', 'access', 'ha', 'lint', 'generate', 'sim', 'test']) expect(io.out).toMatch(new RegExp(`\\b${name}\\b`));
  });

  it('prints a command help', async () => {
    const io = recordingIo();
    expect(await runCli(['help', 'serve'], io)).toBe(0);
    expect(io.out).toMatch(/--data/);
  });

  it('exits 2 on bad usage with the reason and the usage on stderr', async () => {
    const io = recordingIo();
    expect(await runCli(['export'], io)).toBe(2);
    expect(io.out).toBe('');
    expect(io.err).toMatch(/--api URL is required[\s\S]*Usage: nbrc export/);
  });

  it('exits 2 when the seed file cannot be read', async () => {
    const io = recordingIo();
    expect(await runCli(['serve', '--port', '0', '--seed', '/nonexistent/seed.json'], io)).toBe(2);
    expect(io.err).toMatch(/cannot read seed file \/nonexistent\/seed\.json/);
  });
});
