// A tablet left unattended must not keep answers on screen: after this long without a touch or key the
// worker is warned, and a minute later every answer is wiped. Set NEXT_PUBLIC_INACTIVITY_MINUTES at build
// time to change it.
const configuredMinutes = Number(process.env.NEXT_PUBLIC_INACTIVITY_MINUTES);

export const inactivityLimitMs = (Number.isFinite(configuredMinutes) && configuredMinutes > 0 ? configuredMinutes : 10) * 60_000;
export const inactivityWarningMs = Math.min(60_000, inactivityLimitMs / 2);

export type InactivityState = 'active' | 'warning' | 'expired';

/** Where an idle period stands, from how long it has lasted. */
export function inactivityStateAfter(
  idleMs: number,
  limitMs = inactivityLimitMs,
  warningMs = inactivityWarningMs,
): InactivityState {
  if (idleMs >= limitMs) return 'expired';
  if (idleMs >= limitMs - warningMs) return 'warning';
  return 'active';
}
