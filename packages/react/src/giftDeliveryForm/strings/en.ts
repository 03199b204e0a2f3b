/** Delivery details: English strings, the canonical keys of `deliveryForm.*`. */
const en = {
  title: 'Delivery details',
};

export default en;
