/** The server's settings from its environment: defaults, every variable, and refusals. */
import { describe, expect, it } from 'vitest';
import { readServerConfig } from './config';

describe('readServerConfig', () => {
  it('applies the documented defaults (README, "Running the server")', () => {
    expect(readServerConfig({})).toEqual({
      databaseUrl: null,
      dataDir: '.data/pglite',
      port: 8787,
      host: '127.0.0.1',
      apiBasePath: '/api',
      allowedOrigins: [],
      logLevel: 'info',
      demoSignIn: false,
      publicRead: true,
      staticDir: null,
      frameAncestors: [],
      apiOrigin: null,
      publicUrl: 'http://127.0.0.1:8787',
      authSecret: null,
      smtp: null,
      trustProxy: false,
      reminderDaysBefore: [14, 3],
    });
  });

  it('reads every variable, and treats an empty one as unset', () => {
    const config = readServerConfig({
      DATABASE_URL: 'postgres://charter@db.internal/charter',
      DATA_DIR: '',
      PORT: '9000',
      HOST: '0.0.0.0',
      API_BASE_PATH: '/v1/api/',
      ALLOWED_ORIGINS: 'https://a.example, https://b.example',
      LOG_LEVEL: 'warn',
      DEMO_SIGN_IN: 'on',
      PUBLIC_READ: 'off',
      STATIC_DIR: 'dist',
      FRAME_ANCESTORS: 'https://city.example.org  https://news.example.com',
      VITE_API_BASE_URL: 'https://api.example.org/api',
      PUBLIC_URL: 'https://monitor.example.org/',
      AUTH_SECRET: 'x'.repeat(32),
      SMTP_URL: 'smtp://user:pass@mail.example.org:587',
      MAIL_FROM: 'Charter Monitor <monitor@example.org>',
      TRUST_PROXY: 'on',
      REMINDER_DAYS: '7,1,0',
    });
    expect(config).toEqual({
      databaseUrl: 'postgres://charter@db.internal/charter',
      dataDir: '.data/pglite',
      port: 9000,
      host: '0.0.0.0',
      apiBasePath: '/v1/api',
      allowedOrigins: ['https://a.example', 'https://b.example'],
      logLevel: 'warn',
      demoSignIn: true,
      publicRead: false,
      staticDir: 'dist',
      frameAncestors: ['https://city.example.org', 'https://news.example.com'],
      apiOrigin: 'https://api.example.org',
      publicUrl: 'https://monitor.example.org',
      authSecret: 'x'.repeat(32),
      smtp: {
        url: 'smtp://user:pass@mail.example.org:587',
        from: 'Charter Monitor <monitor@example.org>',
      },
      trustProxy: true,
      reminderDaysBefore: [7, 1, 0],
    });
  });

  it('names every variable at fault', () => {
    const read = () =>
      readServerConfig({
        PORT: 'eighty',
        DEMO_SIGN_IN: 'yes',
        PUBLIC_READ: 'no',
        DATABASE_URL: 'mysql://x',
        FRAME_ANCESTORS: 'https://ok.example *',
        VITE_API_BASE_URL: 'https://',
        AUTH_SECRET: 'short',
        SMTP_URL: 'http://mail',
        TRUST_PROXY: 'yes',
        REMINDER_DAYS: '14;3',
      });
    for (const name of [
      'PORT',
      'DEMO_SIGN_IN',
      'PUBLIC_READ',
      'DATABASE_URL',
      'FRAME_ANCESTORS',
      'VITE_API_BASE_URL',
      'AUTH_SECRET',
      'SMTP_URL',
      'TRUST_PROXY',
      'REMINDER_DAYS',
    ]) {
      expect(read).toThrow(new RegExp(`${name}: `));
    }
  });
});

describe('readServerConfig, out of range', () => {
  it('wants SMTP_URL and MAIL_FROM together', () => {
    expect(() => readServerConfig({ SMTP_URL: 'smtp://mail.example.org' })).toThrow(/MAIL_FROM/);
  });

  it('refuses a port beyond 65535 and an unknown log level', () => {
    expect(() => readServerConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => readServerConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });

  it('refuses a frame ancestor that is not an http(s) origin, alone too', () => {
    expect(() => readServerConfig({ FRAME_ANCESTORS: 'https://city.example.org/charts' })).toThrow(
      'Invalid configuration: FRAME_ANCESTORS: "https://city.example.org/charts" is not an origin',
    );
  });
});
