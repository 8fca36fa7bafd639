'use client';
import { useRouter } from '@/lib/i18n/navigation';
import { getScreening, setReturnToReview } from '@/lib/screening/store';
import { nextStep, type Step } from '@/lib/screening/steps';

/** Continue goes to the next step, or back to the check-answers page when a Change link led here. */
export function useContinue(step: Step) {
  const router = useRouter();
  return () => {
    const next = getScreening().returnToReview ? undefined : nextStep(step);
    setReturnToReview(false);
    router.push(next ? `/screening/${next}` : '/screening/review');
  };
}
