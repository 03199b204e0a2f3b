/** My gifts: English strings, the canonical keys of `myGifts.*`. */
const en = {
  title: 'My gifts',
};

export default en;
