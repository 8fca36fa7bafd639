import { describe, expect, it } from 'vitest';
import { countShiftPress, exitShiftPresses, exitShiftWindowMs } from '@/lib/safety/exit';
import { inactivityLimitMs, inactivityStateAfter, inactivityWarningMs } from '@/lib/safety/inactivity';

describe('countShiftPress', () => {
  it('counts presses inside the window up to the number that exits', () => {
    let counter = { presses: 0, firstPressAt: 0 };
    counter = countShiftPress(counter, 1_000);
    counter = countShiftPress(counter, 2_000);
    counter = countShiftPress(counter, 1_000 + exitShiftWindowMs);
    expect(counter.presses).toBe(exitShiftPresses);
  });

  it('starts again once the window since the first press has passed', () => {
    let counter = countShiftPress({ presses: 0, firstPressAt: 0 }, 1_000);
    counter = countShiftPress(counter, 2_000);
    counter = countShiftPress(counter, 1_001 + exitShiftWindowMs);
    expect(counter).toEqual({ presses: 1, firstPressAt: 1_001 + exitShiftWindowMs });
  });

  it('follows GOV.UK: three presses within five seconds', () => {
    expect(exitShiftPresses).toBe(3);
    expect(exitShiftWindowMs).toBe(5_000);
  });
});

describe('inactivityStateAfter', () => {
  it('defaults to ten minutes with a warning in the last minute', () => {
    expect(inactivityLimitMs).toBe(10 * 60_000);
    expect(inactivityWarningMs).toBe(60_000);
  });

  it.each([
    [0, 'active'],
    [inactivityLimitMs - inactivityWarningMs - 1, 'active'],
    [inactivityLimitMs - inactivityWarningMs, 'warning'],
    [inactivityLimitMs - 1, 'warning'],
    [inactivityLimitMs, 'expired'],
    [inactivityLimitMs * 3, 'expired'],
  ] as const)('after %i ms idle: %s', (idle, state) => {
    expect(inactivityStateAfter(idle)).toBe(state);
  });

  it('takes another limit and warning', () => {
    expect(inactivityStateAfter(30_000, 60_000, 10_000)).toBe('active');
    expect(inactivityStateAfter(55_000, 60_000, 10_000)).toBe('warning');
    expect(inactivityStateAfter(60_000, 60_000, 10_000)).toBe('expired');
  });
});
