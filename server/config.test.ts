import { describe, expect, it } from 'vitest';
import { readServerConfig } from './config';

describe('the server configuration', () => {
  it('has defaults for a fresh machine: the embedded database, port 8787, no demo sign-in', () => {
    expect(readServerConfig({})).toEqual({
      databaseUrl: null,
      dataDir: '.data/pglite',
      port: 8787,
      host: '127.0.0.1',
      apiBasePath: '/api',
      allowedOrigins: [],
      logLevel: 'info',
      demoSignIn: false,
    });
  });

  it('reads every variable, ignoring empty ones', () => {
    expect(
      readServerConfig({
        DATABASE_URL: 'postgres://app@db:5432/charter',
        PORT: '9000',
        HOST: '0.0.0.0',
        API_BASE_PATH: '/v1/api/',
        ALLOWED_ORIGINS: 'https://a.example, https://b.example',
        LOG_LEVEL: 'warn',
        DEMO_SIGN_IN: 'on',
        DATA_DIR: '',
      }),
    ).toMatchObject({
      databaseUrl: 'postgres://app@db:5432/charter',
      port: 9000,
      host: '0.0.0.0',
      apiBasePath: '/v1/api',
      allowedOrigins: ['https://a.example', 'https://b.example'],
      logLevel: 'warn',
      demoSignIn: true,
      dataDir: '.data/pglite',
    });
  });

  it('stops at start on a bad value, naming each variable at fault', () => {
    expect(() => readServerConfig({ PORT: 'eighty', LOG_LEVEL: 'loud' })).toThrow(
      /PORT.*LOG_LEVEL/,
    );
    expect(() => readServerConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => readServerConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => readServerConfig({ DEMO_SIGN_IN: 'yes' })).toThrow(/DEMO_SIGN_IN/);
  });
});
