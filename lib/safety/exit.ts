// Where "Exit this page" goes: a neutral page that would not draw attention on a shared screen
// (NSW Design System quick exit: a neutral search or weather page). A deployment may change it here.
export const exitDestination = 'https://www.weather.gov/';

// GOV.UK "Exit this page": Shift pressed on its own three times within 5 seconds.
export const exitShiftPresses = 3;
export const exitShiftWindowMs = 5000;

export type ShiftCounter = { presses: number; firstPressAt: number };

/** Counts a lone Shift press; returns the new count, starting again when the window has passed. */
export function countShiftPress(counter: ShiftCounter, now: number): ShiftCounter {
  if (counter.presses === 0 || now - counter.firstPressAt > exitShiftWindowMs) return { presses: 1, firstPressAt: now };
  return { presses: counter.presses + 1, firstPressAt: counter.firstPressAt };
}
