// The order of the checklist: Safety now first (danger and age decide the pathway), then one step per
// indicator domain, then the optional needs step. Each step has its own URL: /<locale>/screening/<step>.
import { domains, type Domain } from './catalog';

export const steps = [...domains, 'needs'] as const;
export type Step = (typeof steps)[number];

export function isStep(value: string): value is Step {
  return (steps as readonly string[]).includes(value);
}

export function stepNumber(step: Step): number {
  return steps.indexOf(step) + 1;
}

export function nextStep(step: Step): Step | undefined {
  return steps[steps.indexOf(step) + 1];
}

export function previousStep(step: Step): Step | undefined {
  return steps[steps.indexOf(step) - 1];
}

export function isDomainStep(step: Step): step is Domain {
  return step !== 'needs';
}
