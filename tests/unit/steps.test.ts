import { describe, expect, it } from 'vitest';
import { domains } from '@/lib/screening/catalog';
import { isDomainStep, isStep, nextStep, previousStep, stepNumber, steps } from '@/lib/screening/steps';

describe('steps', () => {
  it('starts with Safety now, follows the domains in order and ends with needs', () => {
    expect(steps[0]).toBe('safety');
    expect(steps.slice(0, -1)).toEqual([...domains]);
    expect(steps.at(-1)).toBe('needs');
    expect(steps).toHaveLength(domains.length + 1);
  });

  it('recognises step names and nothing else', () => {
    for (const step of steps) expect(isStep(step)).toBe(true);
    for (const value of ['review', 'outcome', '', 'Safety', 'toString', 'needs ']) expect(isStep(value)).toBe(false);
  });

  it('numbers steps from 1', () => {
    expect(stepNumber('safety')).toBe(1);
    expect(stepNumber('physical-abuse')).toBe(2);
    expect(stepNumber('needs')).toBe(steps.length);
  });

  it('walks forwards and backwards, with nothing beyond either end', () => {
    expect(nextStep('safety')).toBe('physical-abuse');
    expect(nextStep('work-and-living')).toBe('needs');
    expect(nextStep('needs')).toBeUndefined();
    expect(previousStep('needs')).toBe('work-and-living');
    expect(previousStep('physical-abuse')).toBe('safety');
    expect(previousStep('safety')).toBeUndefined();
    for (const step of steps.slice(1)) expect(nextStep(previousStep(step)!)).toBe(step);
  });

  it('tells domain steps from the needs step', () => {
    for (const domain of domains) expect(isDomainStep(domain)).toBe(true);
    expect(isDomainStep('needs')).toBe(false);
  });
});
