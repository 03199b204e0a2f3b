/** Promotion code: English strings, the canonical keys of `coupon.*`. */
const en = {
  title: 'Promotion code',
};

export default en;
