// Public exports of this flow; re-exported from the package entry.
export { CouponInput, type CouponInputProps } from './CouponInput';
export { useCouponInput, type UseCouponInputOptions, type CouponProblem, type CouponStatus } from './useCouponInput';
