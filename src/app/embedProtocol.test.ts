import { describe, expect, it } from 'vitest';
import { parseInbound } from './embedProtocol';

describe('parseInbound', () => {
  it('accepts next and prev, dropping extra fields', () => {
    expect(parseInbound({ type: 'next' })).toEqual({ type: 'next' });
    expect(parseInbound({ type: 'prev', junk: 1 })).toEqual({ type: 'prev' });
  });

  it('accepts goto with a step id or an integer index', () => {
    expect(parseInbound({ type: 'goto', step: 'padding' })).toEqual({ type: 'goto', step: 'padding' });
    expect(parseInbound({ type: 'goto', step: 3 })).toEqual({ type: 'goto', step: 3 });
    expect(parseInbound({ type: 'goto', step: 0 })).toEqual({ type: 'goto', step: 0 });
    expect(parseInbound({ type: 'goto', step: -1 })).toEqual({ type: 'goto', step: -1 });
  });

  it('accepts set with a params object (values are validated later, by the codec)', () => {
    expect(parseInbound({ type: 'set', params: { B: 4, mode: 'ln' } })).toEqual({ type: 'set', params: { B: 4, mode: 'ln' } });
    expect(parseInbound({ type: 'set', params: {} })).toEqual({ type: 'set', params: {} });
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a string', 'next'],
    ['a JSON string', '{"type":"next"}'],
    ['a boolean', true],
    ['an array', ['next']],
    ['an array with a type', Object.assign([], { type: 'next' })],
    ['an empty object', {}],
    ['a missing type', { step: 1 }],
    ['an unknown type', { type: 'reset' }],
    ['a type in another case', { type: 'NEXT' }],
    ['a non-string type', { type: 1 }],
    ['goto without a step', { type: 'goto' }],
    ['goto with a float', { type: 'goto', step: 1.5 }],
    ['goto with NaN', { type: 'goto', step: Number.NaN }],
    ['goto with Infinity', { type: 'goto', step: Number.POSITIVE_INFINITY }],
    ['goto with an object', { type: 'goto', step: { id: 'a' } }],
    ['goto with null', { type: 'goto', step: null }],
    ['goto with an array', { type: 'goto', step: ['a'] }],
    ['set without params', { type: 'set' }],
    ['set with null params', { type: 'set', params: null }],
    ['set with array params', { type: 'set', params: [1, 2] }],
    ['set with string params', { type: 'set', params: 'B=4' }],
    ['set with number params', { type: 'set', params: 4 }],
  ])('rejects %s', (_name, data) => {
    expect(parseInbound(data)).toBeNull();
  });
});
