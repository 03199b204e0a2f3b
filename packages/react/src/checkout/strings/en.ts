/** Checkout: English strings, the canonical keys of `checkout.*`. */
const en = {
  title: 'Checkout',
};

export default en;
