/** Gifts: English strings, the canonical keys of `giftManager.*`. */
const en = {
  title: 'Gifts',
};

export default en;
