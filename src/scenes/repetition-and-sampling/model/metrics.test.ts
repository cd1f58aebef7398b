import { describe, expect, it } from 'vitest';
import { detectLoop, distinctN, longestRepeat, repeatedMask, seqRepN } from './metrics';

// Hand-counted references (the definitions are counting; no library needed).
describe('repetition metrics', () => {
  it('distinct-n counts unique n-grams over all n-grams', () => {
    // bigrams of a b a b c: ab ba ab bc → 3 unique / 4
    expect(distinctN([1, 2, 1, 2, 3], 2)).toBeCloseTo(0.75, 12);
    expect(distinctN([1, 2, 3, 4], 1)).toBe(1);
    expect(distinctN([5, 5, 5, 5], 1)).toBe(0.25);
    expect(Number.isNaN(distinctN([1], 2))).toBe(true);
  });
  it('seq-rep-n is 1 − distinct-n', () => {
    // 4-grams of a b c d a b c d a: abcd bcda cdab dabc abcd bcda → 4 unique / 6
    expect(seqRepN([1, 2, 3, 4, 1, 2, 3, 4, 1], 4)).toBeCloseTo(2 / 6, 12);
    expect(seqRepN([1, 2, 3, 4, 5], 2)).toBe(0);
  });
  it('repeatedMask marks the tokens of n-grams seen before, including in the prompt', () => {
    expect(repeatedMask([7, 8], [7, 8, 9], 2)).toEqual([true, true, false]);
    expect(repeatedMask([], [1, 2, 3, 1, 2], 2)).toEqual([false, false, false, true, true]);
    expect(repeatedMask([], [1, 2, 3], 3)).toEqual([false, false, false]);
  });
  it('detectLoop finds the longest periodic suffix', () => {
    expect(detectLoop([9, 1, 2, 3, 1, 2, 3, 1, 2, 3])).toEqual({ period: 3, start: 1, repeats: 3 });
    expect(detectLoop([4, 4, 4, 4, 4, 4, 4])).toEqual({ period: 1, start: 0, repeats: 7 });
    expect(detectLoop([1, 2, 3, 4, 5, 6, 7, 8])).toBeNull();
    // two periods of length 2 = 4 tokens < minLength 6
    expect(detectLoop([8, 1, 2, 1, 2])).toBeNull();
  });
  it('longestRepeat finds the longest run that occurs twice', () => {
    // x a b c y a b c z: "a b c" twice
    expect(longestRepeat([9, 1, 2, 3, 8, 1, 2, 3, 7])).toEqual({ start: 1, length: 3, again: 5 });
    // overlapping: a a a a → "a a a" at 0 and 1
    expect(longestRepeat([5, 5, 5, 5])).toEqual({ start: 0, length: 3, again: 1 });
    expect(longestRepeat([1, 2, 3])).toBeNull();
  });
});
