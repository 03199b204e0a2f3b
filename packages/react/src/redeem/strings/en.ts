/** Redeem a gift: English strings, the canonical keys of `redeem.*`. */
const en = {
  title: 'Redeem a gift',
};

export default en;
