import { describe, expect, it } from 'vitest';
import { localRedirectTarget } from './redirect-target';

const ORIGIN = 'https://tianshan.example';
const target = (value: string | string[] | undefined) =>
  localRedirectTarget(value, ORIGIN, '/admin');

describe('redirect targets after sign-in and after saving a record', () => {
  it('keeps paths on our own site, with their query and fragment', () => {
    expect(target('/projects/12')).toBe('/projects/12');
    expect(target('/trade?scope=KG&period=2024#chart')).toBe('/trade?scope=KG&period=2024#chart');
    expect(target('https://tianshan.example/admin/users')).toBe('/admin/users');
    // Percent-escapes stay escaped: a path on our site, never a second host.
    expect(target('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example');
    expect(target('/%09/evil.example')).toBe('/%09/evil.example');
    expect(target('%2F%2Fevil.example')).toBe('/%2F%2Fevil.example');
    // Same scheme as ours, no slashes: browsers read it as a relative path too.
    expect(target('https:evil.example')).toBe('/evil.example');
  });

  it.each([
    '//evil.example',
    '///evil.example',
    '/\\evil.example',
    '\\/evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '\t//evil.example',
    ' //evil.example',
    '/.//evil.example',
    '/..//evil.example',
    'https://evil.example',
    'HTTPS://evil.example/admin',
    'http://tianshan.example/admin',
    'https://tianshan.example.evil.example/',
    'https://tianshan.example@evil.example/',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http:\\\\evil.example',
  ])('refuses %j', (value) => {
    expect(target(value)).toBe('/admin');
  });

  it('falls back when there is nothing usable', () => {
    expect(target(undefined)).toBe('/admin');
    expect(target('')).toBe('/admin');
    expect(target(['/a', '/b'])).toBe('/admin');
    expect(target('http://[::1')).toBe('/admin');
  });
});
